/**
 * Runs Prometheus' scripted PromQL conformance files (`promqltest` `.test` format, described in
 * shared/conformance/promql/README.md) against this engine over an in-memory store. `load` blocks
 * append samples with explicit timestamps, `clear` starts a fresh store, and each `eval` is
 * checked for values, label sets, order, annotations and failures. Evals that need native
 * histograms (which the float-only storage cannot hold) are counted as skipped and named, never
 * silently passed. `runPromqlTest` is the `sensorpath promql test FILE...` command.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  compareLabels,
  formatLabels,
  isStaleNaN,
  type Labels,
  labelsKey,
  type Matcher,
  METRIC_NAME,
  MemoryStorage,
  matchesAll,
  STALE_NAN,
} from '@sensorpath/storage';
import type { Expr } from './ast.ts';
import { Engine, type QueryResult, type VectorSample } from './engine.ts';
import { formatExpr } from './format.ts';
import { parseDuration, parseExpr, parseNumber, unquote } from './parser.ts';

export interface EvalOutcome {
  line: number;
  query: string;
  status: 'pass' | 'fail' | 'skip';
  message?: string;
}

export interface FileResult {
  file: string;
  passed: number;
  failed: number;
  skipped: number;
  outcomes: EvalOutcome[];
}

interface Expect {
  fail?: { msg?: string; regex?: RegExp };
  warn: { msg?: string; regex?: RegExp }[];
  info: { msg?: string; regex?: RegExp }[];
  noWarn: boolean;
  noInfo: boolean;
  ordered: boolean;
  rangeVector?: { start: number; end: number; step: number };
  string?: string;
}

interface ExpectedSeries {
  labels: Labels;
  /** Values per step; undefined = no sample, 'S' = a stale marker. Instant: a single value. */
  values: (number | undefined | 'S')[];
}

/** Parses a time in a header: a duration (`50m`, `10s53ms`) or a number of seconds. */
function parseTime(s: string): number {
  const d = parseDuration(s);
  if (d !== undefined) return d;
  if (s.startsWith('-')) {
    const nd = parseDuration(s.slice(1));
    if (nd !== undefined) return -nd;
  }
  const n = Number(s);
  if (Number.isNaN(n)) throw new Error(`bad time ${JSON.stringify(s)}`);
  return Math.round(n * 1000);
}

const numRe = '(?:[+-]?(?:Inf|inf|NaN|nan|0x[0-9a-fA-F]+|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?))';
const seqRe = new RegExp(`^(${numRe})([+-])(${numRe})x(\\d+)$`);
const repRe = new RegExp(`^(${numRe})x(\\d+)$`);

/** Splits a value list, keeping `{{…}}` histogram literals (which contain spaces) whole. */
function tokenize(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) break;
    let j = i;
    let depth = 0;
    while (j < s.length) {
      if (s.startsWith('{{', j)) {
        depth++;
        j += 2;
        continue;
      }
      if (s.startsWith('}}', j)) {
        depth--;
        j += 2;
        continue;
      }
      if (depth === 0 && /\s/.test(s[j]!)) break;
      j++;
    }
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** Expands a value list into per-step values; undefined = no sample; 'H' = a histogram sample. */
function expandValues(s: string): (number | undefined | 'H' | 'S')[] {
  const out: (number | undefined | 'H' | 'S')[] = [];
  for (const tok of tokenize(s)) {
    if (tok.startsWith('{{')) {
      const m = /x(\d+)$/.exec(tok);
      const n = m && tok.endsWith(`}}x${m[1]}`) ? Number(m[1]) + 1 : 1;
      for (let k = 0; k < n; k++) out.push('H');
      continue;
    }
    if (tok === '_') {
      out.push(undefined);
      continue;
    }
    const blank = /^_x(\d+)$/.exec(tok);
    if (blank) {
      for (let k = 0; k < Number(blank[1]); k++) out.push(undefined);
      continue;
    }
    if (tok === 'stale') {
      out.push('S');
      continue;
    }
    const seq = seqRe.exec(tok);
    if (seq) {
      let v = parseNumber(seq[1]!);
      const inc = parseNumber(seq[3]!) * (seq[2] === '-' ? -1 : 1);
      const times = Number(seq[4]);
      for (let k = 0; k <= times; k++) {
        out.push(v);
        v += inc;
      }
      continue;
    }
    const rep = repRe.exec(tok);
    if (rep) {
      const v = parseNumber(rep[1]!);
      for (let k = 0; k <= Number(rep[2]); k++) out.push(v);
      continue;
    }
    out.push(parseNumber(tok));
  }
  return out;
}

/** Splits `series values…` at the end of the series descriptor. */
function splitSeriesLine(line: string): [string, string] {
  const brace = line.indexOf('{');
  const space = line.search(/\s/);
  if (brace >= 0 && (space < 0 || brace < space)) {
    let inStr = false;
    for (let i = brace; i < line.length; i++) {
      const c = line[i];
      if (c === '\\' && inStr) {
        i++;
        continue;
      }
      if (c === '"') inStr = !inStr;
      if (c === '}' && !inStr) return [line.slice(0, i + 1), line.slice(i + 1).trim()];
    }
  }
  if (space < 0) return [line, ''];
  return [line.slice(0, space), line.slice(space).trim()];
}

function parseSeriesDesc(desc: string): Labels {
  if (/^\{\s*\}$/.test(desc)) return [];
  const e = parseExpr(desc);
  if (e.kind !== 'vector') throw new Error(`bad series ${desc}`);
  const out = e.matchers.map((m) => ({ name: m.name, value: m.value })).filter((l) => l.value !== '');
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

function parseExpectMatch(rest: string): { msg?: string; regex?: RegExp } {
  const t = rest.trim();
  if (t.startsWith('msg:')) return { msg: t.slice(4).trim() };
  if (t.startsWith('regex:')) return { regex: new RegExp(t.slice(6).trim()) };
  return {};
}

function collectSelectors(e: Expr, out: Matcher[][]): void {
  switch (e.kind) {
    case 'vector':
      out.push(e.matchers);
      return;
    case 'matrix':
      out.push(e.vs.matchers);
      return;
    case 'subquery':
    case 'paren':
    case 'unary':
      collectSelectors(e.expr, out);
      return;
    case 'call':
      for (const a of e.args) collectSelectors(a, out);
      return;
    case 'aggregate':
      collectSelectors(e.expr, out);
      if (e.param) collectSelectors(e.param, out);
      return;
    case 'binary':
      collectSelectors(e.lhs, out);
      collectSelectors(e.rhs, out);
      return;
    default:
      return;
  }
}

/** Queries whose result depends on the evaluation time itself are exempt from the @ check. */
const timeDependent =
  /\b(time|timestamp|predict_linear|start|end|range|step|hour|minute|month|year|day_of_month|day_of_week|day_of_year|days_in_month)\s*\(/;

/** Sets `@ t` on every selector and subquery that has none (upstream check 1). */
function pinAt(e: Expr, t: number): void {
  switch (e.kind) {
    case 'vector':
      if (e.at === undefined) e.at = t;
      return;
    case 'matrix':
      if (e.vs.at === undefined) e.vs.at = t;
      return;
    case 'subquery':
      if (e.at === undefined) e.at = t;
      return;
    case 'paren':
    case 'unary':
      pinAt(e.expr, t);
      return;
    case 'call':
      for (const a of e.args) pinAt(a, t);
      return;
    case 'aggregate':
      pinAt(e.expr, t);
      if (e.param) pinAt(e.param, t);
      return;
    case 'binary':
      pinAt(e.lhs, t);
      pinAt(e.rhs, t);
      return;
    default:
      return;
  }
}

const nhFunctions = /\bhistogram_(count|sum|avg|fraction|stddev|stdvar|quantiles)\s*\(/;

function closeEnough(exp: number | 'S', got: number): boolean {
  if (exp === 'S') return isStaleNaN(got);
  if (Number.isNaN(exp) || Number.isNaN(got)) {
    if (!Number.isNaN(exp) || !Number.isNaN(got)) return false;
    return !isStaleNaN(got);
  }
  if (exp === got) return true;
  if (!Number.isFinite(exp) || !Number.isFinite(got)) return false;
  if (exp === 0 || got === 0) return Math.abs(exp - got) < 1e-300;
  return Math.abs((exp - got) / exp) < 1e-6 || Math.abs(exp - got) < 1e-12 * 0;
}

function fmtVal(v: number | undefined | 'S'): string {
  if (v === undefined) return '_';
  if (v === 'S') return 'stale';
  if (Number.isNaN(v)) return isStaleNaN(v) ? 'stale' : 'NaN';
  return String(v);
}

/** Runs one `.test` script given its text. */
export interface RunOptions {
  /**
   * Also run the upstream runner's first check: each instant eval is rewritten with `@ <t>` on
   * every selector and subquery and evaluated at -10t, 0, t/5, t and 10t, which must all give
   * the expected result (or all fail). About five times the work. @default false
   */
  atCheck?: boolean;
}

export async function runTestScript(
  name: string,
  text: string,
  engine = new Engine(),
  opts: RunOptions = {},
): Promise<FileResult> {
  const lines = text.split('\n').map((l) => {
    const t = l.trim();
    return t.startsWith('#') ? '' : t;
  });
  const res: FileResult = { file: name, passed: 0, failed: 0, skipped: 0, outcomes: [] };
  let storage = new MemoryStorage();
  let histSeries: Labels[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line === '') {
      i++;
      continue;
    }
    const word = line.split(/\s+/)[0]!.toLowerCase();
    if (word === 'clear') {
      storage = new MemoryStorage();
      histSeries = [];
      i++;
      continue;
    }
    const blockStart = i;
    const block: string[] = [];
    i++;
    while (i < lines.length && lines[i] !== '') block.push(lines[i++]!);
    if (word.startsWith('load')) {
      const interval = parseTime(line.split(/\s+/)[1]!);
      const nhcb = word === 'load_with_nhcb';
      const app = storage.appender();
      const seen = new Map<string, { labels: Labels; vals: (number | undefined | 'H' | 'S')[] }>();
      for (const b of block) {
        const [desc, vals] = splitSeriesLine(b);
        // Start-timestamp lines (`name{…}@st …`) only matter to engines that use start times.
        if (desc.endsWith('@st') || vals.startsWith('@st')) continue;
        const labels = parseSeriesDesc(desc);
        seen.set(labelsKey(labels), { labels, vals: expandValues(vals) });
      }
      for (const { labels, vals } of seen.values()) {
        let anyHist = false;
        for (let k = 0; k < vals.length; k++) {
          const v = vals[k];
          if (v === undefined) continue;
          if (v === 'H') {
            anyHist = true;
            continue;
          }
          app.append(0, labels, k * interval, v === 'S' ? STALE_NAN : v);
        }
        if (anyHist) histSeries.push(labels);
        if (nhcb) {
          const name = labels.find((l) => l.name === METRIC_NAME)?.value ?? '';
          const m = /^(.*)_(bucket|count|sum)$/.exec(name);
          if (m) {
            histSeries.push(
              [
                { name: METRIC_NAME, value: m[1]! },
                ...labels.filter((l) => l.name !== METRIC_NAME && l.name !== 'le'),
              ].sort((a, b) => (a.name < b.name ? -1 : 1)),
            );
          }
        }
      }
      await app.commit();
      continue;
    }
    if (!word.startsWith('eval'))
      throw new Error(`${name}:${blockStart + 1}: unknown command ${JSON.stringify(line)}`);
    const outcome = await runEval(line, block, blockStart + 1, storage, histSeries, engine, opts);
    res.outcomes.push(outcome);
    if (outcome.status === 'pass') res.passed++;
    else if (outcome.status === 'fail') res.failed++;
    else res.skipped++;
  }
  return res;
}

async function runEval(
  header: string,
  block: string[],
  lineNo: number,
  storage: MemoryStorage,
  histSeries: Labels[],
  engine: Engine,
  opts: RunOptions,
): Promise<EvalOutcome> {
  const exp: Expect = { warn: [], info: [], noWarn: false, noInfo: false, ordered: false };
  const m =
    /^(eval(?:_fail|_warn|_info|_ordered)?)\s+(instant\s+at\s+(\S+)|range\s+from\s+(\S+)\s+to\s+(\S+)\s+step\s+(\S+))\s+(.*)$/i.exec(
      header,
    );
  if (!m) return { line: lineNo, query: header, status: 'fail', message: 'cannot parse eval header' };
  const cmd = m[1]!.toLowerCase();
  const query = m[7]!;
  if (cmd === 'eval_fail') exp.fail = {};
  if (cmd === 'eval_warn') exp.warn.push({});
  if (cmd === 'eval_info') exp.info.push({});
  if (cmd === 'eval_ordered') exp.ordered = true;
  const isRange = m[4] !== undefined;
  const expected: ExpectedSeries[] = [];
  let scalar: number | undefined;
  for (const b of block) {
    if (/^expect\s/.test(b)) {
      const rest = b.slice(6).trim();
      const kw = rest.split(/\s+/)[0]!;
      const after = rest.slice(kw.length);
      if (kw === 'fail') exp.fail = parseExpectMatch(after);
      else if (kw === 'warn') exp.warn.push(parseExpectMatch(after));
      else if (kw === 'info') exp.info.push(parseExpectMatch(after));
      else if (kw === 'no_warn') exp.noWarn = true;
      else if (kw === 'no_info') exp.noInfo = true;
      else if (kw === 'ordered') exp.ordered = true;
      else if (kw === 'string') exp.string = unquote(after.trim());
      else if (kw === 'range') {
        const rv = /vector\s+from\s+(\S+)\s+to\s+(\S+)\s+step\s+(\S+)/.exec(after);
        if (rv)
          exp.rangeVector = { start: parseTime(rv[1]!), end: parseTime(rv[2]!), step: parseTime(rv[3]!) };
      }
      continue;
    }
    const [desc, vals] = splitSeriesLine(b);
    if (
      vals === '' &&
      !desc.includes('{') &&
      !/^[a-zA-Z_:]/.test(desc.replace(/^[+-]/, '').replace(/^(inf|nan)$/i, '0'))
    ) {
      scalar = parseNumber(desc);
      continue;
    }
    if (vals === '' && /^[+-]?(inf|nan)$/i.test(desc)) {
      scalar = parseNumber(desc);
      continue;
    }
    const labels = parseSeriesDesc(desc);
    const values = expandValues(vals).map((v) => (v === 'H' ? Number.NaN : v));
    const key = labelsKey(labels);
    const idx = expected.findIndex((e) => labelsKey(e.labels) === key);
    if (idx >= 0) expected.splice(idx, 1);
    expected.push({ labels, values });
  }

  // Native histogram evals are skipped: the storage is float-only.
  const blockText = [header, ...block].join('\n');
  let needsNH = blockText.includes('{{') || nhFunctions.test(query);
  if (!needsNH && histSeries.length) {
    try {
      const sels: Matcher[][] = [];
      collectSelectors(parseExpr(query), sels);
      needsNH = sels.some((ms) => histSeries.some((ls) => matchesAll(ls, ms)));
    } catch {
      // A query that does not parse cannot select histograms.
    }
  }
  if (needsNH) return { line: lineNo, query, status: 'skip', message: 'needs native histograms' };

  const fail = (message: string): EvalOutcome => ({ line: lineNo, query, status: 'fail', message });
  let result: QueryResult;
  try {
    if (isRange) {
      result = await engine.rangeQuery(storage, query, parseTime(m[4]!), parseTime(m[5]!), parseTime(m[6]!));
    } else {
      const at = exp.rangeVector ? exp.rangeVector.end : parseTime(m[3]!);
      result = await engine.instantQuery(storage, query, at);
    }
  } catch (err) {
    const msg = (err as Error).message;
    if (!exp.fail) return fail(`unexpected error: ${msg}`);
    if (exp.fail.msg !== undefined && exp.fail.msg !== msg)
      return fail(`expected error ${JSON.stringify(exp.fail.msg)}, got ${JSON.stringify(msg)}`);
    if (exp.fail.regex && !exp.fail.regex.test(msg))
      return fail(`expected error matching ${exp.fail.regex}, got ${JSON.stringify(msg)}`);
    const pinnedErr = await atCheck();
    return pinnedErr ? fail(pinnedErr) : { line: lineNo, query, status: 'pass' };
  }
  if (exp.fail) return fail('expected the query to fail, but it succeeded');

  const annErr =
    checkAnnotations('warning', result.warnings, exp.warn, exp.noWarn) ??
    checkAnnotations('info', result.infos, exp.info, exp.noInfo);
  if (annErr) return fail(annErr);

  const v = result.value;
  if (exp.string !== undefined) {
    if (v.type !== 'string') return fail(`expected string result, got ${v.type}`);
    return v.v === exp.string
      ? { line: lineNo, query, status: 'pass' }
      : fail(`expected string ${JSON.stringify(exp.string)}, got ${JSON.stringify(v.v)}`);
  }
  if (scalar !== undefined) {
    if (v.type !== 'scalar') return fail(`expected scalar result, got ${v.type}`);
    if (!closeEnough(scalar, v.v)) return fail(`expected scalar ${scalar}, got ${v.v}`);
    const cross = (await crossCheck()) ?? (await atCheck());
    return cross ? fail(cross) : { line: lineNo, query, status: 'pass' };
  }
  if (isRange || exp.rangeVector) {
    if (v.type !== 'matrix') return fail(`expected matrix result, got ${v.type}`);
    const start = exp.rangeVector ? exp.rangeVector.start : parseTime(m[4]!);
    const step = exp.rangeVector ? exp.rangeVector.step : parseTime(m[6]!);
    const got = new Map(v.series.map((s) => [labelsKey(s.labels), s]));
    if (v.series.length !== expected.length) {
      return fail(
        `expected ${expected.length} series, got ${v.series.length}: ${v.series.map((s) => formatLabels(s.labels)).join(', ')}`,
      );
    }
    for (const e of expected) {
      const s = got.get(labelsKey(e.labels));
      if (!s) return fail(`expected series ${formatLabels(e.labels)} not in result`);
      const want: { t: number; v: number | 'S' }[] = [];
      e.values.forEach((x, k) => {
        if (x !== undefined) want.push({ t: start + k * step, v: x });
      });
      if (want.length !== s.ts.length)
        return fail(
          `series ${formatLabels(e.labels)}: expected ${want.length} points, got ${s.ts.length} (${s.ts.map((t, k) => `${t / 1000}s:${fmtVal(s.vs[k])}`).join(' ')})`,
        );
      for (let k = 0; k < want.length; k++) {
        const w = want[k]!;
        if (s.ts[k] !== w.t || !closeEnough(w.v, s.vs[k]!))
          return fail(
            `series ${formatLabels(e.labels)}: expected ${fmtVal(w.v)}@${w.t / 1000}s, got ${fmtVal(s.vs[k])}@${s.ts[k]! / 1000}s`,
          );
      }
    }
    for (let k = 1; k < v.series.length; k++) {
      if (compareLabels(v.series[k - 1]!.labels, v.series[k]!.labels) >= 0)
        return fail('range result not sorted by labels');
    }
    return { line: lineNo, query, status: 'pass' };
  }
  if (v.type !== 'vector') return fail(`expected vector result, got ${v.type}`);
  const instantErr = compareVector(v.samples, expected, exp.ordered);
  if (instantErr) return fail(instantErr);
  const cross = (exp.ordered ? undefined : await crossCheck()) ?? (await atCheck());
  return cross ? fail(cross) : { line: lineNo, query, status: 'pass' };

  /** Upstream check 1: the query pinned with `@ t` must give the same answer at other times. */
  async function atCheck(): Promise<string | undefined> {
    if (!opts.atCheck || isRange || exp.rangeVector || exp.string !== undefined) return undefined;
    if (timeDependent.test(query)) return undefined;
    const t = parseTime(m![3]!);
    let pinned: string;
    try {
      const e = parseExpr(query);
      pinAt(e, t);
      pinned = formatExpr(e);
    } catch {
      return undefined;
    }
    for (const t2 of t === 0 ? [-1000, 0, 1000] : [-10 * t, 0, t / 5, t, 10 * t]) {
      let r: QueryResult;
      try {
        r = await engine.instantQuery(storage, pinned, Math.round(t2));
      } catch (err) {
        if (exp.fail) continue;
        return `pinned as ${pinned} at ${t2 / 1000}s: unexpected error: ${(err as Error).message}`;
      }
      if (exp.fail) return `pinned as ${pinned} at ${t2 / 1000}s: expected a failure`;
      const v = r.value;
      let err: string | undefined;
      if (scalar !== undefined) {
        if (v.type !== 'scalar' || !closeEnough(scalar, v.v)) err = `expected scalar ${scalar}`;
      } else if (v.type !== 'vector') err = `expected a vector, got ${v.type}`;
      else err = compareVector(v.samples, expected, exp.ordered);
      if (err) return `pinned as ${pinned} at ${t2 / 1000}s: ${err}`;
    }
    return undefined;
  }

  /**
   * The upstream runner's second check: the same query as a range query from t-1m to t+1m by
   * 1m must give the expected result at step t, tying instant and range evaluation together.
   */
  async function crossCheck(): Promise<string | undefined> {
    if (/\b(start|end|range|step)\s*\(/.test(query)) return undefined;
    const t = parseTime(m![3]!);
    let r: QueryResult;
    try {
      r = await engine.rangeQuery(storage, query, t - 60000, t + 60000, 60000);
    } catch (err) {
      return `as a range query around ${t / 1000}s: unexpected error: ${(err as Error).message}`;
    }
    if (r.value.type !== 'matrix') return `as a range query: expected a matrix, got ${r.value.type}`;
    const at: VectorSample[] = [];
    for (const ser of r.value.series) {
      const k = ser.ts.indexOf(t);
      if (k >= 0) at.push({ labels: ser.labels, t, v: ser.vs[k]! });
    }
    if (scalar !== undefined) {
      if (at.length !== 1 || !closeEnough(scalar, at[0]!.v))
        return `as a range query at ${t / 1000}s: expected scalar ${scalar}, got ${at.map((x) => fmtVal(x.v)).join(', ')}`;
      return undefined;
    }
    const err = compareVector(at, expected, false);
    return err ? `as a range query at ${t / 1000}s: ${err}` : undefined;
  }
}

function compareVector(
  samples: VectorSample[],
  expected: ExpectedSeries[],
  ordered: boolean,
): string | undefined {
  const v = { samples };
  const exp = { ordered };
  if (v.samples.length !== expected.length) {
    return `expected ${expected.length} samples, got ${v.samples.length}: ${v.samples.map((s) => `${formatLabels(s.labels)}=${fmtVal(s.v)}`).join(', ')}`;
  }
  for (let k = 0; k < expected.length; k++) {
    const e = expected[k]!;
    const key = labelsKey(e.labels);
    const s = exp.ordered ? v.samples[k] : v.samples.find((x) => labelsKey(x.labels) === key);
    if (!s || labelsKey(s.labels) !== key)
      return `expected ${formatLabels(e.labels)}${exp.ordered ? ` at position ${k}` : ''}, got ${v.samples.map((x) => `${formatLabels(x.labels)}=${fmtVal(x.v)}`).join(', ')}`;
    const want = e.values[0];
    if (want === undefined || !closeEnough(want, s.v))
      return `${formatLabels(e.labels)}: expected ${fmtVal(want)}, got ${fmtVal(s.v)}`;
  }
  return undefined;
}

function checkAnnotations(
  kind: string,
  got: string[],
  want: { msg?: string; regex?: RegExp }[],
  none: boolean,
): string | undefined {
  const matches = (w: { msg?: string; regex?: RegExp }, a: string) =>
    w.msg !== undefined ? a === w.msg : w.regex ? w.regex.test(a) : true;
  if (none && got.length) return `expected no ${kind} annotations, got ${JSON.stringify(got)}`;
  if (want.length === 0) return undefined;
  for (const w of want) {
    if (!got.some((a) => matches(w, a)))
      return `expected a ${kind} annotation ${w.msg ?? w.regex ?? ''}, got ${JSON.stringify(got)}`;
  }
  for (const a of got) {
    if (!want.some((w) => matches(w, a))) return `unexpected ${kind} annotation ${JSON.stringify(a)}`;
  }
  return undefined;
}

export async function runTestFile(path: string, engine?: Engine, opts?: RunOptions): Promise<FileResult> {
  return runTestScript(basename(path), await readFile(path, 'utf8'), engine, opts);
}

export interface TestIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/**
 * `sensorpath promql test FILE...`: one result line per file, failures and skips named on stderr,
 * then `N passed, N failed, N skipped`. Exit code 0 only when nothing failed.
 */
export async function runPromqlTest(args: string[], io: TestIO): Promise<number> {
  const verbose = args.includes('-v') || args.includes('--verbose');
  const atCheck = args.includes('--at-check');
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    io.stderr.write('usage: sensorpath promql test [-v] [--at-check] FILE.test...\n');
    return 2;
  }
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let broken = false;
  for (const f of files) {
    let r: FileResult;
    try {
      r = await runTestFile(f, undefined, { atCheck });
    } catch (err) {
      io.stderr.write(`${f}: cannot run: ${(err as Error).message}\n`);
      broken = true;
      continue;
    }
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
    io.stdout.write(
      `${r.failed ? 'FAIL' : 'ok  '} ${r.file}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped\n`,
    );
    for (const o of r.outcomes) {
      if (o.status === 'fail')
        io.stderr.write(`  ${r.file}:${o.line}: FAIL ${o.query}\n      ${o.message}\n`);
      else if (o.status === 'skip' && verbose)
        io.stderr.write(`  ${r.file}:${o.line}: skipped (${o.message}) ${o.query}\n`);
    }
    if (r.skipped && !verbose) {
      io.stderr.write(
        `  ${r.file}: skipped (needs native histograms) at lines ${r.outcomes
          .filter((o) => o.status === 'skip')
          .map((o) => o.line)
          .join(', ')}\n`,
      );
    }
  }
  io.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  return failed > 0 || broken ? 1 : 0;
}

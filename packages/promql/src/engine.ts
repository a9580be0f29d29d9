/**
 * The PromQL evaluator. Every expression is evaluated once over a whole grid of steps
 * (start..end by step; an instant query is a one-step grid), the way Prometheus' range evaluation
 * works, but with a dense representation: an instant-vector result is a list of series, each with
 * a Float64Array of values and a presence mask per step. Selectors load each series' samples once
 * per query into typed arrays and walk the steps with two indices, so range functions at fine
 * steps never re-scan storage. The engine owns no storage, clock or logger: each query receives
 * its `Queryable` and times as arguments. Warnings and infos travel back as annotations.
 */
import {
  compareLabels,
  getLabel,
  isStaleNaN,
  type Label,
  type Labels,
  labelsKey,
  METRIC_NAME,
  type Querier,
  type Queryable,
  readSamples,
} from '@sensorpath/storage';
import type {
  Aggregate,
  AtModifier,
  Binary,
  Call,
  Expr,
  MatrixSelector,
  Subquery,
  VectorSelector,
} from './ast.ts';
import { typeOf } from './ast.ts';
import { execError, PromqlError } from './errors.ts';
import {
  avgOf,
  doubleExponentialSmoothing,
  extrapolatedRate,
  formatFloat,
  goPow,
  instantDelta,
  kahanInc,
  linearRegression,
  MeanAcc,
  quantileOf,
  resetPrefix,
  stdvarOf,
  sumOf,
} from './kernels.ts';
import { lineCol, parseExpr } from './parser.ts';
import { compileGoRegex, newPromMatcher } from './regex.ts';
import { ratioOffset } from './xxhash64.ts';

export interface EngineOptions {
  /** How far back an instant selector looks for a sample (ms). @default 300000 (5m) */
  lookbackDeltaMs?: number;
  /** Most samples a query may load or produce before failing. @default 50000000 */
  maxSamples?: number;
  /** Wall-clock budget of one query (ms). @default 120000 (2m) */
  timeoutMs?: number;
  /** Step of subqueries written without one (`[10m:]`), ms. @default 60000 (1m) */
  defaultSubqueryStepMs?: number;
  /** Most points a range query may return per series. @default 11000 */
  maxPointsPerSeries?: number;
}

export interface ResolvedEngineOptions {
  lookbackDeltaMs: number;
  maxSamples: number;
  timeoutMs: number;
  defaultSubqueryStepMs: number;
  maxPointsPerSeries: number;
}

export function resolveEngineOptions(o: EngineOptions = {}): ResolvedEngineOptions {
  const r: ResolvedEngineOptions = {
    lookbackDeltaMs: o.lookbackDeltaMs ?? 300000,
    maxSamples: o.maxSamples ?? 50000000,
    timeoutMs: o.timeoutMs ?? 120000,
    defaultSubqueryStepMs: o.defaultSubqueryStepMs ?? 60000,
    maxPointsPerSeries: o.maxPointsPerSeries ?? 11000,
  };
  for (const [k, v] of Object.entries(r)) {
    if (!(v > 0)) throw new PromqlError('PROMQL_BAD_ARGUMENT', `engine option ${k} must be > 0, got ${v}`);
  }
  return r;
}

/** One sample of an instant vector result. */
export interface VectorSample {
  labels: Labels;
  t: number;
  v: number;
}
/** One series of a matrix result; `ts` in ms. */
export interface MatrixSeries {
  labels: Labels;
  ts: number[];
  vs: Float64Array;
}
export type QueryValue =
  | { type: 'vector'; samples: VectorSample[] }
  | { type: 'matrix'; series: MatrixSeries[] }
  | { type: 'scalar'; t: number; v: number }
  | { type: 'string'; t: number; v: string };

export interface QueryResult {
  value: QueryValue;
  warnings: string[];
  infos: string[];
}

interface Grid {
  start: number;
  end: number;
  step: number;
  n: number;
}

/** A series of an instant-vector expression evaluated over a grid. */
interface SS {
  labels: Labels;
  vals: Float64Array;
  has: Uint8Array;
  /** Delayed `__name__` removal: the name is dropped when the final result is produced. */
  dropName: boolean;
}

/** Raw samples of a range-vector operand (no stale markers). */
interface Raw {
  labels: Labels;
  ts: Float64Array;
  vs: Float64Array;
  dropName: boolean;
}

type Val =
  | { t: 'scalar'; vals: Float64Array }
  | { t: 'vector'; series: SS[] }
  | { t: 'string'; value: string };

interface RangeArg {
  series: Raw[];
  range: number;
  /** Window end (inclusive, ms) for step i; the window is (end - range, end]. */
  end: (i: number) => number;
  constant: boolean;
  /** Extended range selection; samples then reach one lookback beyond the window. */
  mod?: 'anchored' | 'smoothed';
}

function gridTime(g: Grid, i: number): number {
  return g.start + i * g.step;
}

function makeGrid(start: number, end: number, step: number): Grid {
  const n = end < start ? 0 : Math.floor((end - start) / step) + 1;
  return { start, end, step, n };
}

function newSS(labels: Labels, n: number, dropName: boolean): SS {
  return { labels, vals: new Float64Array(n), has: new Uint8Array(n), dropName };
}

function unwrap(e: Expr): Expr {
  while (e.kind === 'paren') e = e.expr;
  return e;
}

export class Engine {
  readonly opts: ResolvedEngineOptions;
  constructor(opts: EngineOptions = {}) {
    this.opts = resolveEngineOptions(opts);
  }

  async instantQuery(queryable: Queryable, query: string, timeMs: number): Promise<QueryResult> {
    const expr = parseExpr(query, { stepMs: 0, rangeMs: 0 });
    const ev = new Evaluator(this.opts, queryable, query, timeMs, timeMs, false);
    return ev.run(expr, makeGrid(timeMs, timeMs, 1));
  }

  async rangeQuery(
    queryable: Queryable,
    query: string,
    startMs: number,
    endMs: number,
    stepMs: number,
  ): Promise<QueryResult> {
    if (!(stepMs > 0))
      throw new PromqlError(
        'PROMQL_BAD_ARGUMENT',
        'zero or negative query resolution step widths are not accepted. Try a positive integer',
      );
    if (endMs < startMs)
      throw new PromqlError('PROMQL_BAD_ARGUMENT', 'end timestamp must not be before start time');
    if ((endMs - startMs) / stepMs > this.opts.maxPointsPerSeries) {
      throw new PromqlError(
        'PROMQL_TOO_MANY_POINTS',
        `exceeded maximum resolution of ${this.opts.maxPointsPerSeries.toLocaleString('en-US')} points per timeseries. Try decreasing the query resolution (?step=XX)`,
      );
    }
    const expr = parseExpr(query, { stepMs, rangeMs: endMs - startMs });
    const t = typeOf(expr);
    if (t !== 'scalar' && t !== 'vector') {
      throw new PromqlError(
        'PROMQL_BAD_ARGUMENT',
        `invalid expression type "${t === 'matrix' ? 'range vector' : t}" for range query, must be Scalar or instant Vector`,
      );
    }
    const ev = new Evaluator(this.opts, queryable, query, startMs, endMs, true);
    return ev.run(expr, makeGrid(startMs, endMs, stepMs));
  }
}

const dayMs = 86400000;

class Evaluator {
  private readonly warnings = new Set<string>();
  private readonly infos = new Set<string>();
  private readonly deadline: number;
  private samples = 0;
  private readonly queriers: Querier[] = [];

  constructor(
    private readonly opts: ResolvedEngineOptions,
    private readonly queryable: Queryable,
    private readonly query: string,
    private readonly qStart: number,
    private readonly qEnd: number,
    private readonly isRange: boolean,
  ) {
    this.deadline = Date.now() + opts.timeoutMs;
  }

  async run(expr: Expr, grid: Grid): Promise<QueryResult> {
    try {
      const value = await this.runInner(expr, grid);
      return { value, warnings: [...this.warnings], infos: [...this.infos] };
    } finally {
      for (const q of this.queriers) await q.close();
    }
  }

  private async runInner(expr: Expr, grid: Grid): Promise<QueryValue> {
    const e = unwrap(expr);
    if (!this.isRange && (e.kind === 'matrix' || e.kind === 'subquery')) {
      const ra = await this.rangeArg(e, grid);
      const end = ra.end(0);
      const out: MatrixSeries[] = [];
      for (const r of ra.series) {
        const ts: number[] = [];
        const vs: number[] = [];
        for (let i = 0; i < r.ts.length; i++) {
          const t = r.ts[i]!;
          if (t > end - ra.range && t <= end) {
            ts.push(t);
            vs.push(r.vs[i]!);
          }
        }
        if (ts.length)
          out.push({ labels: r.dropName ? dropName(r.labels) : r.labels, ts, vs: Float64Array.from(vs) });
      }
      out.sort((a, b) => compareLabels(a.labels, b.labels));
      return { type: 'matrix', series: out };
    }
    const v = await this.eval(expr, grid);
    if (v.t === 'string') return { type: 'string', t: grid.start, v: v.value };
    if (v.t === 'scalar') {
      if (!this.isRange) return { type: 'scalar', t: grid.start, v: v.vals[0]! };
      const ts: number[] = [];
      for (let i = 0; i < grid.n; i++) ts.push(gridTime(grid, i));
      return { type: 'matrix', series: [{ labels: [], ts, vs: Float64Array.from(v.vals) }] };
    }
    if (!this.isRange) {
      const samples: VectorSample[] = [];
      const seen = new Set<string>();
      for (const s of v.series) {
        if (!s.has[0]) continue;
        const labels = s.dropName ? dropName(s.labels) : s.labels;
        const k = labelsKey(labels);
        if (seen.has(k)) throw execError('vector cannot contain metrics with the same labelset');
        seen.add(k);
        samples.push({ labels, t: grid.start, v: s.vals[0]! });
      }
      return { type: 'vector', samples };
    }
    const out: MatrixSeries[] = [];
    const seen = new Map<string, MatrixSeries>();
    for (const s of v.series) {
      const ts: number[] = [];
      let cnt = 0;
      for (let i = 0; i < grid.n; i++) if (s.has[i]) cnt++;
      if (cnt === 0) continue;
      const vs = new Float64Array(cnt);
      let j = 0;
      for (let i = 0; i < grid.n; i++) {
        if (!s.has[i]) continue;
        ts.push(gridTime(grid, i));
        vs[j++] = s.vals[i]!;
      }
      const labels = s.dropName ? dropName(s.labels) : s.labels;
      const k = labelsKey(labels);
      const prev = seen.get(k);
      if (prev) {
        // Delayed name removal: series that differ only by name merge unless they overlap in time.
        const merged = mergePoints(prev, ts, vs);
        if (!merged) throw execError('vector cannot contain metrics with the same labelset');
        seen.set(k, merged);
        out[out.indexOf(prev)] = merged;
        continue;
      }
      const ms = { labels, ts, vs };
      seen.set(k, ms);
      out.push(ms);
    }
    out.sort((a, b) => compareLabels(a.labels, b.labels));
    return { type: 'matrix', series: out };
  }

  // ---- annotations, limits -------------------------------------------------------------------

  private pos(p: number): string {
    const { line, col } = lineCol(this.query, p);
    return `(${line}:${col})`;
  }
  warn(msg: string, p: number): void {
    this.warnings.add(`PromQL warning: ${msg} ${this.pos(p)}`);
  }
  info(msg: string, p: number): void {
    this.infos.add(`PromQL info: ${msg} ${this.pos(p)}`);
  }

  private checkTime(): void {
    if (Date.now() > this.deadline)
      throw new PromqlError('PROMQL_TIMEOUT', 'query timed out in query execution');
  }
  private addSamples(n: number): void {
    this.samples += n;
    if (this.samples > this.opts.maxSamples) {
      throw new PromqlError(
        'PROMQL_TOO_MANY_SAMPLES',
        'query processing would load too many samples into memory in query execution',
      );
    }
  }

  private atTime(at: AtModifier | undefined, t: number): number {
    if (at === undefined) return t;
    if (at === 'start') return this.qStart;
    if (at === 'end') return this.qEnd;
    return at;
  }

  private async querier(mint: number, maxt: number): Promise<Querier> {
    const q = await this.queryable.querier(mint, maxt);
    this.queriers.push(q);
    return q;
  }

  // ---- evaluation ----------------------------------------------------------------------------

  async eval(e: Expr, g: Grid): Promise<Val> {
    this.checkTime();
    switch (e.kind) {
      case 'number':
        return { t: 'scalar', vals: new Float64Array(g.n).fill(e.value) };
      case 'string':
        return { t: 'string', value: e.value };
      case 'paren':
        return this.eval(e.expr, g);
      case 'unary': {
        const v = await this.eval(e.expr, g);
        if (e.op === '+') return v;
        if (v.t === 'scalar') return { t: 'scalar', vals: v.vals.map((x) => -x) };
        if (v.t === 'vector')
          return {
            t: 'vector',
            series: v.series.map((s) => ({
              labels: s.labels,
              vals: s.vals.map((x) => -x),
              has: s.has,
              dropName: true,
            })),
          };
        return v;
      }
      case 'vector':
        return { t: 'vector', series: await this.vectorSelector(e, g, false) };
      case 'matrix':
      case 'subquery':
        throw execError('range vector used where an instant vector is required');
      case 'binary':
        return this.binary(e, g);
      case 'aggregate':
        return this.aggregate(e, g);
      case 'call':
        return this.call(e, g);
    }
  }

  private async evalVector(e: Expr, g: Grid): Promise<SS[]> {
    const v = await this.eval(e, g);
    if (v.t !== 'vector') throw execError(`expected instant vector, got ${v.t}`);
    return v.series;
  }

  private async evalScalar(e: Expr, g: Grid): Promise<Float64Array> {
    const v = await this.eval(e, g);
    if (v.t !== 'scalar') throw execError(`expected scalar, got ${v.t}`);
    return v.vals;
  }

  /**
   * Instant selector: for each step, the newest sample in (t - lookback, t], unless it is a stale
   * marker. With `withTimestamps`, values are the samples' timestamps in seconds (`timestamp()`).
   */
  private async vectorSelector(vs: VectorSelector, g: Grid, withTimestamps: boolean): Promise<SS[]> {
    if (g.n === 0) return [];
    const te0 = this.atTime(vs.at, gridTime(g, 0)) - vs.offset;
    const teN = this.atTime(vs.at, gridTime(g, g.n - 1)) - vs.offset;
    const lb = this.opts.lookbackDeltaMs;
    const mint = te0 - lb + 1;
    const maxt = vs.mod === 'smoothed' ? teN + lb - 1 : teN;
    const q = await this.querier(mint, maxt);
    const series = await q.select(true, { start: mint, end: maxt, step: g.step }, vs.matchers);
    const out: SS[] = [];
    for (const s of series) {
      this.checkTime();
      const { ts, vs: vals } = readSamples(s, mint, maxt);
      const len = ts.length;
      if (len === 0) continue;
      const o = newSS(s.labels, g.n, false);
      let j = -1; // index of the newest sample <= te
      let got = 0;
      const teStep = vs.at === undefined ? g.step : 0;
      for (let i = 0; i < g.n; i++) {
        const te = te0 + i * teStep;
        if (j + 8 < len && ts[j + 8]! <= te) j = upperBound(ts, j + 8, len, te) - 1;
        else while (j + 1 < len && ts[j + 1]! <= te) j++;
        if (vs.mod === 'smoothed') {
          const sv = smoothedValue(ts, vals, len, j, te, lb);
          if (sv === undefined) continue;
          o.has[i] = 1;
          o.vals[i] = sv;
          got++;
          continue;
        }
        if (j < 0 || ts[j]! <= te - lb) continue;
        const v = vals[j]!;
        if (Number.isNaN(v) && isStaleNaN(v)) continue;
        o.has[i] = 1;
        o.vals[i] = withTimestamps ? ts[j]! / 1000 : v;
        got++;
      }
      if (got) {
        this.addSamples(got);
        out.push(o);
      }
    }
    return out;
  }

  /** A range-vector operand: raw samples per series plus the window end for each step. */
  private async rangeArg(e0: Expr, g: Grid): Promise<RangeArg> {
    const e = unwrap(e0);
    if (e.kind === 'matrix') return this.matrixSelector(e, g);
    if (e.kind === 'subquery') return this.subquery(e, g);
    throw execError(`expected range vector, got ${typeOf(e)}`);
  }

  private windowEnds(at: AtModifier | undefined, offset: number, g: Grid): [(i: number) => number, boolean] {
    if (at !== undefined) {
      const t = this.atTime(at, 0) - offset;
      return [() => t, true];
    }
    return [(i) => gridTime(g, i) - offset, false];
  }

  private async matrixSelector(m: MatrixSelector, g: Grid): Promise<RangeArg> {
    const vs = m.vs;
    const [end, constant] = this.windowEnds(vs.at, vs.offset, g);
    if (g.n === 0) return { series: [], range: m.range, end, constant };
    const lb = vs.mod ? this.opts.lookbackDeltaMs : 0;
    const mint = end(0) - m.range + 1 - lb;
    const maxt = end(g.n - 1) + (vs.mod === 'smoothed' ? lb : 0);
    const q = await this.querier(mint, maxt);
    const series = await q.select(
      true,
      { start: mint, end: maxt, step: g.step, range: m.range },
      vs.matchers,
    );
    const out: Raw[] = [];
    for (const s of series) {
      this.checkTime();
      const c = readSamples(s, mint, maxt);
      // The columns may be views of the store's buffers: copied only to drop stale markers.
      const r = withoutStaleMarkers(c.ts, c.vs);
      if (r.ts.length === 0) continue;
      this.addSamples(r.ts.length);
      out.push({ labels: s.labels, ts: r.ts, vs: r.vs, dropName: false });
    }
    return { series: out, range: m.range, end, constant, mod: vs.mod };
  }

  private async subquery(sq: Subquery, g: Grid): Promise<RangeArg> {
    const [end, constant] = this.windowEnds(sq.at, sq.offset, g);
    if (g.n === 0) return { series: [], range: sq.range, end, constant };
    const step = sq.step || this.opts.defaultSubqueryStepMs;
    const from = end(0) - sq.range;
    let start = step * Math.floor(from / step);
    if (start <= from) start += step;
    const inner = makeGrid(start, end(g.n - 1), step);
    const v = await this.eval(sq.expr, inner);
    const out: Raw[] = [];
    const toRaw = (labels: Labels, vals: Float64Array, has: Uint8Array | undefined, dn: boolean) => {
      const ts: number[] = [];
      const vs: number[] = [];
      for (let i = 0; i < inner.n; i++) {
        if (has && !has[i]) continue;
        ts.push(gridTime(inner, i));
        vs.push(vals[i]!);
      }
      if (ts.length) out.push({ labels, ts: Float64Array.from(ts), vs: Float64Array.from(vs), dropName: dn });
    };
    if (v.t === 'scalar') toRaw([], v.vals, undefined, false);
    else if (v.t === 'vector') for (const s of v.series) toRaw(s.labels, s.vals, s.has, s.dropName);
    return { series: out, range: sq.range, end, constant };
  }

  // ---- binary operators ----------------------------------------------------------------------

  private async binary(e: Binary, g: Grid): Promise<Val> {
    const [l, r] = [await this.eval(e.lhs, g), await this.eval(e.rhs, g)];
    const op = e.op;
    if (l.t === 'scalar' && r.t === 'scalar') {
      const out = new Float64Array(g.n);
      for (let i = 0; i < g.n; i++) {
        const v = binop(op, l.vals[i]!, r.vals[i]!);
        out[i] = v;
      }
      return { t: 'scalar', vals: out };
    }
    if (l.t === 'vector' && r.t === 'scalar') return this.vectorScalar(e, l.series, r.vals, false, g);
    if (l.t === 'scalar' && r.t === 'vector') return this.vectorScalar(e, r.series, l.vals, true, g);
    if (l.t !== 'vector' || r.t !== 'vector') throw execError('invalid operand types for binary operation');
    const m = e.matching!;
    if (op === 'and' || op === 'or' || op === 'unless')
      return this.setOp(op, l.series, r.series, m.on, m.labels, g);
    return this.vectorBinop(e, l.series, r.series, g);
  }

  private vectorScalar(e: Binary, vec: SS[], sc: Float64Array, swap: boolean, g: Grid): Val {
    const op = e.op;
    const cmp = isComparison(op);
    const out: SS[] = [];
    for (const s of vec) {
      const o = newSS(s.labels, g.n, cmp && !e.returnBool ? s.dropName : true);
      let any = false;
      for (let i = 0; i < g.n; i++) {
        if (!s.has[i]) continue;
        const a = swap ? sc[i]! : s.vals[i]!;
        const b = swap ? s.vals[i]! : sc[i]!;
        let v = binop(op, a, b);
        let keep = binopKeep;
        if (cmp && swap) v = b;
        if (e.returnBool) {
          v = keep ? 1 : 0;
          keep = true;
        }
        if (!keep) continue;
        o.has[i] = 1;
        o.vals[i] = v;
        any = true;
      }
      if (any) out.push(o);
    }
    return { t: 'vector', series: out };
  }

  private vectorBinop(e: Binary, lhs0: SS[], rhs0: SS[], g: Grid): Val {
    const m = e.matching!;
    const op = e.op;
    const cmp = isComparison(op);
    const oneToMany = m.card === 'one-to-many';
    const lhs = oneToMany ? rhs0 : lhs0;
    const rhs = oneToMany ? lhs0 : rhs0;
    const lsig = lhs.map((s) => signature(s.labels, m.on, m.labels));
    const rsig = rhs.map((s) => signature(s.labels, m.on, m.labels));
    const outs = new Map<string, SS>();
    const pairOut = new Map<number, SS>();
    const result: SS[] = [];
    /** The match group that last wrote each output series (many-to-one duplicate detection). */
    const writer: number[] = [];
    const outIdx = new Map<SS, number>();
    const fillL = m.fillLeft;
    const fillR = m.fillRight;
    const fillOut = new Map<string, SS>();
    /** Output series for a filled match, keyed by its labels. */
    const filled = (labels: Labels, dn: boolean): SS => {
      const key = labelsKey(labels);
      let o = outs.get(key) ?? fillOut.get(key);
      if (!o) {
        o = newSS(labels, g.n, dn);
        fillOut.set(key, o);
        outs.set(key, o);
        outIdx.set(o, result.length);
        result.push(o);
      }
      return o;
    };
    const put = (o: SS, i: number, fl0: number, fr0: number): void => {
      const fl = oneToMany ? fr0 : fl0;
      const fr = oneToMany ? fl0 : fr0;
      let v = binop(op, fl, fr);
      let keep = binopKeep;
      if (e.returnBool) {
        v = keep ? 1 : 0;
        keep = true;
      } else if (!keep) return;
      if (o.has[i]) throw execError('vector cannot contain metrics with the same labelset');
      o.has[i] = 1;
      o.vals[i] = v;
    };
    // Signatures are fixed per series, so match groups are resolved once to integer ids; each
    // step then only checks presence (no per-step hashing or allocation).
    const sigIds = new Map<string, number>();
    const idOf = (sg: string) => {
      let id = sigIds.get(sg);
      if (id === undefined) {
        id = sigIds.size;
        sigIds.set(sg, id);
      }
      return id;
    };
    const lid = lsig.map(idOf);
    const rid = rsig.map(idOf);
    const nSig = sigIds.size;
    const rhsOf: number[][] = Array.from({ length: nSig }, () => []);
    rid.forEach((id, j) => {
      rhsOf[id]!.push(j);
    });
    const multiRhs = rhsOf.filter((l) => l.length > 1);
    if (multiRhs.length === 0 && fillL === undefined && fillR === undefined) {
      const fast = this.vectorBinopByPair(e, lhs, rhs, lid, rhsOf, g);
      if (fast) return fast;
    }
    const matchedStamp = new Int32Array(nSig);
    const lhsStamp = new Int32Array(nSig);
    const lastRi = new Int32Array(lhs.length).fill(-1);
    const lastOut: (SS | undefined)[] = new Array(lhs.length);
    const lastOutIdx = new Int32Array(lhs.length);
    for (let i = 0; i < g.n; i++) {
      const stamp = i + 1;
      let anyL = false;
      for (const s of lhs) {
        if (s.has[i]) {
          anyL = true;
          break;
        }
      }
      if (!anyL && fillL === undefined) continue;
      for (const list of multiRhs) {
        let first = -1;
        for (const j of list) {
          if (!rhs[j]!.has[i]) continue;
          if (first < 0) {
            first = j;
            continue;
          }
          const rs = rhs[j]!;
          const side = oneToMany ? 'left' : 'right';
          const ml = matchLabels(rs.labels, m.on, m.labels);
          const pair = [rs.labels, rhs[first]!.labels].sort(compareLabels);
          throw execError(
            `found duplicate series for the match group ${fmtLabels(ml)} on the ${side} hand-side of the operation: [${fmtLabels(pair[0]!)}, ${fmtLabels(pair[1]!)}];many-to-many matching not allowed: matching labels must be unique on one side`,
          );
        }
      }
      for (let li = 0; li < lhs.length; li++) {
        const ls = lhs[li]!;
        if (!ls.has[i]) continue;
        const sid = lid[li]!;
        lhsStamp[sid] = stamp;
        let ri = -1;
        for (const j of rhsOf[sid]!) {
          if (rhs[j]!.has[i]) {
            ri = j;
            break;
          }
        }
        if (ri < 0) {
          if (fillR !== undefined) {
            const labels = resultLabels(ls.labels, [], m);
            const o = filled(labels, isComparison(op) && !e.returnBool ? ls.dropName : true);
            put(o, i, ls.vals[i]!, fillR);
          }
          continue;
        }
        const rs = rhs[ri]!;
        const fl = oneToMany ? rs.vals[i]! : ls.vals[i]!;
        const fr = oneToMany ? ls.vals[i]! : rs.vals[i]!;
        let v = binop(op, fl, fr);
        let keep = binopKeep;
        if (m.card === 'one-to-one') {
          if (matchedStamp[sid] === stamp)
            throw execError(
              'multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)',
            );
          matchedStamp[sid] = stamp;
        }
        if (e.returnBool) {
          v = keep ? 1 : 0;
          keep = true;
        } else if (!keep) continue;
        let o = lastRi[li] === ri ? lastOut[li] : undefined;
        let oi = lastOutIdx[li]!;
        if (!o) {
          const pk = li * rhs.length + ri;
          o = pairOut.get(pk);
          if (!o) {
            const labels = resultLabels(ls.labels, rs.labels, m);
            const dn = cmp && !e.returnBool ? (oneToMany ? rs.dropName : ls.dropName) : true;
            const key = labelsKey(labels);
            o = outs.get(key);
            if (!o) {
              o = newSS(labels, g.n, dn);
              outs.set(key, o);
              outIdx.set(o, result.length);
              result.push(o);
            }
            pairOut.set(pk, o);
          }
          oi = outIdx.get(o)!;
          lastRi[li] = ri;
          lastOut[li] = o;
          lastOutIdx[li] = oi;
        }
        if (o.has[i]) {
          // Two matches wrote the same output at this step: within one match group the grouping
          // labels failed to tell them apart; across groups the result labels collide.
          if (m.card !== 'one-to-one' && writer[oi] === sid)
            throw execError('multiple matches for labels: grouping labels must ensure unique matches');
          throw execError('vector cannot contain metrics with the same labelset');
        }
        if (m.card !== 'one-to-one') writer[oi] = sid;
        o.has[i] = 1;
        o.vals[i] = v;
      }
      if (fillL !== undefined) {
        for (let j = 0; j < rhs.length; j++) {
          const rs = rhs[j]!;
          if (!rs.has[i] || lhsStamp[rid[j]!] === stamp) continue;
          const o = filled(matchLabels(rs.labels, m.on, m.labels), true);
          put(o, i, fillL, rs.vals[i]!);
        }
      }
    }
    return { t: 'vector', series: result };
  }

  /**
   * vectorBinop when every match group has at most one right-hand series and nothing is filled:
   * each left series then has one fixed partner and one fixed output series, so the operator runs
   * down whole columns (series by series) instead of step by step over every series, which is
   * what a join against an info metric (`x * on (…) group_left (…) info`) needs at fine steps.
   * Returns undefined when the general loop must decide: a match group with two left series in
   * one-to-one matching, or two pairs sharing an output label set (both can be errors depending on
   * which steps they meet at). Output series are ordered as the general loop creates them (by the
   * first step with a kept point, then by left series), so later aggregations add in the same order.
   */
  private vectorBinopByPair(
    e: Binary,
    lhs: SS[],
    rhs: SS[],
    lid: number[],
    rhsOf: number[][],
    g: Grid,
  ): Val | undefined {
    const m = e.matching!;
    const op = e.op;
    const oneToMany = m.card === 'one-to-many';
    const boolMode = e.returnBool;
    const dnOf = (ls: SS, rs: SS) =>
      isComparison(op) && !boolMode ? (oneToMany ? rs.dropName : ls.dropName) : true;
    const partner = new Int32Array(lhs.length).fill(-1);
    const keys = new Set<string>();
    const groupUsed = m.card === 'one-to-one' ? new Uint8Array(rhsOf.length) : undefined;
    const labelsOf: Labels[] = new Array(lhs.length);
    for (let li = 0; li < lhs.length; li++) {
      const sid = lid[li]!;
      const ri = rhsOf[sid]![0];
      if (ri === undefined) continue;
      if (groupUsed) {
        if (groupUsed[sid]) return undefined;
        groupUsed[sid] = 1;
      }
      const labels = resultLabels(lhs[li]!.labels, rhs[ri]!.labels, m);
      const key = labelsKey(labels);
      if (keys.has(key)) return undefined;
      keys.add(key);
      partner[li] = ri;
      labelsOf[li] = labels;
    }
    // Arithmetic on finite-or-not floats is IEEE in both Go and JS; other operators go through binop.
    const arith = boolMode ? -1 : ['+', '-', '*', '/'].indexOf(op);
    const made: { o: SS; first: number; li: number }[] = [];
    const n = g.n;
    for (let li = 0; li < lhs.length; li++) {
      const ri = partner[li]!;
      if (ri < 0) continue;
      const ls = lhs[li]!;
      const rs = rhs[ri]!;
      const av = oneToMany ? rs.vals : ls.vals;
      const bv = oneToMany ? ls.vals : rs.vals;
      const lh = ls.has;
      const rh = rs.has;
      let o: SS | undefined;
      for (let i = 0; i < n; i++) {
        if (!lh[i] || !rh[i]) continue;
        const a = av[i]!;
        const b = bv[i]!;
        let v: number;
        if (arith === 0) v = a + b;
        else if (arith === 1) v = a - b;
        else if (arith === 2) v = a * b;
        else if (arith === 3) v = a / b;
        else {
          v = binop(op, a, b);
          if (boolMode) v = binopKeep ? 1 : 0;
          else if (!binopKeep) continue;
        }
        if (!o) {
          o = newSS(labelsOf[li]!, n, dnOf(ls, rs));
          made.push({ o, first: i, li });
        }
        o.has[i] = 1;
        o.vals[i] = v;
      }
    }
    made.sort((x, y) => x.first - y.first || x.li - y.li);
    return { t: 'vector', series: made.map((x) => x.o) };
  }

  private setOp(op: string, lhs: SS[], rhs: SS[], on: boolean, names: string[], g: Grid): Val {
    const lsig = lhs.map((s) => signature(s.labels, on, names));
    const rsig = rhs.map((s) => signature(s.labels, on, names));
    const present = new Set<string>();
    if (op === 'and' || op === 'unless') {
      const out = lhs.map((s) => newSS(s.labels, g.n, s.dropName));
      for (let i = 0; i < g.n; i++) {
        present.clear();
        for (let j = 0; j < rhs.length; j++) if (rhs[j]!.has[i]) present.add(rsig[j]!);
        for (let j = 0; j < lhs.length; j++) {
          const s = lhs[j]!;
          if (!s.has[i]) continue;
          if (present.has(lsig[j]!) === (op === 'and')) {
            out[j]!.has[i] = 1;
            out[j]!.vals[i] = s.vals[i]!;
          }
        }
      }
      return { t: 'vector', series: out.filter((s) => s.has.includes(1)) };
    }
    // or: everything from the left, plus right-hand series whose signature the left lacks.
    const outs = new Map<string, SS>();
    const result: SS[] = [];
    const target = (s: SS): SS => {
      const k = `${s.dropName ? 1 : 0}${labelsKey(s.labels)}`;
      let o = outs.get(k);
      if (!o) {
        o = newSS(s.labels, g.n, s.dropName);
        outs.set(k, o);
        result.push(o);
      }
      return o;
    };
    const lt = lhs.map(target);
    const rt = rhs.map(target);
    for (let i = 0; i < g.n; i++) {
      present.clear();
      for (let j = 0; j < lhs.length; j++) {
        const s = lhs[j]!;
        if (!s.has[i]) continue;
        present.add(lsig[j]!);
        const o = lt[j]!;
        if (o.has[i]) throw execError('vector cannot contain metrics with the same labelset');
        o.has[i] = 1;
        o.vals[i] = s.vals[i]!;
      }
      for (let j = 0; j < rhs.length; j++) {
        const s = rhs[j]!;
        if (!s.has[i] || present.has(rsig[j]!)) continue;
        const o = rt[j]!;
        if (o.has[i]) throw execError('vector cannot contain metrics with the same labelset');
        o.has[i] = 1;
        o.vals[i] = s.vals[i]!;
      }
    }
    return { t: 'vector', series: result };
  }

  // ---- aggregations --------------------------------------------------------------------------

  private async aggregate(e: Aggregate, g: Grid): Promise<Val> {
    const input = await this.evalVector(e.expr, g);
    let param: Float64Array | undefined;
    let strParam = '';
    if (e.param) {
      const pv = await this.eval(e.param, g);
      if (pv.t === 'scalar') param = pv.vals;
      else if (pv.t === 'string') strParam = pv.value;
    }
    const op = e.op;
    // Group series by their output labels.
    const groups = new Map<string, { labels: Labels; members: SS[] }>();
    const order: { labels: Labels; members: SS[] }[] = [];
    for (const s of input) {
      const base = s.dropName ? dropName(s.labels) : s.labels;
      const labels = e.without
        ? base.filter((l) => l.name !== METRIC_NAME && !e.grouping.includes(l.name))
        : base.filter((l) => e.grouping.includes(l.name));
      const k = labelsKey(labels);
      let gr = groups.get(k);
      if (!gr) {
        gr = { labels, members: [] };
        groups.set(k, gr);
        order.push(gr);
      }
      gr.members.push(s);
    }
    if (op === 'topk' || op === 'bottomk' || op === 'limitk' || op === 'limit_ratio') {
      return this.aggSelect(e, order, param!, g);
    }
    if (op === 'count_values') return this.countValues(order, strParam, g);
    if (op === 'quantile') {
      for (let i = 0; i < g.n; i++) {
        const q = param![i]!;
        if (Number.isNaN(q) || q < 0 || q > 1) {
          if (input.some((s) => s.has[i]))
            this.warn(`quantile value should be between 0 and 1, got ${fmtG(q)}`, e.param!.pos);
        }
      }
    }
    const out: SS[] = [];
    if (op === 'sum' || op === 'avg' || op === 'min' || op === 'max' || op === 'count' || op === 'group') {
      for (const gr of order) out.push(aggregateColumns(op, gr.labels, gr.members, g.n));
      return { t: 'vector', series: out };
    }
    const mean = new MeanAcc();
    const kc = new Float64Array(1);
    const buf: number[] = [];
    for (const gr of order) {
      const o = newSS(gr.labels, g.n, false);
      for (let i = 0; i < g.n; i++) {
        let count = 0;
        let acc = 0;
        kc[0] = 0;
        let m = 0;
        mean.reset();
        buf.length = 0;
        for (const s of gr.members) {
          if (!s.has[i]) continue;
          const v = s.vals[i]!;
          count++;
          switch (op) {
            case 'sum':
              acc = kahanInc(v, acc, kc);
              break;
            case 'avg':
              mean.add(v);
              break;
            case 'min':
              if (count === 1 || v < acc || Number.isNaN(acc)) acc = v;
              break;
            case 'max':
              if (count === 1 || v > acc || Number.isNaN(acc)) acc = v;
              break;
            case 'stddev':
            case 'stdvar': {
              const d = v - m;
              m += d / count;
              acc += d * (v - m);
              break;
            }
            case 'quantile':
              buf.push(v);
              break;
          }
        }
        if (count === 0) continue;
        let r: number;
        switch (op) {
          case 'sum':
            r = Number.isFinite(acc) ? acc + kc[0]! : acc;
            break;
          case 'avg':
            r = mean.result();
            break;
          case 'count':
            r = count;
            break;
          case 'group':
            r = 1;
            break;
          case 'stdvar':
            r = acc / count;
            break;
          case 'stddev':
            r = Math.sqrt(acc / count);
            break;
          case 'quantile':
            r = quantileOf(param![i]!, buf);
            break;
          default:
            r = acc;
        }
        o.has[i] = 1;
        o.vals[i] = r;
      }
      out.push(o);
    }
    return { t: 'vector', series: out };
  }

  private aggSelect(
    e: Aggregate,
    groups: { labels: Labels; members: SS[] }[],
    param: Float64Array,
    g: Grid,
  ): Val {
    const op = e.op;
    const outMap = new Map<SS, SS>();
    const ordered: SS[] = [];
    const get = (s: SS) => {
      let o = outMap.get(s);
      if (!o) {
        o = newSS(s.labels, g.n, s.dropName);
        outMap.set(s, o);
      }
      return o;
    };
    // limit_ratio: every member in group order with its hash offset (computed once per query, not
    // per step) and its output series, all by the same index.
    let flat: SS[] | undefined;
    let offs = new Float64Array(0);
    let outs: (SS | undefined)[] = [];
    for (let i = 0; i < g.n; i++) {
      const p = param[i]!;
      if (Number.isNaN(p))
        throw execError(op === 'limit_ratio' ? 'Ratio value is NaN' : 'Parameter value is NaN');
      let any = false;
      for (const gr of groups) for (const s of gr.members) if (s.has[i]) any = true;
      if (!any) continue;
      if (op === 'limit_ratio') {
        let r = p;
        if (r < -1 || r > 1) {
          this.warn(
            `ratio value should be between -1 and 1, got ${fmtG(r)}, capping to ${r < 0 ? -1 : 1}`,
            e.param!.pos,
          );
          r = r < 0 ? -1 : 1;
        }
        if (!flat) {
          flat = groups.flatMap((gr) => gr.members);
          offs = Float64Array.from(flat, (s) => ratioOffset(s.labels));
          outs = new Array<SS | undefined>(flat.length);
        }
        for (let j = 0; j < flat.length; j++) {
          const s = flat[j]!;
          if (!s.has[i]) continue;
          // Prometheus' HashRatioSampler: a series' place in [0, 1] comes from its label hash, so
          // the kept set is the same at every step and a negative ratio keeps the complement.
          const h = offs[j]!;
          if (r >= 0 ? h >= r : h < 1 + r) continue;
          let o = outs[j];
          if (!o) {
            o = get(s);
            outs[j] = o;
          }
          o.has[i] = 1;
          o.vals[i] = s.vals[i]!;
          if (g.n === 1) ordered.push(o);
        }
        continue;
      }
      if (p > 9.223372036854776e18 || p < -9.223372036854776e18)
        throw execError(`Scalar value ${fmtG(p)} overflows int64`);
      const k = Math.trunc(p);
      if (k < 1) continue;
      for (const gr of groups) {
        const present = gr.members.filter((s) => s.has[i]);
        let chosen: SS[];
        if (op === 'limitk') chosen = present.slice(0, k);
        else {
          const top = op === 'topk';
          present.sort((a, b) => {
            const x = a.vals[i]!;
            const y = b.vals[i]!;
            if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
            if (Number.isNaN(y)) return -1;
            return top ? y - x : x - y;
          });
          chosen = present.slice(0, k);
        }
        for (const s of chosen) {
          const o = get(s);
          o.has[i] = 1;
          o.vals[i] = s.vals[i]!;
          if (g.n === 1) ordered.push(o);
        }
      }
    }
    return { t: 'vector', series: g.n === 1 ? ordered : [...outMap.values()] };
  }

  private countValues(groups: { labels: Labels; members: SS[] }[], name: string, g: Grid): Val {
    if (!isValidLabelName(name)) throw execError(`invalid label name ${goQuote(name)}`);
    const outs = new Map<string, SS>();
    const result: SS[] = [];
    for (let i = 0; i < g.n; i++) {
      for (const gr of groups) {
        for (const s of gr.members) {
          if (!s.has[i]) continue;
          const val = formatFloat(s.vals[i]!);
          const labels = withLabelSorted(gr.labels, name, val);
          const k = labelsKey(labels);
          let o = outs.get(k);
          if (!o) {
            o = newSS(labels, g.n, false);
            outs.set(k, o);
            result.push(o);
          }
          if (!o.has[i]) {
            o.has[i] = 1;
            o.vals[i] = 0;
          }
          o.vals[i]!++;
        }
      }
    }
    return { t: 'vector', series: result };
  }

  // ---- functions -----------------------------------------------------------------------------

  private async call(e: Call, g: Grid): Promise<Val> {
    const f = e.func;
    switch (f) {
      case 'time': {
        const out = new Float64Array(g.n);
        for (let i = 0; i < g.n; i++) out[i] = gridTime(g, i) / 1000;
        return { t: 'scalar', vals: out };
      }
      case 'pi':
        return { t: 'scalar', vals: new Float64Array(g.n).fill(Math.PI) };
      case 'step':
        return { t: 'scalar', vals: new Float64Array(g.n).fill(this.isRange ? g.step / 1000 : 0) };
      case 'range':
        return { t: 'scalar', vals: new Float64Array(g.n).fill((this.qEnd - this.qStart) / 1000) };
      case 'start':
        return { t: 'scalar', vals: new Float64Array(g.n).fill(this.qStart / 1000) };
      case 'end':
        return { t: 'scalar', vals: new Float64Array(g.n).fill(this.qEnd / 1000) };
      case 'min_of':
      case 'max_of': {
        const a = await this.evalScalar(e.args[0]!, g);
        const b = await this.evalScalar(e.args[1]!, g);
        const out = new Float64Array(g.n);
        for (let i = 0; i < g.n; i++)
          out[i] = f === 'min_of' ? Math.min(a[i]!, b[i]!) : Math.max(a[i]!, b[i]!);
        return { t: 'scalar', vals: out };
      }
      case 'vector': {
        const v = await this.evalScalar(e.args[0]!, g);
        return {
          t: 'vector',
          series: [{ labels: [], vals: v, has: new Uint8Array(g.n).fill(1), dropName: false }],
        };
      }
      case 'scalar': {
        const vec = await this.evalVector(e.args[0]!, g);
        const out = new Float64Array(g.n);
        for (let i = 0; i < g.n; i++) {
          let cnt = 0;
          let v = Number.NaN;
          for (const s of vec) {
            if (s.has[i]) {
              cnt++;
              v = s.vals[i]!;
            }
          }
          out[i] = cnt === 1 ? v : Number.NaN;
        }
        return { t: 'scalar', vals: out };
      }
      case 'timestamp': {
        const a = unwrap(e.args[0]!);
        if (a.kind === 'vector') {
          const ss = await this.vectorSelector(a, g, true);
          for (const s of ss) s.dropName = true;
          return { t: 'vector', series: ss };
        }
        const vec = await this.evalVector(a, g);
        return {
          t: 'vector',
          series: vec.map((s) => {
            const o = newSS(s.labels, g.n, true);
            o.has.set(s.has);
            for (let i = 0; i < g.n; i++) o.vals[i] = gridTime(g, i) / 1000;
            return o;
          }),
        };
      }
      case 'absent': {
        const vec = await this.evalVector(e.args[0]!, g);
        return this.absent(
          vec.map((s) => s.has),
          absentLabels(e.args[0]!),
          g,
        );
      }
      case 'absent_over_time': {
        const ra = await this.rangeArg(e.args[0]!, g);
        const hasArr = ra.series.map((r) => {
          const h = new Uint8Array(g.n);
          windows(r.ts, ra, g.n, (i, lo, hi) => {
            if (hi > lo) h[i] = 1;
          });
          return h;
        });
        return this.absent(hasArr, absentLabels(e.args[0]!), g);
      }
      case 'label_replace':
        return this.labelReplace(e, g);
      case 'label_join':
        return this.labelJoin(e, g);
      case 'sort':
      case 'sort_desc':
      case 'sort_by_label':
      case 'sort_by_label_desc':
        return this.sortFn(e, g);
      case 'histogram_quantile':
        return this.histogramQuantile(e, g);
      case 'info':
        return this.infoFn(e, g);
      case 'clamp':
      case 'clamp_min':
      case 'clamp_max': {
        const vec = await this.evalVector(e.args[0]!, g);
        const a = await this.evalScalar(e.args[1]!, g);
        const b = f === 'clamp' ? await this.evalScalar(e.args[2]!, g) : undefined;
        return this.mapVector(vec, g, (v, i) => {
          if (f === 'clamp_min') return Math.max(v, a[i]!);
          if (f === 'clamp_max') return Math.min(v, a[i]!);
          const lo = a[i]!;
          const hi = b![i]!;
          if (hi < lo) return undefined;
          return Math.max(lo, Math.min(hi, v));
        });
      }
      case 'round': {
        const vec = await this.evalVector(e.args[0]!, g);
        const to = e.args[1] ? await this.evalScalar(e.args[1], g) : undefined;
        return this.mapVector(vec, g, (v, i) => {
          const inv = 1 / (to ? to[i]! : 1);
          return Math.floor(v * inv + 0.5) / inv;
        });
      }
      case 'days_in_month':
      case 'day_of_month':
      case 'day_of_week':
      case 'day_of_year':
      case 'hour':
      case 'minute':
      case 'month':
      case 'year': {
        let vec: SS[];
        if (e.args.length === 0) {
          const t = new Float64Array(g.n);
          for (let i = 0; i < g.n; i++) t[i] = gridTime(g, i) / 1000;
          vec = [{ labels: [], vals: t, has: new Uint8Array(g.n).fill(1), dropName: false }];
        } else vec = await this.evalVector(e.args[0]!, g);
        return this.mapVector(vec, g, (v) => dateFn(f, v));
      }
    }
    const simple = simpleFns[f];
    if (simple) {
      const vec = await this.evalVector(e.args[0]!, g);
      return this.mapVector(vec, g, simple);
    }
    return this.rangeFn(e, g);
  }

  private mapVector(vec: SS[], g: Grid, fn: (v: number, i: number) => number | undefined): Val {
    const out: SS[] = [];
    for (const s of vec) {
      const o = newSS(s.labels, g.n, true);
      let any = false;
      for (let i = 0; i < g.n; i++) {
        if (!s.has[i]) continue;
        const r = fn(s.vals[i]!, i);
        if (r === undefined) continue;
        o.has[i] = 1;
        o.vals[i] = r;
        any = true;
      }
      if (any) out.push(o);
    }
    return { t: 'vector', series: out };
  }

  private absent(has: Uint8Array[], labels: Labels, g: Grid): Val {
    const o = newSS(labels, g.n, false);
    for (let i = 0; i < g.n; i++) {
      if (has.some((h) => h[i])) continue;
      o.has[i] = 1;
      o.vals[i] = 1;
    }
    return { t: 'vector', series: o.has.includes(1) ? [o] : [] };
  }

  private async rangeFn(e: Call, g: Grid): Promise<Val> {
    const f = e.func;
    const rangeIdx = f === 'quantile_over_time' ? 1 : 0;
    const ra = await this.rangeArg(e.args[rangeIdx]!, g);
    let p1: Float64Array | undefined;
    let p2: Float64Array | undefined;
    if (f === 'quantile_over_time') p1 = await this.evalScalar(e.args[0]!, g);
    if (f === 'predict_linear' || f === 'double_exponential_smoothing')
      p1 = await this.evalScalar(e.args[1]!, g);
    if (f === 'double_exponential_smoothing') p2 = await this.evalScalar(e.args[2]!, g);
    const keepName = f === 'last_over_time' || f === 'first_over_time';
    const out: SS[] = [];
    const buf: number[] = [];
    const range = ra.range;
    const qWarned = new Set<number>();
    for (const r of ra.series) {
      this.checkTime();
      const o = newSS(r.labels, g.n, keepName ? r.dropName : true);
      const ts = r.ts;
      const vs = r.vs;
      let any = false;
      if (
        (f === 'sum_over_time' || f === 'avg_over_time') &&
        !ra.constant &&
        !ra.mod &&
        g.n >= SLIDING_MIN_STEPS &&
        g.step < range
      ) {
        if (slidingSum(ts, vs, ra, g.n, f === 'avg_over_time', o)) out.push(o);
        continue;
      }
      if ((f === 'max_over_time' || f === 'min_over_time') && !ra.constant && !ra.mod && !hasNaN(vs)) {
        if (slidingExtreme(ts, vs, ra, g.n, f === 'max_over_time', o)) out.push(o);
        continue;
      }
      if ((f === 'rate' || f === 'increase' || f === 'delta') && !ra.constant && !ra.mod) {
        if (slidingRate(ts, vs, ra, g.n, f !== 'delta', f === 'rate', o)) out.push(o);
        continue;
      }
      const resets = (f === 'rate' || f === 'increase') && g.n > 1 ? resetPrefix(vs) : undefined;
      windows(ts, ra, g.n, (i, lo, hi) => {
        const end = ra.end(i);
        let v: number | undefined;
        if (ra.mod) {
          v = extendedRangeFn(f, ra.mod, ts, vs, lo, hi, end - range, end, this.opts.lookbackDeltaMs);
          if (v === undefined) return;
          o.has[i] = 1;
          o.vals[i] = v;
          any = true;
          return;
        }
        if (hi <= lo) return;
        switch (f) {
          case 'rate':
            v = extrapolatedRate(ts, vs, lo, hi, end - range, end, true, true, resets);
            break;
          case 'increase':
            v = extrapolatedRate(ts, vs, lo, hi, end - range, end, true, false, resets);
            break;
          case 'delta':
            v = extrapolatedRate(ts, vs, lo, hi, end - range, end, false, false);
            break;
          case 'irate':
            v = instantDelta(ts, vs, lo, hi, true);
            break;
          case 'idelta':
            v = instantDelta(ts, vs, lo, hi, false);
            break;
          case 'deriv':
            if (hi - lo >= 2) v = linearRegression(ts, vs, lo, hi, ts[lo]!)[0];
            break;
          case 'predict_linear':
            if (hi - lo >= 2) {
              const [slope, icpt] = linearRegression(ts, vs, lo, hi, gridTime(g, i));
              v = slope * p1![i]! + icpt;
            }
            break;
          case 'double_exponential_smoothing': {
            const sf = p1![i]!;
            const tf = p2![i]!;
            if (!(sf > 0 && sf < 1))
              throw execError(`invalid smoothing factor. Expected: 0 < sf < 1, got: ${sf.toFixed(6)}`);
            if (!(tf > 0 && tf < 1))
              throw execError(`invalid trend factor. Expected: 0 < tf < 1, got: ${tf.toFixed(6)}`);
            v = doubleExponentialSmoothing(vs, lo, hi, sf, tf);
            break;
          }
          case 'resets': {
            let c = 0;
            for (let k = lo + 1; k < hi; k++) if (vs[k]! < vs[k - 1]!) c++;
            v = c;
            break;
          }
          case 'changes': {
            let c = 0;
            for (let k = lo + 1; k < hi; k++) {
              const a = vs[k]!;
              const b = vs[k - 1]!;
              if (!(a === b || (Number.isNaN(a) && Number.isNaN(b)))) c++;
            }
            v = c;
            break;
          }
          case 'avg_over_time':
            v = avgOf(vs, lo, hi);
            break;
          case 'sum_over_time':
            v = sumOf(vs, lo, hi);
            break;
          case 'count_over_time':
            v = hi - lo;
            break;
          case 'present_over_time':
            v = 1;
            break;
          case 'last_over_time':
            v = vs[hi - 1]!;
            break;
          case 'first_over_time':
            v = vs[lo]!;
            break;
          case 'ts_of_last_over_time':
            v = ts[hi - 1]! / 1000;
            break;
          case 'ts_of_first_over_time':
            v = ts[lo]! / 1000;
            break;
          case 'min_over_time':
          case 'max_over_time':
          case 'ts_of_min_over_time':
          case 'ts_of_max_over_time': {
            const isMax = f === 'max_over_time' || f === 'ts_of_max_over_time';
            let best = vs[lo]!;
            let bt = ts[lo]!;
            for (let k = lo + 1; k < hi; k++) {
              const x = vs[k]!;
              if ((isMax ? x > best : x < best) || Number.isNaN(best)) {
                best = x;
                bt = ts[k]!;
              }
            }
            v = f.startsWith('ts_of') ? bt / 1000 : best;
            break;
          }
          case 'stddev_over_time':
            v = Math.sqrt(stdvarOf(vs, lo, hi));
            break;
          case 'stdvar_over_time':
            v = stdvarOf(vs, lo, hi);
            break;
          case 'quantile_over_time': {
            const q = p1![i]!;
            if ((Number.isNaN(q) || q < 0 || q > 1) && !qWarned.has(i)) {
              qWarned.add(i);
              this.warn(`quantile value should be between 0 and 1, got ${fmtG(q)}`, e.args[0]!.pos);
            }
            buf.length = 0;
            for (let k = lo; k < hi; k++) buf.push(vs[k]!);
            v = quantileOf(q, buf);
            break;
          }
          case 'mad_over_time': {
            buf.length = 0;
            for (let k = lo; k < hi; k++) buf.push(vs[k]!);
            if (buf.some(Number.isNaN)) {
              v = Number.NaN;
              break;
            }
            const med = quantileOf(0.5, buf);
            for (let k = 0; k < buf.length; k++) buf[k] = Math.abs(buf[k]! - med);
            v = quantileOf(0.5, buf);
            break;
          }
          default:
            throw execError(`function ${JSON.stringify(f)} is not supported`);
        }
        if (v === undefined) return;
        o.has[i] = 1;
        o.vals[i] = v;
        any = true;
      });
      if (any) out.push(o);
    }
    if (f === 'rate' || f === 'increase') {
      for (const r of ra.series) {
        const name = getLabel(r.labels, METRIC_NAME);
        if (name !== '' && !/(_total|_sum|_count|_bucket)$/.test(name)) {
          this.info(
            `metric might not be a counter, name does not end in _total/_sum/_count/_bucket: ${JSON.stringify(name)}`,
            e.args[0]!.pos,
          );
        }
      }
    }
    return { t: 'vector', series: out };
  }

  private async labelReplace(e: Call, g: Grid): Promise<Val> {
    const vec = await this.evalVector(e.args[0]!, g);
    const [dst, repl, src, re] = e.args.slice(1).map((a) => strArg(a)) as [string, string, string, string];
    let rx: RegExp;
    try {
      rx = compileGoRegex(re);
    } catch (err) {
      throw new PromqlError('PROMQL_EXECUTION', `invalid regular expression in label_replace(): ${re}`, {
        cause: err,
      });
    }
    if (!isValidLabelName(dst)) throw execError(`invalid destination label name in label_replace(): ${dst}`);
    const mapped = vec.map((s) => {
      const m = rx.exec(getLabel(s.labels, src));
      if (!m) return s;
      const val = expandTemplate(repl, m);
      return { ...s, labels: withLabelSorted(s.labels, dst, val) };
    });
    return { t: 'vector', series: mergeSeries(mapped, g) };
  }

  private async labelJoin(e: Call, g: Grid): Promise<Val> {
    const vec = await this.evalVector(e.args[0]!, g);
    const strs = e.args.slice(1).map((a) => strArg(a));
    const dst = strs[0]!;
    const sep = strs[1]!;
    const srcs = strs.slice(2);
    if (!isValidLabelName(dst)) throw execError(`invalid destination label name in label_join(): ${dst}`);
    for (const s of srcs)
      if (!isValidLabelName(s)) throw execError(`invalid source label name in label_join(): ${s}`);
    const mapped = vec.map((s) => {
      const val = srcs.map((n) => getLabel(s.labels, n)).join(sep);
      return { ...s, labels: withLabelSorted(s.labels, dst, val) };
    });
    return { t: 'vector', series: mergeSeries(mapped, g) };
  }

  private async sortFn(e: Call, g: Grid): Promise<Val> {
    const vec = await this.evalVector(e.args[0]!, g);
    if (this.isRange) {
      this.warn('sort is ineffective for range queries since results are always ordered by labels', e.pos);
      return { t: 'vector', series: vec };
    }
    const f = e.func;
    const out = vec.slice();
    if (f === 'sort' || f === 'sort_desc') {
      const desc = f === 'sort_desc';
      out.sort((a, b) => {
        const x = a.vals[0]!;
        const y = b.vals[0]!;
        if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
        if (Number.isNaN(y)) return -1;
        return desc ? y - x : x - y;
      });
    } else {
      const names = e.args.slice(1).map((a) => strArg(a));
      const desc = f === 'sort_by_label_desc';
      out.sort((a, b) => {
        for (const n of names) {
          const c = naturalCompare(getLabel(a.labels, n), getLabel(b.labels, n));
          if (c !== 0) return desc ? -c : c;
        }
        const c = compareLabels(a.labels, b.labels);
        return desc ? -c : c;
      });
    }
    return { t: 'vector', series: out };
  }

  /**
   * `info(v, {selector})`: adds the data labels of info series (default `target_info`) that share
   * the identifying labels (`instance`, `job`) with each sample, as of the same time the sample
   * was read (the `@`/`offset` of the first selector under `v`). Among series of one info metric
   * the newest sample wins; different info metrics disagreeing on a label is an error.
   */
  private async infoFn(e: Call, g: Grid): Promise<Val> {
    const base = await this.evalVector(e.args[0]!, g);
    const sel = e.args[1] ? unwrap(e.args[1]) : undefined;
    const given = sel?.kind === 'vector' ? sel.matchers : [];
    const dataMs = given.filter((m) => m.name !== METRIC_NAME);
    let nameMs = given.filter((m) => m.name === METRIC_NAME);
    if (nameMs.length === 0) nameMs = [newPromMatcher('=', METRIC_NAME, 'target_info')];
    if (!nameMs.some((m) => m.type === '=' || m.type === '=~'))
      nameMs = [...nameMs, newPromMatcher('=~', METRIC_NAME, '.+_info')];
    const ref = infoTimeRef(e.args[0]!);
    const infoVs: VectorSelector = {
      kind: 'vector',
      name: '',
      matchers: [...nameMs, ...dataMs],
      offset: ref.offset,
      at: ref.at,
      pos: e.pos,
    };
    const infos = await this.vectorSelector(infoVs, g, true);
    const idKey = (ls: Labels) => `${getLabel(ls, 'instance')}\u0000${getLabel(ls, 'job')}`;
    const infoKeys = infos.map((s) => idKey(s.labels));
    const isInfo = base.map((s) => nameMs.every((m) => m.matches(getLabel(s.labels, METRIC_NAME))));
    const dropIfMissing = dataMs.some((m) => !m.matches(''));
    const outs = new Map<string, SS>();
    const result: SS[] = [];
    const byKey = new Map<string, Map<string, SS>>();
    for (let i = 0; i < g.n; i++) {
      byKey.clear();
      for (let j = 0; j < infos.length; j++) {
        const inf = infos[j]!;
        if (!inf.has[i]) continue;
        let m = byKey.get(infoKeys[j]!);
        if (!m) {
          m = new Map();
          byKey.set(infoKeys[j]!, m);
        }
        const name = getLabel(inf.labels, METRIC_NAME);
        const prev = m.get(name);
        if (!prev || prev.vals[i]! < inf.vals[i]!) m.set(name, inf);
      }
      for (let b = 0; b < base.length; b++) {
        const s = base[b]!;
        if (!s.has[i]) continue;
        let labels: Labels = s.labels;
        if (!isInfo[b]) {
          const matched = byKey.get(idKey(s.labels));
          if (!matched || matched.size === 0) {
            if (dropIfMissing) continue;
          } else {
            const added = new Map<string, string>();
            for (const inf of matched.values()) {
              for (const l of inf.labels) {
                if (l.name === METRIC_NAME || l.name === 'instance' || l.name === 'job') continue;
                if (getLabel(s.labels, l.name) !== '') continue;
                if (dataMs.length && !dataMs.some((dm) => dm.name === l.name)) continue;
                const had = added.get(l.name);
                if (had !== undefined && had !== l.value)
                  throw execError(
                    `conflicting label: ${l.name} has values ${JSON.stringify(had)} and ${JSON.stringify(l.value)} in different info metrics`,
                  );
                added.set(l.name, l.value);
              }
            }
            if (added.size) {
              const out: Label[] = [...s.labels];
              for (const [name, value] of added) out.push({ name, value });
              out.sort((a, c) => (a.name < c.name ? -1 : a.name > c.name ? 1 : 0));
              labels = out;
            }
          }
        }
        const k = `${s.dropName ? 1 : 0}${labelsKey(labels)}`;
        let o = outs.get(k);
        if (!o) {
          o = newSS(labels, g.n, s.dropName);
          outs.set(k, o);
          result.push(o);
        }
        if (o.has[i]) throw execError('vector cannot contain metrics with the same labelset');
        o.has[i] = 1;
        o.vals[i] = s.vals[i]!;
      }
    }
    return { t: 'vector', series: result };
  }

  private async histogramQuantile(e: Call, g: Grid): Promise<Val> {
    const q = await this.evalScalar(e.args[0]!, g);
    const vec = await this.evalVector(e.args[1]!, g);
    const groups = new Map<string, { labels: Labels; members: { s: SS; le: number }[] }>();
    const order: { labels: Labels; members: { s: SS; le: number }[] }[] = [];
    for (const s of vec) {
      const leStr = getLabel(s.labels, 'le');
      const le = parseGoFloat(leStr);
      if (le === undefined) {
        this.warn(
          `bucket label "le" is missing or has a malformed value of ${JSON.stringify(leStr)} for metric name ${JSON.stringify(getLabel(s.labels, METRIC_NAME))}`,
          e.args[1]!.pos,
        );
        continue;
      }
      const labels = s.labels.filter((l) => l.name !== 'le');
      const k = labelsKey(labels);
      let gr = groups.get(k);
      if (!gr) {
        gr = { labels, members: [] };
        groups.set(k, gr);
        order.push(gr);
      }
      gr.members.push({ s, le });
    }
    const out: SS[] = [];
    for (let i = 0; i < g.n; i++) {
      const qi = q[i]!;
      if (Number.isNaN(qi) || qi < 0 || qi > 1)
        this.warn(`quantile value should be between 0 and 1, got ${fmtG(qi)}`, e.args[0]!.pos);
    }
    for (const gr of order) {
      const o = newSS(gr.labels, g.n, true);
      let any = false;
      // Bucket order is fixed per group: sorted once (stably, as the per-step sort was, so equal
      // bounds still add up in the same order), then each step only gathers the present buckets
      // into reused columns.
      const members = gr.members.slice().sort((a, b) => a.le - b.le);
      const ubs = new Float64Array(members.length);
      const cs = new Float64Array(members.length);
      for (let i = 0; i < g.n; i++) {
        let k = 0;
        for (const m of members) {
          if (!m.s.has[i]) continue;
          if (k > 0 && ubs[k - 1] === m.le) cs[k - 1]! += m.s.vals[i]!;
          else {
            ubs[k] = m.le;
            cs[k++] = m.s.vals[i]!;
          }
        }
        if (k === 0) continue;
        const v = bucketQuantile(q[i]!, ubs, cs, k);
        if (bucketForced) {
          this.info(
            `input to histogram_quantile needed to be fixed for monotonicity (see https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile) for metric name ${JSON.stringify(getLabel(gr.members[0]!.s.labels, METRIC_NAME))}`,
            e.args[1]!.pos,
          );
        }
        o.has[i] = 1;
        o.vals[i] = v;
        any = true;
      }
      if (any) out.push(o);
    }
    return { t: 'vector', series: out };
  }
}

// ---- helpers ---------------------------------------------------------------------------------

/**
 * Range queries with at least this many steps compute `sum_over_time`/`avg_over_time` with a
 * running sum instead of re-adding each window. Short queries (and every instant query) keep
 * the exact per-window Kahan sum, so results match Prometheus bit for bit there; the running
 * sum agrees to about 1e-15 relative and is re-seeded exactly whenever the window has turned over.
 */
const SLIDING_MIN_STEPS = 64;

/**
 * The first window end and the distance between ends: window ends are affine in the step index
 * unless `@`-pinned (`ra.constant`), which the sliding kernels never see.
 */
function affineEnds(ra: RangeArg, n: number): [number, number] {
  const end0 = ra.end(0);
  return [end0, n > 1 ? ra.end(1) - end0 : 0];
}

/**
 * Running Kahan–Neumaier sum over moving windows; falls back to an exact scan on Inf/NaN. Written
 * without closures: a captured, reassigned double lives boxed in a context object and every add
 * would allocate (measured: half the query's CPU, a sixth of it in the garbage collector).
 */
function slidingSum(
  ts: Float64Array,
  vs: Float64Array,
  ra: RangeArg,
  n: number,
  isAvg: boolean,
  o: SS,
): boolean {
  const len = ts.length;
  const range = ra.range;
  const [end0, endStep] = affineEnds(ra, n);
  let lo = 0;
  let hi = 0;
  let sum = 0;
  let c = 0;
  let nonFinite = 0;
  let removed = 0;
  let any = false;
  for (let i = 0; i < n; i++) {
    const end = end0 + i * endStep;
    const start = end - range;
    while (hi < len && ts[hi]! <= end) {
      const v = vs[hi++]!;
      // v - v is 0 for finite v, NaN for ±Inf and NaN.
      if (v - v !== 0) {
        nonFinite++;
        continue;
      }
      const t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
      else c += v - t + sum;
      sum = t;
    }
    while (lo < hi && ts[lo]! <= start) {
      const v = -vs[lo++]!;
      if (v - v !== 0) {
        nonFinite--;
        continue;
      }
      const t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
      else c += v - t + sum;
      sum = t;
      removed++;
    }
    if (lo > hi) hi = lo;
    const count = hi - lo;
    if (count === 0) {
      sum = 0;
      c = 0;
      removed = 0;
      continue;
    }
    let r: number;
    if (nonFinite > 0 || !Number.isFinite(sum)) {
      r = isAvg ? avgOf(vs, lo, hi) : sumOf(vs, lo, hi);
    } else {
      if (removed >= count) {
        // Re-seed: the window has turned over since the last exact sum.
        sum = 0;
        c = 0;
        for (let k = lo; k < hi; k++) {
          const v = vs[k]!;
          const t = sum + v;
          if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
          else c += v - t + sum;
          sum = t;
        }
        removed = 0;
      }
      r = isAvg ? sum / count + c / count : sum + c;
    }
    o.has[i] = 1;
    o.vals[i] = r;
    any = true;
  }
  return any;
}

/**
 * `rate`/`increase`/`delta` at every step: the window (end - range, end] found with two forward
 * indices, and Prometheus' extrapolation from its first and last sample. Counter resets are
 * located once per series (`resetPrefix`), so only windows that contain one re-scan their samples.
 */
function slidingRate(
  ts: Float64Array,
  vs: Float64Array,
  ra: RangeArg,
  n: number,
  isCounter: boolean,
  isRate: boolean,
  o: SS,
): boolean {
  const len = ts.length;
  const range = ra.range;
  const [end0, endStep] = affineEnds(ra, n);
  const resets = isCounter && n > 1 ? resetPrefix(vs) : undefined;
  let lo = 0;
  let hi = 0;
  let any = false;
  // At steps finer than the scrape interval consecutive windows hold the same samples; what
  // depends only on them (the counter-corrected increase, the sampled interval, the threshold and
  // the zero point) is kept until the window changes, and the rest is the same arithmetic, in the
  // same order, as extrapolatedRate.
  let cLo = -1;
  let cHi = -1;
  let result = 0;
  let firstT = 0;
  let lastT = 0;
  let sampled = 0;
  let avgBetween = 0;
  let threshold = 0;
  let toZero = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const end = end0 + i * endStep;
    const start = end - range;
    while (lo < len && ts[lo]! <= start) lo++;
    if (hi < lo) hi = lo;
    while (hi < len && ts[hi]! <= end) hi++;
    if (hi - lo < 2) continue;
    if (lo !== cLo || hi !== cHi) {
      cLo = lo;
      cHi = hi;
      firstT = ts[lo]!;
      lastT = ts[hi - 1]!;
      const firstV = vs[lo]!;
      result = vs[hi - 1]! - firstV;
      if (isCounter && (resets === undefined || (resets.length > 0 && resets[hi - 1]! !== resets[lo]!))) {
        let prev = firstV;
        for (let k = lo + 1; k < hi; k++) {
          const v = vs[k]!;
          if (v < prev) result += prev;
          prev = v;
        }
      }
      sampled = (lastT - firstT) / 1000;
      avgBetween = sampled / (hi - lo - 1);
      threshold = avgBetween * 1.1;
      toZero =
        isCounter && result > 0 && firstV >= 0 ? sampled * (firstV / result) : Number.POSITIVE_INFINITY;
    }
    let durationToStart = (firstT - start) / 1000;
    let durationToEnd = (end - lastT) / 1000;
    if (durationToStart >= threshold) durationToStart = avgBetween / 2;
    if (toZero < durationToStart) durationToStart = toZero;
    if (durationToEnd >= threshold) durationToEnd = avgBetween / 2;
    let factor = (sampled + durationToStart + durationToEnd) / sampled;
    if (isRate) factor /= (end - start) / 1000;
    o.has[i] = 1;
    o.vals[i] = result * factor;
    any = true;
  }
  return any;
}

/**
 * `max_over_time`/`min_over_time` over moving windows with a monotonic deque of sample indices:
 * O(1) amortised per step instead of a scan of the whole window. Exact (no arithmetic), and the
 * earliest of equal extremes stays in front, as in the scanning version. NaN-free input only.
 */
function slidingExtreme(
  ts: Float64Array,
  vs: Float64Array,
  ra: RangeArg,
  n: number,
  isMax: boolean,
  o: SS,
): boolean {
  const len = ts.length;
  const dq = new Int32Array(len);
  const range = ra.range;
  const [end0, endStep] = affineEnds(ra, n);
  let head = 0;
  let tail = 0;
  let next = 0;
  let any = false;
  for (let i = 0; i < n; i++) {
    const end = end0 + i * endStep;
    // Pushing drops every queued sample the new one beats (max: smaller, min: larger).
    if (isMax) {
      while (next < len && ts[next]! <= end) {
        const v = vs[next]!;
        while (tail > head && vs[dq[tail - 1]!]! < v) tail--;
        dq[tail++] = next++;
      }
    } else {
      while (next < len && ts[next]! <= end) {
        const v = vs[next]!;
        while (tail > head && vs[dq[tail - 1]!]! > v) tail--;
        dq[tail++] = next++;
      }
    }
    const start = end - range;
    while (tail > head && ts[dq[head]!]! <= start) head++;
    if (tail === head) continue;
    o.has[i] = 1;
    o.vals[i] = vs[dq[head]!]!;
    any = true;
  }
  return any;
}

/**
 * `sum`, `avg`, `min`, `max`, `count`, `group` of one group, member by member over all steps (each
 * member's columns are read once, in order) with per-step accumulators. Each step sees its members
 * in the same order as a step-by-step loop would, with the same Kahan and incremental-mean
 * arithmetic as `kahanInc`/`MeanAcc`, so results are identical to Prometheus' per-step evaluation.
 */
function aggregateColumns(op: string, labels: Labels, members: SS[], n: number): SS {
  const o = newSS(labels, n, false);
  const cnt = new Float64Array(n);
  const acc = new Float64Array(n);
  const comp = new Float64Array(n);
  const isAvg = op === 'avg';
  // Only avg keeps a mean and its mode per step.
  const mean = new Float64Array(isAvg ? n : 0);
  const incremental = new Uint8Array(isAvg ? n : 0);
  // One loop per operation, so the per-step body has no dispatch.
  for (const s of members) {
    const has = s.has;
    const vals = s.vals;
    if (op === 'min' || op === 'max') {
      const isMax = op === 'max';
      for (let i = 0; i < n; i++) {
        if (!has[i]) continue;
        const v = vals[i]!;
        const a = acc[i]!;
        if (++cnt[i]! === 1 || (isMax ? v > a : v < a) || Number.isNaN(a)) acc[i] = v;
      }
    } else if (op === 'count' || op === 'group') {
      for (let i = 0; i < n; i++) if (has[i]) cnt[i]!++;
    } else if (!isAvg) {
      for (let i = 0; i < n; i++) {
        if (!has[i]) continue;
        const v = vals[i]!;
        cnt[i]!++;
        const sum = acc[i]!;
        const t = sum + v;
        if (!Number.isFinite(t) && !Number.isNaN(t)) comp[i] = 0;
        else if (Math.abs(sum) >= Math.abs(v)) comp[i]! += sum - t + v;
        else comp[i]! += v - t + sum;
        acc[i] = t;
      }
    } else {
      for (let i = 0; i < n; i++) {
        if (!has[i]) continue;
        const v = vals[i]!;
        const k = ++cnt[i]!;
        if (k === 1) {
          acc[i] = v;
          continue;
        }
        if (!incremental[i]) {
          const sum = acc[i]!;
          const t = sum + v;
          if (Number.isFinite(t) || Number.isNaN(t)) {
            if (Math.abs(sum) >= Math.abs(v)) comp[i]! += sum - t + v;
            else comp[i]! += v - t + sum;
            acc[i] = t;
            continue;
          }
          // The sum overflowed: continue as an incremental mean, as MeanAcc does.
          incremental[i] = 1;
          mean[i] = sum / (k - 1);
          comp[i] = comp[i]! / (k - 1);
        }
        const q = (k - 1) / k;
        const c = q * comp[i]!;
        const m = q * mean[i]!;
        const inc = v / k;
        const t = m + inc;
        if (!Number.isFinite(t) && !Number.isNaN(t)) comp[i] = 0;
        else if (Math.abs(m) >= Math.abs(inc)) comp[i] = c + (m - t + inc);
        else comp[i] = c + (inc - t + m);
        mean[i] = t;
      }
    }
  }
  const vals = o.vals;
  for (let i = 0; i < n; i++) {
    const k = cnt[i]!;
    if (k === 0) continue;
    o.has[i] = 1;
    switch (op) {
      case 'sum': {
        const a = acc[i]!;
        vals[i] = Number.isFinite(a) ? a + comp[i]! : a;
        break;
      }
      case 'avg':
        vals[i] = incremental[i] ? mean[i]! + comp[i]! : acc[i]! / k + comp[i]! / k;
        break;
      case 'count':
        vals[i] = k;
        break;
      case 'group':
        vals[i] = 1;
        break;
      default:
        vals[i] = acc[i]!;
    }
  }
  return o;
}

/** Merges two point lists of one output series; undefined when they share a timestamp. */
function mergePoints(a: MatrixSeries, ts: number[], vs: Float64Array): MatrixSeries | undefined {
  const outT: number[] = [];
  const outV: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ts.length || j < ts.length) {
    const ta = i < a.ts.length ? a.ts[i]! : Number.POSITIVE_INFINITY;
    const tb = j < ts.length ? ts[j]! : Number.POSITIVE_INFINITY;
    if (ta === tb) return undefined;
    if (ta < tb) {
      outT.push(ta);
      outV.push(a.vs[i++]!);
    } else {
      outT.push(tb);
      outV.push(vs[j++]!);
    }
  }
  return { labels: a.labels, ts: outT, vs: Float64Array.from(outV) };
}

/**
 * Walks the window (end - range, end] of every step over sorted sample times with two indices
 * that only move forward (window ends never decrease), calling `fn(step, lo, hi)`.
 */
function windows(
  ts: Float64Array,
  ra: RangeArg,
  n: number,
  fn: (i: number, lo: number, hi: number) => void,
): void {
  let lo = 0;
  let hi = 0;
  const len = ts.length;
  for (let i = 0; i < n; i++) {
    const end = ra.end(i);
    const start = end - ra.range;
    if (ra.constant && i > 0) {
      fn(i, lo, hi);
      continue;
    }
    while (lo < len && ts[lo]! <= start) lo++;
    if (hi < lo) hi = lo;
    while (hi < len && ts[hi]! <= end) hi++;
    fn(i, lo, hi);
  }
}

/** The value of a string-literal argument, possibly wrapped in parentheses. */
function strArg(e: Expr): string {
  const u = unwrap(e);
  if (u.kind !== 'string') throw execError('expected a string literal argument');
  return u.value;
}

/**
 * The time at which `info()` reads info series: that of the first selector under its argument,
 * composing the `@` and `offset` of enclosing subqueries with the selector's own.
 */
function infoTimeRef(e: Expr): { at?: AtModifier; offset: number } {
  let at: AtModifier | undefined;
  let offset = 0;
  const apply = (a: AtModifier | undefined, o: number) => {
    if (a !== undefined) {
      at = a;
      offset = o;
    } else offset += o;
  };
  const walk = (x: Expr): boolean => {
    switch (x.kind) {
      case 'vector':
        apply(x.at, x.offset);
        return true;
      case 'matrix':
        apply(x.vs.at, x.vs.offset);
        return true;
      case 'subquery':
        apply(x.at, x.offset);
        return walk(x.expr);
      case 'paren':
      case 'unary':
        return walk(x.expr);
      case 'call':
        return x.args.some(walk);
      case 'aggregate':
        return walk(x.expr);
      case 'binary':
        return walk(x.lhs) || walk(x.rhs);
      default:
        return false;
    }
  };
  walk(e);
  return { at, offset };
}

/**
 * Value at time x interpolated linearly between the samples around it (each within the
 * lookback), held flat when only one side exists. `j` indexes the last sample at or before x.
 * For counters, a decrease between the two samples is read as a reset to zero.
 */
function interpolate(
  ts: ArrayLike<number>,
  vs: ArrayLike<number>,
  len: number,
  j: number,
  x: number,
  lb: number,
  counter: boolean,
): number | undefined {
  if (j >= 0 && ts[j] === x) return vs[j]!;
  const k = j + 1;
  const before = j >= 0 && ts[j]! > x - lb;
  const after = k < len && ts[k]! < x + lb;
  if (before && after) {
    let a = vs[j]!;
    const b = vs[k]!;
    if (counter && b < a) a = 0;
    return a + ((b - a) * (x - ts[j]!)) / (ts[k]! - ts[j]!);
  }
  if (before) return vs[j]!;
  if (after) return vs[k]!;
  return undefined;
}

/** First index in [lo, hi) whose time is > t (hi if none). */
function upperBound(ts: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function hasNaN(vs: Float64Array): boolean {
  for (let k = 0; k < vs.length; k++) if (Number.isNaN(vs[k]!)) return true;
  return false;
}

function isStale(v: number): boolean {
  return Number.isNaN(v) && isStaleNaN(v);
}

/**
 * The columns without stale markers: the same arrays when there are none (the common case, one
 * pass), else filtered copies.
 */
function withoutStaleMarkers(ts: Float64Array, vs: Float64Array): { ts: Float64Array; vs: Float64Array } {
  const len = vs.length;
  let k = 0;
  while (k < len && !isStale(vs[k]!)) k++;
  if (k === len) return { ts, vs };
  const ots = new Float64Array(len);
  const ovs = new Float64Array(len);
  ots.set(ts.subarray(0, k));
  ovs.set(vs.subarray(0, k));
  let n = k;
  for (; k < len; k++) {
    const v = vs[k]!;
    if (isStale(v)) continue;
    ots[n] = ts[k]!;
    ovs[n++] = v;
  }
  return { ts: ots.subarray(0, n), vs: ovs.subarray(0, n) };
}

/** `metric smoothed`: the interpolated value at te (stale markers end the series as usual). */
function smoothedValue(
  ts: Float64Array,
  vals: Float64Array,
  len: number,
  j: number,
  te: number,
  lb: number,
): number | undefined {
  if (j >= 0 && isStale(vals[j]!)) return undefined;
  if (j + 1 < len && isStale(vals[j + 1]!)) return j >= 0 && ts[j]! > te - lb ? vals[j]! : undefined;
  if (j < 0 || ts[j]! <= te - lb) return undefined;
  return interpolate(ts, vals, len, j, te, lb, false);
}

/** Counter increase over a sequence: last - first, plus the value before every reset. */
function counterIncrease(seq: number[]): number {
  let r = seq[seq.length - 1]! - seq[0]!;
  for (let k = 1; k < seq.length; k++) if (seq[k]! < seq[k - 1]!) r += seq[k - 1]!;
  return r;
}

/**
 * `anchored` and `smoothed` range functions: no extrapolation. Anchored prepends the last
 * sample at or before the window start (within the lookback); smoothed replaces both window
 * edges by interpolated values.
 */
function extendedRangeFn(
  f: string,
  mod: 'anchored' | 'smoothed',
  ts: Float64Array,
  vs: Float64Array,
  lo: number,
  hi: number,
  start: number,
  end: number,
  lb: number,
): number | undefined {
  const len = ts.length;
  const counter = f === 'rate' || f === 'increase';
  const seq: number[] = [];
  if (mod === 'anchored') {
    if (hi <= lo) return undefined;
    if (lo > 0 && ts[lo - 1]! > start - lb) seq.push(vs[lo - 1]!);
    for (let k = lo; k < hi; k++) seq.push(vs[k]!);
  } else {
    if (hi === 0 || lo >= len) return undefined;
    const first = interpolate(ts, vs, len, lo - 1, start, lb, counter);
    const last = interpolate(ts, vs, len, hi - 1, end, lb, counter);
    if (first === undefined || last === undefined) return undefined;
    seq.push(first);
    const stop = hi > 0 && ts[hi - 1] === end ? hi - 1 : hi;
    for (let k = lo; k < stop; k++) seq.push(vs[k]!);
    seq.push(last);
  }
  switch (f) {
    case 'increase':
      return counterIncrease(seq);
    case 'rate':
      return counterIncrease(seq) / ((end - start) / 1000);
    case 'delta':
      return seq[seq.length - 1]! - seq[0]!;
    case 'changes': {
      let c = 0;
      for (let k = 1; k < seq.length; k++) {
        const a = seq[k]!;
        const b = seq[k - 1]!;
        if (!(a === b || (Number.isNaN(a) && Number.isNaN(b)))) c++;
      }
      return c;
    }
    case 'resets': {
      let c = 0;
      for (let k = 1; k < seq.length; k++) if (seq[k]! < seq[k - 1]!) c++;
      return c;
    }
  }
  return undefined;
}

function isComparison(op: string): boolean {
  return op === '==' || op === '!=' || op === '>' || op === '<' || op === '>=' || op === '<=';
}

/** Whether the last `binop` comparison held (always true for arithmetic). */
let binopKeep = true;

/**
 * Applies a binary operator to two floats. Comparisons return the left value and report in
 * `binopKeep` whether it holds; a module variable instead of a tuple keeps the hot loops free
 * of allocations.
 */
function binop(op: string, a: number, b: number): number {
  binopKeep = true;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '^':
      return goPow(a, b);
    case 'atan2':
      return Math.atan2(a, b);
    case '==':
      binopKeep = a === b;
      return a;
    case '!=':
      binopKeep = a !== b;
      return a;
    case '>':
      binopKeep = a > b;
      return a;
    case '<':
      binopKeep = a < b;
      return a;
    case '>=':
      binopKeep = a >= b;
      return a;
    case '<=':
      binopKeep = a <= b;
      return a;
  }
  throw execError(`operator ${JSON.stringify(op)} not allowed for these operands`);
}

function signature(ls: Labels, on: boolean, names: string[]): string {
  let s = '';
  if (on) {
    for (const n of [...names].sort()) {
      const v = getLabel(ls, n);
      s += `${n.length}:${n}${v.length}:${v}`;
    }
    return s;
  }
  for (const l of ls) {
    if (l.name === METRIC_NAME || names.includes(l.name)) continue;
    s += `${l.name.length}:${l.name}${l.value.length}:${l.value}`;
  }
  return s;
}

function matchLabels(ls: Labels, on: boolean, names: string[]): Labels {
  if (on) return ls.filter((l) => names.includes(l.name));
  return ls.filter((l) => l.name !== METRIC_NAME && !names.includes(l.name));
}

function resultLabels(
  lhs: Labels,
  rhs: Labels,
  m: { card: string; on: boolean; labels: string[]; include: string[] },
): Labels {
  let out: Label[] = lhs.slice();
  if (m.card === 'one-to-one') {
    if (m.on) out = out.filter((l) => m.labels.includes(l.name));
    else out = out.filter((l) => !m.labels.includes(l.name));
  }
  for (const n of m.include) {
    out = out.filter((l) => l.name !== n);
    const v = getLabel(rhs, n);
    if (v !== '') out.push({ name: n, value: v });
  }
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

/** Drops the metric name, and with it the `__type__`/`__unit__` metadata labels that describe it. */
function dropName(ls: Labels): Labels {
  return ls.some(isNameLabel) ? ls.filter((l) => !isNameLabel(l)) : ls;
}

function isNameLabel(l: Label): boolean {
  return l.name === METRIC_NAME || l.name === '__type__' || l.name === '__unit__';
}

function withLabelSorted(ls: Labels, name: string, value: string): Labels {
  const out = ls.filter((l) => l.name !== name);
  if (value !== '') out.push({ name, value });
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

/** Merges series whose labels became equal (label_replace/join), failing on overlapping steps. */
function mergeSeries(list: SS[], g: Grid): SS[] {
  const byKey = new Map<string, SS>();
  const out: SS[] = [];
  for (const s of list) {
    const k = labelsKey(s.labels);
    const ex = byKey.get(k);
    if (!ex) {
      const c = { ...s, has: s.has.slice(), vals: s.vals.slice() };
      byKey.set(k, c);
      out.push(c);
      continue;
    }
    for (let i = 0; i < g.n; i++) {
      if (!s.has[i]) continue;
      if (ex.has[i]) throw execError('vector cannot contain metrics with the same labelset');
      ex.has[i] = 1;
      ex.vals[i] = s.vals[i]!;
    }
  }
  return out;
}

function fmtLabels(ls: Labels): string {
  return `{${ls.map((l) => `${l.name}=${JSON.stringify(l.value)}`).join(', ')}}`;
}

/** Go's %g for the values that appear in messages. */
function fmtG(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(v);
}

function absentLabels(e0: Expr): Labels {
  const e = e0;
  let ms: VectorSelector['matchers'] | undefined;
  if (e.kind === 'vector') ms = e.matchers;
  else if (e.kind === 'matrix') ms = e.vs.matchers;
  if (!ms) return [];
  const set = new Map<string, string>();
  const has = new Set<string>();
  for (const m of ms) {
    if (m.name === METRIC_NAME) continue;
    if (m.type === '=' && !has.has(m.name)) {
      set.set(m.name, m.value);
      has.add(m.name);
    } else set.delete(m.name);
  }
  const out: Label[] = [];
  for (const [name, value] of set) if (value !== '') out.push({ name, value });
  out.sort((a, b) => (a.name < b.name ? -1 : 1));
  return out;
}

function isValidLabelName(n: string): boolean {
  return n !== '' && !/[\uDC80-\uDCFF\uFFFD]/.test(n);
}

/** Go %q rendering, with bytes of invalid UTF-8 (kept as U+DC80..U+DCFF) shown as \xNN. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xdc80 && c <= 0xdcff) out += `\\x${(c - 0xdc00).toString(16).padStart(2, '0')}`;
    else if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else out += ch;
  }
  return `${out}"`;
}

/** Expands `$1`, `${1}`, `$name`, `${name}` and `$$` like Go's Regexp.Expand. */
function expandTemplate(tpl: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < tpl.length; i++) {
    const c = tpl[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    if (tpl[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    let name: string;
    const rest = tpl.slice(i + 1);
    const br = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
    if (br) {
      name = br[1]!;
      i += br[0].length;
    } else {
      const nm = /^[A-Za-z0-9_]+/.exec(rest);
      if (!nm) {
        out += '$';
        continue;
      }
      name = nm[0];
      i += name.length;
    }
    if (/^\d+$/.test(name)) out += m[Number(name)] ?? '';
    else out += m.groups?.[name] ?? '';
  }
  return out;
}

function parseGoFloat(s: string): number | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  const l = t.toLowerCase();
  if (l === '+inf' || l === 'inf' || l === '+infinity' || l === 'infinity') return Number.POSITIVE_INFINITY;
  if (l === '-inf' || l === '-infinity') return Number.NEGATIVE_INFINITY;
  if (l === 'nan') return Number.NaN;
  const n = Number(t.replace(/_/g, ''));
  return Number.isNaN(n) ? undefined : n;
}

function almostEqual(a: number, b: number, eps: number): boolean {
  if (a === b) return true;
  const minNormal = 2.2250738585072014e-308;
  const absSum = Math.abs(a) + Math.abs(b);
  const diff = Math.abs(a - b);
  if (a === 0 || b === 0 || absSum < minNormal) return diff < eps * minNormal;
  return diff / Math.min(absSum, Number.MAX_VALUE) < eps;
}

/** Prometheus' classic-bucket quantile; second result: monotonicity had to be forced. */
/** Set by `bucketQuantile`: the counts had to be made monotonic (reported as an info). */
let bucketForced = false;

/**
 * Prometheus' `bucketQuantile` over classic buckets given as columns: `ubs[0..k)` strictly
 * ascending upper bounds and `cs` their cumulative counts (fixed up in place for monotonicity).
 */
function bucketQuantile(q: number, ubs: Float64Array, cs: Float64Array, k: number): number {
  bucketForced = false;
  if (Number.isNaN(q)) return Number.NaN;
  if (q < 0) return Number.NEGATIVE_INFINITY;
  if (q > 1) return Number.POSITIVE_INFINITY;
  if (ubs[k - 1] !== Number.POSITIVE_INFINITY) return Number.NaN;
  let prev = cs[0]!;
  for (let i = 1; i < k; i++) {
    const cur = cs[i]!;
    if (cur === prev) continue;
    if (almostEqual(prev, cur, 1e-12)) {
      cs[i] = prev;
      continue;
    }
    if (cur < prev) {
      cs[i] = prev;
      bucketForced = true;
      continue;
    }
    prev = cur;
  }
  if (k < 2) return Number.NaN;
  const obs = cs[k - 1]!;
  if (obs === 0) return Number.NaN;
  let rank = q * obs;
  let b = 0;
  while (b < k - 1 && !(cs[b]! >= rank)) b++;
  if (b === k - 1) return ubs[k - 2]!;
  if (b === 0 && ubs[0]! <= 0) return ubs[0]!;
  let start = 0;
  const end = ubs[b]!;
  let count = cs[b]!;
  if (b > 0) {
    start = ubs[b - 1]!;
    count -= cs[b - 1]!;
    rank -= cs[b - 1]!;
  }
  return start + (end - start) * (rank / count);
}

function naturalCompare(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

function dateFn(f: string, v: number): number {
  const d = new Date(v * 1000);
  switch (f) {
    case 'days_in_month':
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    case 'day_of_month':
      return d.getUTCDate();
    case 'day_of_week':
      return d.getUTCDay();
    case 'day_of_year':
      return (
        Math.floor(
          (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) -
            Date.UTC(d.getUTCFullYear(), 0, 1)) /
            dayMs,
        ) + 1
      );
    case 'hour':
      return d.getUTCHours();
    case 'minute':
      return d.getUTCMinutes();
    case 'month':
      return d.getUTCMonth() + 1;
    default:
      return d.getUTCFullYear();
  }
}

const simpleFns: Record<string, (v: number) => number> = {
  abs: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  exp: Math.exp,
  sqrt: Math.sqrt,
  ln: Math.log,
  log2: Math.log2,
  log10: Math.log10,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  deg: (v) => (v * 180) / Math.PI,
  rad: (v) => (v * Math.PI) / 180,
  sgn: (v) => (v > 0 ? 1 : v < 0 ? -1 : v),
};

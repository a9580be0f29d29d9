/**
 * Alert templates: the subset of Go's `text/template` that Prometheus rule files use in labels and
 * annotations, with Prometheus' function set. `{{ $labels.phase }}`, `{{ $value | humanize }}`,
 * `{{ .Labels.device }}`, pipelines, `printf`, `if`/`else if`/`else`/`range`/`with`/`end`, variable
 * declarations, comments and `{{-`/`-}}` trimming are supported; `define`, `template` and `block`
 * are not (a file using them is refused with that reason). Templates are compiled once when a rule
 * file loads, so an unknown function or undefined variable fails the load, as `promtool check
 * rules` does; expansion is asynchronous because `query` runs PromQL. Missing map keys expand to
 * "" (Prometheus sets `missingkey=zero`).
 */
import { RulesError } from './errors.ts';
import { formatValue, goFloat, goG, goSprintf } from './gofmt.ts';

type Operand =
  | { k: 'dot'; fields: string[] }
  | { k: 'var'; name: string; fields: string[] }
  | { k: 'fn'; name: string }
  | { k: 'lit'; v: unknown }
  | { k: 'pipe'; pipe: Pipe; fields: string[] };
type Cmd = Operand[];
interface Pipe {
  decl?: string[];
  cmds: Cmd[];
}
type Node =
  | { k: 'text'; s: string }
  | { k: 'out'; pipe: Pipe }
  | { k: 'if'; branches: { cond: Pipe; body: Node[] }[]; otherwise?: Node[] }
  | { k: 'range' | 'with'; pipe: Pipe; body: Node[]; otherwise?: Node[] };

/** One sample as templates see it (`.Labels`, `.Value`), e.g. from `query`. */
export interface TemplateSample {
  Labels: Record<string, string>;
  Value: number;
}

export interface TemplateData {
  labels: Record<string, string>;
  externalLabels?: Record<string, string>;
  externalURL?: string;
  value: number | string;
}

export interface TemplateContext {
  /** Runs an instant query for the `query` function. */
  query?: (expr: string) => Promise<TemplateSample[]>;
  /** Evaluation time in ms (for `humanizeTimestamp` defaults and `query`). */
  timeMs?: number;
}

const FUNCS = new Set([
  'and',
  'or',
  'not',
  'len',
  'index',
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'print',
  'printf',
  'println',
  'html',
  'js',
  'urlquery',
  'slice',
  'call',
  'humanize',
  'humanize1024',
  'humanizeDuration',
  'humanizePercentage',
  'humanizeTimestamp',
  'toUpper',
  'toLower',
  'title',
  'reReplaceAll',
  'match',
  'query',
  'first',
  'label',
  'value',
  'strvalue',
  'sortByLabel',
  'safeHtml',
  'pathPrefix',
  'externalURL',
  'stripPort',
  'stripDomain',
  'parseDuration',
  'toTime',
  'toDuration',
  'args',
  'tmpl',
  'now',
]);

/** Variables Prometheus defines before every alert template. */
const PREDEFINED = ['$', '$labels', '$externalLabels', '$externalURL', '$value'];

/** A compiled template. */
export class Template {
  private constructor(
    readonly source: string,
    private readonly nodes: Node[],
  ) {}

  /** Compiles `source`; throws RulesError RULES_TEMPLATE_INVALID with the reason. */
  static compile(source: string, name = 'template'): Template {
    try {
      return new Template(source, new Parser(source).parseAll());
    } catch (err) {
      if (err instanceof TplSyntax)
        throw new RulesError('RULES_TEMPLATE_INVALID', `template: ${name}: ${err.message}`);
      throw err;
    }
  }

  /** True when the source contains no actions (expansion would return it unchanged). */
  get isStatic(): boolean {
    return this.nodes.every((n) => n.k === 'text');
  }

  async expand(data: TemplateData, ctx: TemplateContext = {}): Promise<string> {
    const dot = {
      Labels: data.labels,
      ExternalLabels: data.externalLabels ?? {},
      ExternalURL: data.externalURL ?? '',
      Value: data.value,
    };
    const vars = new Map<string, unknown>([
      ['$', dot],
      ['$labels', dot.Labels],
      ['$externalLabels', dot.ExternalLabels],
      ['$externalURL', dot.ExternalURL],
      ['$value', dot.Value],
    ]);
    const ex = new Exec(ctx, dot.ExternalURL);
    await ex.run(this.nodes, dot, [vars]);
    return ex.out;
  }
}

class TplSyntax extends Error {}

// ---------------------------------------------------------------------------------------------
// Parsing

type Tok = { t: 'str' | 'num' | 'ident' | 'var' | 'field' | 'dot' | 'op'; v: string; fields?: string[] };

function lexAction(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const identRe = /[A-Za-z_][A-Za-z0-9_]*/y;
  const fieldsRe = /(?:\.[A-Za-z_][A-Za-z0-9_]*)+/y;
  const numRe = /[-+]?(?:0x[0-9a-fA-F]+|\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)/y;
  const readFields = (): string[] => {
    fieldsRe.lastIndex = i;
    const m = fieldsRe.exec(src);
    if (!m) return [];
    i += m[0].length;
    return m[0].slice(1).split('.');
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new TplSyntax('unterminated quoted string');
      const raw = src.slice(i, j + 1);
      try {
        out.push({
          t: 'str',
          v: JSON.parse(
            raw.replace(
              /\\([abfv'])/g,
              (_m, e: string) =>
                `\\u00${({ a: '07', b: '08', f: '0c', v: '0b', "'": '27' } as Record<string, string>)[e]}`,
            ),
          ) as string,
        });
      } catch {
        throw new TplSyntax(`bad string syntax: ${raw}`);
      }
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const j = src.indexOf('`', i + 1);
      if (j < 0) throw new TplSyntax('unterminated raw quoted string');
      out.push({ t: 'str', v: src.slice(i + 1, j) });
      i = j + 1;
      continue;
    }
    if (c === '$') {
      identRe.lastIndex = i + 1;
      const m = identRe.exec(src);
      const name = `$${m ? m[0] : ''}`;
      i += name.length;
      out.push({ t: 'var', v: name, fields: readFields() });
      continue;
    }
    if (c === '.') {
      const f = readFields();
      if (f.length > 0) out.push({ t: 'field', v: '.', fields: f });
      else {
        numRe.lastIndex = i;
        const n = numRe.exec(src);
        if (n && n[0].length > 1) {
          out.push({ t: 'num', v: n[0] });
          i += n[0].length;
        } else {
          out.push({ t: 'dot', v: '.' });
          i++;
        }
      }
      continue;
    }
    if (c === ':' && src[i + 1] === '=') {
      out.push({ t: 'op', v: ':=' });
      i += 2;
      continue;
    }
    if ('|()=,'.includes(c)) {
      out.push({ t: 'op', v: c });
      i++;
      if (c === ')') {
        const f = readFields();
        if (f.length) out.push({ t: 'field', v: ')', fields: f });
      }
      continue;
    }
    if (/[-+0-9]/.test(c)) {
      numRe.lastIndex = i;
      const n = numRe.exec(src);
      if (n) {
        out.push({ t: 'num', v: n[0] });
        i += n[0].length;
        continue;
      }
    }
    identRe.lastIndex = i;
    const m = identRe.exec(src);
    if (m) {
      out.push({ t: 'ident', v: m[0] });
      i += m[0].length;
      continue;
    }
    if (c === "'") {
      const j = src.indexOf("'", i + 1);
      if (j < 0) throw new TplSyntax('unterminated character constant');
      out.push({ t: 'num', v: String(src.codePointAt(i + 1) ?? 0) });
      i = j + 1;
      continue;
    }
    throw new TplSyntax(`unexpected ${JSON.stringify(c)} in command`);
  }
  return out;
}

interface RawAction {
  text: string;
}

class Parser {
  private items: (string | RawAction)[] = [];
  private pos = 0;
  private scopes: Set<string>[] = [new Set(PREDEFINED)];
  constructor(src: string) {
    let i = 0;
    let text = '';
    while (i < src.length) {
      const open = src.indexOf('{{', i);
      if (open < 0) {
        text += src.slice(i);
        break;
      }
      text += src.slice(i, open);
      let start = open + 2;
      if (src[start] === '-' && /\s/.test(src[start + 1] ?? '')) {
        text = text.replace(/\s+$/, '');
        start += 2;
      }
      // Comments may contain "}}".
      let close: number;
      if (src.startsWith('/*', src.slice(start).search(/\S/) + start)) {
        const end = src.indexOf('*/', start);
        if (end < 0) throw new TplSyntax('unclosed comment');
        close = src.indexOf('}}', end);
      } else close = findClose(src, start);
      if (close < 0) throw new TplSyntax('unclosed action');
      let end = close;
      let trimRight = false;
      if (src[close - 1] === '-' && /\s/.test(src[close - 2] ?? '')) {
        end = close - 2;
        trimRight = true;
      }
      if (text !== '') this.items.push(text);
      text = '';
      const body = src.slice(start, end).trim();
      if (!body.startsWith('/*')) this.items.push({ text: body });
      i = close + 2;
      if (trimRight) {
        const m = /^\s*/.exec(src.slice(i));
        i += m ? m[0].length : 0;
      }
    }
    if (text !== '') this.items.push(text);
  }

  parseAll(): Node[] {
    const { nodes, stop } = this.parseList();
    if (stop) throw new TplSyntax(`unexpected {{${stop}}}`);
    return nodes;
  }

  /** Parses until `end`/`else` (returned as `stop`) or the end of input. */
  private parseList(): { nodes: Node[]; stop?: string; stopRest?: string } {
    const nodes: Node[] = [];
    while (this.pos < this.items.length) {
      const it = this.items[this.pos++]!;
      if (typeof it === 'string') {
        nodes.push({ k: 'text', s: it });
        continue;
      }
      const m = /^([A-Za-z]+)\b\s*([\s\S]*)$/.exec(it.text);
      const kw = m?.[1];
      const rest = m?.[2] ?? '';
      if (kw === 'end' || kw === 'else') return { nodes, stop: kw, stopRest: rest };
      if (kw === 'if') nodes.push(this.parseIf(rest));
      else if (kw === 'range' || kw === 'with') nodes.push(this.parseBlock(kw, rest));
      else if (kw === 'define' || kw === 'template' || kw === 'block')
        throw new TplSyntax(`{{${kw}}} is not supported in sensorpath rule templates`);
      else if (kw === 'break' || kw === 'continue') throw new TplSyntax(`{{${kw}}} is not supported`);
      else {
        if (it.text === '') throw new TplSyntax('missing value for command');
        nodes.push({ k: 'out', pipe: this.pipe(it.text) });
      }
    }
    return { nodes };
  }

  private parseIf(condText: string): Node {
    const branches: { cond: Pipe; body: Node[] }[] = [];
    let cond = condText;
    for (;;) {
      this.scopes.push(new Set());
      const c = this.pipe(cond);
      const r = this.parseList();
      this.scopes.pop();
      branches.push({ cond: c, body: r.nodes });
      if (r.stop === 'end') return { k: 'if', branches };
      if (r.stop === 'else') {
        const m = /^if\b\s*([\s\S]*)$/.exec(r.stopRest ?? '');
        if (m) {
          cond = m[1] ?? '';
          continue;
        }
        this.scopes.push(new Set());
        const e = this.parseList();
        this.scopes.pop();
        if (e.stop !== 'end') throw new TplSyntax('unexpected EOF: missing {{end}}');
        return { k: 'if', branches, otherwise: e.nodes };
      }
      throw new TplSyntax('unexpected EOF: missing {{end}}');
    }
  }

  private parseBlock(kw: 'range' | 'with', text: string): Node {
    this.scopes.push(new Set());
    const p = this.pipe(text);
    const r = this.parseList();
    this.scopes.pop();
    if (r.stop === 'end') return { k: kw, pipe: p, body: r.nodes };
    if (r.stop !== 'else') throw new TplSyntax('unexpected EOF: missing {{end}}');
    const e = this.parseList();
    if (e.stop !== 'end') throw new TplSyntax('unexpected EOF: missing {{end}}');
    return { k: kw, pipe: p, body: r.nodes, otherwise: e.nodes };
  }

  private defined(name: string): boolean {
    return this.scopes.some((s) => s.has(name));
  }

  private pipe(text: string): Pipe {
    const toks = lexAction(text);
    let i = 0;
    let decl: string[] | undefined;
    // `$x := pipeline`, `$x = pipeline`, `$i, $e := pipeline`
    const di = toks.findIndex((t) => t.t === 'op' && (t.v === ':=' || t.v === '='));
    if (di > 0 && toks.slice(0, di).every((t) => t.t === 'var' || (t.t === 'op' && t.v === ','))) {
      decl = toks
        .slice(0, di)
        .filter((t) => t.t === 'var')
        .map((t) => t.v);
      i = di + 1;
      if (toks[di]!.v === '=') {
        for (const d of decl) if (!this.defined(d)) throw new TplSyntax(`undefined variable "${d}"`);
      }
    }
    const [p, next] = this.parsePipe(toks, i, false);
    if (next < toks.length) throw new TplSyntax(`unexpected ${toks[next]!.v} in operand`);
    if (decl) {
      const top = this.scopes[this.scopes.length - 1]!;
      for (const d of decl) top.add(d);
      p.decl = decl;
    }
    if (p.cmds.length === 0) throw new TplSyntax('missing value for command');
    return p;
  }

  private parsePipe(toks: Tok[], start: number, inParen: boolean): [Pipe, number] {
    const cmds: Cmd[] = [];
    let cur: Cmd = [];
    let i = start;
    while (i < toks.length) {
      const t = toks[i]!;
      if (t.t === 'op' && t.v === ')') {
        if (!inParen) throw new TplSyntax('unexpected right paren');
        break;
      }
      i++;
      if (t.t === 'op' && t.v === '|') {
        if (cur.length === 0) throw new TplSyntax('missing command before |');
        cmds.push(cur);
        cur = [];
        continue;
      }
      if (t.t === 'op' && t.v === '(') {
        const [inner, j] = this.parsePipe(toks, i, true);
        if (toks[j]?.v !== ')') throw new TplSyntax('unclosed left paren');
        i = j + 1;
        let fields: string[] = [];
        if (toks[i]?.t === 'field' && toks[i]!.v === ')') fields = toks[i++]!.fields ?? [];
        cur.push({ k: 'pipe', pipe: inner, fields });
        continue;
      }
      cur.push(this.operand(t));
    }
    if (cur.length > 0) cmds.push(cur);
    else if (cmds.length > 0) throw new TplSyntax('missing command after |');
    return [{ cmds }, i];
  }

  private operand(t: Tok): Operand {
    switch (t.t) {
      case 'str':
        return { k: 'lit', v: t.v };
      case 'num': {
        const v = Number(t.v);
        if (Number.isNaN(v)) throw new TplSyntax(`bad number syntax: ${t.v}`);
        return { k: 'lit', v };
      }
      case 'dot':
        return { k: 'dot', fields: [] };
      case 'field':
        return { k: 'dot', fields: t.fields ?? [] };
      case 'var':
        if (!this.defined(t.v)) throw new TplSyntax(`undefined variable "${t.v}"`);
        return { k: 'var', name: t.v, fields: t.fields ?? [] };
      case 'ident':
        if (t.v === 'true' || t.v === 'false') return { k: 'lit', v: t.v === 'true' };
        if (t.v === 'nil') return { k: 'lit', v: undefined };
        if (!FUNCS.has(t.v)) throw new TplSyntax(`function "${t.v}" not defined`);
        return { k: 'fn', name: t.v };
      case 'op':
        throw new TplSyntax(`unexpected "${t.v}" in operand`);
    }
  }
}

/** Finds the `}}` closing an action, skipping quoted strings. */
function findClose(src: string, from: number): number {
  let i = from;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '`') {
      const j = src.indexOf('`', i + 1);
      if (j < 0) return -1;
      i = j + 1;
      continue;
    }
    if (c === '}' && src[i + 1] === '}') return i;
    i++;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Execution

class TplExec extends Error {}

function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  return true;
}

function toFloat(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '+Inf' || s === 'Inf') return Number.POSITIVE_INFINITY;
    if (s === '-Inf') return Number.NEGATIVE_INFINITY;
    if (s === 'NaN') return Number.NaN;
    const n = Number(s);
    if (s === '' || Number.isNaN(n))
      throw new TplExec(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
    return n;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new TplExec(`can't convert ${formatValue(v)} to float`);
}

function scaled(v0: number, base: number, up: string[], down: string[] | undefined): string {
  let v = v0;
  if (v === 0 || !Number.isFinite(v)) return goG(v, 4);
  if (Math.abs(v) >= 1 || !down) {
    let prefix = '';
    for (const p of up) {
      if (Math.abs(v) < base) break;
      prefix = p;
      v /= base;
    }
    return goG(v, 4) + prefix;
  }
  let prefix = '';
  for (const p of down) {
    if (Math.abs(v) >= 1) break;
    prefix = p;
    v *= 1000;
  }
  return goG(v, 4) + prefix;
}

const SMALL = ['m', 'u', 'n', 'p', 'f', 'a', 'z', 'y'];

export function humanize(v: number): string {
  return scaled(v, 1000, ['k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'], SMALL);
}

export function humanizeDuration(v0: number): string {
  let v = v0;
  if (!Number.isFinite(v)) return goG(v, 4);
  if (v === 0) return `${goG(v, 4)}s`;
  if (Math.abs(v) >= 1) {
    let sign = '';
    if (v < 0) {
      sign = '-';
      v = -v;
    }
    const d = Math.trunc(v);
    const seconds = d % 60;
    const minutes = Math.trunc(d / 60) % 60;
    const hours = Math.trunc(d / 3600) % 24;
    const days = Math.trunc(d / 86400);
    if (days !== 0) return `${sign}${days}d ${hours}h ${minutes}m ${seconds}s`;
    if (hours !== 0) return `${sign}${hours}h ${minutes}m ${seconds}s`;
    if (minutes !== 0) return `${sign}${minutes}m ${seconds}s`;
    return `${sign}${goG(v, 4)}s`;
  }
  let prefix = '';
  for (const p of SMALL) {
    if (Math.abs(v) >= 1) break;
    prefix = p;
    v *= 1000;
  }
  return `${goG(v, 4)}${prefix}s`;
}

/** Go's `time.Time.String()` in UTC: `2006-01-02 15:04:05.999999999 +0000 UTC`. */
export function goTimeString(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  let frac = '';
  const sub = ((ms % 1000) + 1000) % 1000;
  if (sub !== 0) frac = `.${pad(Math.round(sub), 3)}`.replace(/0+$/, '');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}${frac} +0000 UTC`;
}

function cmpArgs(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new TplExec(`incompatible types for comparison: ${typeof a} and ${typeof b}`);
}

class Exec {
  out = '';
  constructor(
    private readonly ctx: TemplateContext,
    private readonly externalURL: string,
  ) {}

  async run(nodes: Node[], dot: unknown, vars: Map<string, unknown>[]): Promise<void> {
    for (const n of nodes) {
      switch (n.k) {
        case 'text':
          this.out += n.s;
          break;
        case 'out': {
          const v = await this.pipe(n.pipe, dot, vars);
          if (!n.pipe.decl) this.out += formatValue(v);
          break;
        }
        case 'if': {
          let done = false;
          for (const b of n.branches) {
            const scope = [...vars, new Map()];
            if (truthy(await this.pipe(b.cond, dot, scope))) {
              await this.run(b.body, dot, scope);
              done = true;
              break;
            }
          }
          if (!done && n.otherwise) await this.run(n.otherwise, dot, [...vars, new Map()]);
          break;
        }
        case 'with': {
          const scope = [...vars, new Map()];
          const v = await this.pipe(n.pipe, dot, scope, true);
          if (truthy(v)) await this.run(n.body, v, scope);
          else if (n.otherwise) await this.run(n.otherwise, dot, [...vars, new Map()]);
          break;
        }
        case 'range': {
          const scope = [...vars, new Map<string, unknown>()];
          const v = await this.pipe(n.pipe, dot, scope, true);
          const entries: [unknown, unknown][] = Array.isArray(v)
            ? v.map((e, i) => [i, e])
            : v && typeof v === 'object'
              ? Object.keys(v)
                  .sort()
                  .map((k) => [k, (v as Record<string, unknown>)[k]])
              : typeof v === 'number'
                ? Array.from({ length: Math.max(0, Math.trunc(v)) }, (_x, i) => [i, i])
                : [];
          const decl = n.pipe.decl;
          for (const [k, e] of entries) {
            const top = scope[scope.length - 1]!;
            if (decl?.length === 1) top.set(decl[0]!, e);
            else if (decl && decl.length >= 2) {
              top.set(decl[0]!, k);
              top.set(decl[1]!, e);
            }
            await this.run(n.body, e, scope);
          }
          if (entries.length === 0 && n.otherwise) await this.run(n.otherwise, dot, [...vars, new Map()]);
          break;
        }
      }
    }
  }

  private lookup(vars: Map<string, unknown>[], name: string): unknown {
    for (let i = vars.length - 1; i >= 0; i--) if (vars[i]!.has(name)) return vars[i]!.get(name);
    throw new TplExec(`undefined variable "${name}"`);
  }

  private async pipe(
    p: Pipe,
    dot: unknown,
    vars: Map<string, unknown>[],
    rangeDecl = false,
  ): Promise<unknown> {
    let v: unknown;
    let first = true;
    for (const c of p.cmds) {
      v = await this.cmd(c, dot, vars, first ? undefined : { v });
      first = false;
    }
    if (p.decl && !rangeDecl) {
      const name = p.decl[0]!;
      // `=` assigns to the nearest declaration; `:=` declares in the innermost scope.
      let set = false;
      for (let i = vars.length - 1; i >= 0 && !set; i--)
        if (vars[i]!.has(name)) {
          vars[i]!.set(name, v);
          set = true;
        }
      if (!set) vars[vars.length - 1]!.set(name, v);
    }
    return v;
  }

  private fields(v0: unknown, fields: string[]): unknown {
    let v = v0;
    for (const f of fields) {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        v = Object.hasOwn(o, f) ? o[f] : '';
      } else throw new TplExec(`can't evaluate field ${f} in type ${typeof v}`);
    }
    return v;
  }

  private async arg(o: Operand, dot: unknown, vars: Map<string, unknown>[]): Promise<unknown> {
    switch (o.k) {
      case 'lit':
        return o.v;
      case 'dot':
        return this.fields(dot, o.fields);
      case 'var':
        return this.fields(this.lookup(vars, o.name), o.fields);
      case 'pipe':
        return this.fields(await this.pipe(o.pipe, dot, vars), o.fields);
      case 'fn':
        return this.call(o.name, []);
    }
  }

  private async cmd(
    c: Cmd,
    dot: unknown,
    vars: Map<string, unknown>[],
    piped: { v: unknown } | undefined,
  ): Promise<unknown> {
    const head = c[0]!;
    if (head.k === 'fn') {
      const args: unknown[] = [];
      if (head.name === 'and' || head.name === 'or') {
        // Short-circuit, as Go does.
        let last: unknown;
        const ops = c.slice(1);
        for (let i = 0; i <= ops.length; i++) {
          last = i < ops.length ? await this.arg(ops[i]!, dot, vars) : piped?.v;
          if (i === ops.length && !piped) break;
          if (head.name === 'and' ? !truthy(last) : truthy(last)) return last;
        }
        return last;
      }
      for (const o of c.slice(1)) args.push(await this.arg(o, dot, vars));
      if (piped) args.push(piped.v);
      return this.call(head.name, args);
    }
    if (c.length > 1 || piped) throw new TplExec(`can't give argument to non-function ${formatValue(head)}`);
    return this.arg(head, dot, vars);
  }

  private async call(name: string, a: unknown[]): Promise<unknown> {
    const need = (n: number) => {
      if (a.length !== n) throw new TplExec(`wrong number of args for ${name}: want ${n} got ${a.length}`);
    };
    switch (name) {
      case 'not':
        need(1);
        return !truthy(a[0]);
      case 'len': {
        need(1);
        const x = a[0];
        if (typeof x === 'string' || Array.isArray(x)) return x.length;
        if (x && typeof x === 'object') return Object.keys(x).length;
        throw new TplExec(`len of ${typeof x}`);
      }
      case 'index': {
        let x = a[0];
        for (const k of a.slice(1)) {
          if (Array.isArray(x)) x = x[Number(k)];
          else if (x && typeof x === 'object') x = (x as Record<string, unknown>)[String(k)] ?? '';
          else throw new TplExec(`can't index item of type ${typeof x}`);
        }
        return x;
      }
      case 'eq':
        if (a.length < 2) throw new TplExec('missing argument for comparison');
        return a.slice(1).some((b) => cmpArgs(a[0], b) === 0);
      case 'ne':
        need(2);
        return cmpArgs(a[0], a[1]) !== 0;
      case 'lt':
        need(2);
        return cmpArgs(a[0], a[1]) < 0;
      case 'le':
        need(2);
        return cmpArgs(a[0], a[1]) <= 0;
      case 'gt':
        need(2);
        return cmpArgs(a[0], a[1]) > 0;
      case 'ge':
        need(2);
        return cmpArgs(a[0], a[1]) >= 0;
      case 'print':
        return a
          .map(
            (x, i) =>
              (i > 0 && typeof x !== 'string' && typeof a[i - 1] !== 'string' ? ' ' : '') + formatValue(x),
          )
          .join('');
      case 'println':
        return `${a.map(formatValue).join(' ')}\n`;
      case 'printf':
        if (a.length < 1) throw new TplExec('wrong number of args for printf');
        return goSprintf(String(a[0]), a.slice(1));
      case 'html':
      case 'safeHtml':
        return name === 'safeHtml'
          ? String(a[0])
          : a
              .map(formatValue)
              .join('')
              .replace(/&/g, '&amp;')
              .replace(/</g, '&lt;')
              .replace(/>/g, '&gt;')
              .replace(/"/g, '&#34;')
              .replace(/'/g, '&#39;');
      case 'js':
        return JSON.stringify(a.map(formatValue).join('')).slice(1, -1);
      case 'urlquery':
        return encodeURIComponent(a.map(formatValue).join(''));
      case 'humanize':
        need(1);
        return humanize(toFloat(a[0]));
      case 'humanize1024':
        need(1);
        return scaled(toFloat(a[0]), 1024, ['ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'Zi', 'Yi'], undefined);
      case 'humanizeDuration':
        need(1);
        return humanizeDuration(toFloat(a[0]));
      case 'humanizePercentage':
        need(1);
        return `${goG(toFloat(a[0]) * 100, 4)}%`;
      case 'humanizeTimestamp': {
        need(1);
        const v = toFloat(a[0]);
        if (!Number.isFinite(v)) return goG(v, 4);
        return goTimeString(v * 1000);
      }
      case 'toTime':
        need(1);
        return goTimeString(toFloat(a[0]) * 1000);
      case 'toUpper':
        need(1);
        return String(a[0]).toUpperCase();
      case 'toLower':
        need(1);
        return String(a[0]).toLowerCase();
      case 'title':
        need(1);
        return String(a[0]).replace(
          /(^|[^\p{L}\p{N}_'])(\p{L})/gu,
          (_m, p: string, l: string) => p + l.toUpperCase(),
        );
      case 'match':
        need(2);
        return new RegExp(String(a[0]), 'u').test(String(a[1]));
      case 'reReplaceAll': {
        need(3);
        const re = new RegExp(String(a[0]), 'gu');
        return String(a[2]).replace(re, String(a[1]).replace(/\$\{(\w+)\}/g, '$$$1'));
      }
      case 'query': {
        need(1);
        if (!this.ctx.query) throw new TplExec('query is not available in this template');
        return this.ctx.query(String(a[0]));
      }
      case 'first': {
        need(1);
        const x = a[0];
        if (!Array.isArray(x) || x.length === 0)
          throw new TplExec('first() called on vector with no elements');
        return x[0];
      }
      case 'label': {
        need(2);
        const s = a[1] as TemplateSample | undefined;
        return s?.Labels?.[String(a[0])] ?? '';
      }
      case 'value':
        need(1);
        return (a[0] as TemplateSample).Value;
      case 'strvalue':
        need(1);
        return (a[0] as TemplateSample).Labels?.__value__ ?? '';
      case 'sortByLabel': {
        need(2);
        const l = String(a[0]);
        const arr = [...((a[1] as TemplateSample[]) ?? [])];
        arr.sort((x, y) =>
          (x.Labels[l] ?? '') < (y.Labels[l] ?? '') ? -1 : (x.Labels[l] ?? '') > (y.Labels[l] ?? '') ? 1 : 0,
        );
        return arr;
      }
      case 'pathPrefix':
        return '';
      case 'externalURL':
        return this.externalURL;
      case 'stripPort': {
        need(1);
        const s = String(a[0]);
        const m = /^\[(.*)\]:\d+$/.exec(s) ?? /^([^:]*):\d+$/.exec(s);
        return m ? m[1] : s;
      }
      case 'stripDomain': {
        need(1);
        const s = String(a[0]);
        const m = /^([^.:]+)[^:]*(:\d+)?$/.exec(s);
        return m && !/^\d+\.\d+\.\d+\.\d+/.test(s) ? m[1]! + (m[2] ?? '') : s;
      }
      case 'parseDuration': {
        need(1);
        const m = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(
          String(a[0]),
        );
        if (!m || String(a[0]) === '')
          throw new TplExec(`not a valid duration string: ${JSON.stringify(a[0])}`);
        const mult = [31536000, 604800, 86400, 3600, 60, 1, 0.001];
        return m.slice(1).reduce((s, g, i) => s + (g ? Number(g) * mult[i]! : 0), 0);
      }
      case 'toDuration':
        need(1);
        return goFloat(toFloat(a[0]));
      case 'now':
        return (this.ctx.timeMs ?? Date.now()) / 1000;
      case 'args':
        return Object.fromEntries(a.map((x, i) => [`arg${i}`, x]));
      default:
        throw new TplExec(`function ${name} is not supported in sensorpath`);
    }
  }
}

/** Expands and maps execution errors to RulesError RULES_TEMPLATE_EXEC. */
export async function expandTemplate(
  t: Template,
  data: TemplateData,
  ctx: TemplateContext = {},
  name = 'template',
): Promise<string> {
  try {
    return await t.expand(data, ctx);
  } catch (err) {
    if (err instanceof TplExec)
      throw new RulesError('RULES_TEMPLATE_EXEC', `error expanding template ${name}: ${err.message}`, {
        cause: err,
      });
    throw err;
  }
}

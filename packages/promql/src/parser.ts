/**
 * Parses PromQL with `@prometheus-io/lezer-promql` and converts the lezer syntax tree into the
 * engine's AST (`ast.ts`), checking types the way Prometheus' parser does (function argument types,
 * operand types, `bool` placement) so the engine only ever sees well-typed trees. lezer recovers
 * from syntax errors by inserting error nodes; any such node makes the whole query a parse error.
 * Duration expressions (`[5m+1m]`, `step()`, `range()`) are folded here, which is why the query's
 * step and range are parse options.
 */
import type { SyntaxNode } from '@lezer/common';
import { parser } from '@prometheus-io/lezer-promql';
import { type Matcher, type MatchType, newMatcher } from '@sensorpath/storage';
import {
  type AtModifier,
  type Binary,
  type Expr,
  functionSignatures,
  type Subquery,
  typeOf,
  type ValueType,
  type VectorMatching,
  type VectorSelector,
} from './ast.ts';
import { PromqlError } from './errors.ts';
import { newPromMatcher } from './regex.ts';

export interface ParseOptions {
  /** Query step in ms for `step()` in durations (0 for instant queries). */
  stepMs?: number;
  /** Query range (end - start) in ms for `range()` in durations. */
  rangeMs?: number;
}

const aggregateOps = new Set([
  'sum',
  'avg',
  'count',
  'min',
  'max',
  'group',
  'stddev',
  'stdvar',
  'topk',
  'bottomk',
  'quantile',
  'count_values',
  'limitk',
  'limit_ratio',
]);

const comparisonOps = new Set(['==', '!=', '>', '<', '>=', '<=']);
const setOps = new Set(['and', 'or', 'unless']);

function parseError(msg: string): PromqlError {
  return new PromqlError('PROMQL_PARSE', msg);
}

/**
 * Go's lexer accepts a number with a trailing dot (`2.`) that the lezer grammar rejects. Outside
 * string literals such a dot is replaced by a space, which keeps every position unchanged.
 */
function fixTrailingDots(q: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < q.length; i++) {
    const c = q[i]!;
    if (quote) {
      if (c === '\\' && quote !== '`') {
        out += c + (q[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === quote) quote = '';
      out += c;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    if (
      c === '.' &&
      /[0-9]/.test(q[i - 1] ?? '') &&
      !/[0-9]/.test(q[i + 1] ?? '') &&
      !/[A-Za-z_:]/.test(q[i - 2] ?? '')
    ) {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * `min_of(a, b)`/`max_of(a, b)` as scalar functions are newer than the lezer grammar, which only
 * knows them inside durations. They are parsed under a same-length name the grammar knows; the
 * converter reads the real name back from the original text.
 */
function fixScalarMinMax(q: string): string {
  return q
    .replace(/\b(step|range)(?=\s*\(\s*\))/gi, (m) => m.toLowerCase())
    .replace(/\b(min_of|max_of)(?=\s*\()/gi, (m) => m.toLowerCase());
}

function minute(q: string): string {
  return q.replace(/\b(min_of|max_of)(?=\s*\()/g, 'minute');
}

function hasError(tree: ReturnType<typeof parser.parse>): SyntaxNode | undefined {
  let bad: SyntaxNode | undefined;
  tree.iterate({
    enter(n) {
      if (bad) return false;
      if (n.type.isError) bad = n.node;
      return undefined;
    },
  });
  return bad;
}

export function parseExpr(query0: string, opts: ParseOptions = {}): Expr {
  let query = query0;
  let tree = parser.parse(query);
  if (hasError(tree)) {
    // Try the case-only fix first: it keeps `min_of` in duration context, where lezer knows it.
    for (const fixed of [
      fixScalarMinMax(query),
      fixTrailingDots(fixScalarMinMax(query)),
      fixTrailingDots(minute(fixScalarMinMax(query))),
    ]) {
      if (fixed === query) continue;
      const t2 = parser.parse(fixed);
      if (!hasError(t2)) {
        tree = t2;
        query = fixed;
        break;
      }
    }
  }
  const bad = hasError(tree);
  if (bad) {
    const { line, col } = lineCol(query, bad.from);
    const near = query.slice(bad.from, bad.from + 10);
    throw parseError(
      `1:${col}: parse error: unexpected ${near === '' ? 'end of input' : JSON.stringify(near)}`.replace(
        '1:',
        `${line}:`,
      ),
    );
  }
  const top = tree.topNode.firstChild;
  if (!top) throw parseError('no expression found in input');
  const c = new Converter(query0, opts);
  const e = c.expr(top);
  return e;
}

export function lineCol(query: string, pos: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < pos && i < query.length; i++) {
    if (query[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return { line, col };
}

const durationRe = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const durationUnits = [365 * 86400000, 7 * 86400000, 86400000, 3600000, 60000, 1000, 1];

/** Parses a Prometheus duration (`1h30m`, `10s53ms`) into ms; undefined if it isn't one. */
export function parseDuration(s: string): number | undefined {
  if (s === '') return undefined;
  if (s === '0') return 0;
  const m = durationRe.exec(s);
  if (!m) return undefined;
  let ms = 0;
  let any = false;
  for (let i = 0; i < durationUnits.length; i++) {
    const g = m[i + 1];
    if (g !== undefined) {
      ms += Number(g) * durationUnits[i]!;
      any = true;
    }
  }
  return any ? ms : undefined;
}

/** A number literal: decimal, hex, Inf/NaN, or a duration (read as seconds). */
export function parseNumber(text: string): number {
  let s = text.replace(/\s+/g, '');
  let sign = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  const lower = s.toLowerCase();
  if (lower === 'inf') return sign * Number.POSITIVE_INFINITY;
  if (lower === 'nan') return Number.NaN;
  if (/^0x[0-9a-f]+$/i.test(s)) return sign * Number.parseInt(s.slice(2), 16);
  const d = parseDuration(s);
  if (d !== undefined && /[a-z]/i.test(s)) return (sign * d) / 1000;
  const n = Number(s.replace(/_/g, ''));
  if (Number.isNaN(n)) throw parseError(`bad number or duration syntax: ${JSON.stringify(text)}`);
  return sign * n;
}

/** Unquotes a PromQL string literal (Go syntax: "…", '…' with escapes, `…` raw). */
export function unquote(lit: string): string {
  const q = lit[0];
  if (q === '`') return lit.slice(1, -1);
  if (lit.length < 2 || lit[lit.length - 1] !== q) throw parseError(`unterminated quoted string ${lit}`);
  const body = lit.slice(1, -1);
  let out = '';
  const bytes: number[] = [];
  const flushBytes = () => {
    if (bytes.length) {
      out += Buffer.from(bytes).toString('utf8');
      bytes.length = 0;
    }
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      flushBytes();
      out += ch;
      continue;
    }
    const e = body[++i];
    switch (e) {
      case 'n':
        flushBytes();
        out += '\n';
        break;
      case 't':
        flushBytes();
        out += '\t';
        break;
      case 'r':
        flushBytes();
        out += '\r';
        break;
      case 'a':
        flushBytes();
        out += '\x07';
        break;
      case 'b':
        flushBytes();
        out += '\b';
        break;
      case 'f':
        flushBytes();
        out += '\f';
        break;
      case 'v':
        flushBytes();
        out += '\v';
        break;
      case '\\':
      case '"':
      case "'":
        flushBytes();
        out += e;
        break;
      case 'x':
        bytes.push(Number.parseInt(body.slice(i + 1, i + 3), 16));
        i += 2;
        break;
      case 'u':
        flushBytes();
        out += String.fromCodePoint(Number.parseInt(body.slice(i + 1, i + 5), 16));
        i += 4;
        break;
      case 'U':
        flushBytes();
        out += String.fromCodePoint(Number.parseInt(body.slice(i + 1, i + 9), 16));
        i += 8;
        break;
      default:
        if (e !== undefined && e >= '0' && e <= '7') {
          bytes.push(Number.parseInt(body.slice(i, i + 3), 8));
          i += 2;
        } else throw parseError(`invalid escape sequence in string ${lit}`);
    }
  }
  flushBytes();
  return out;
}

function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

class Converter {
  private allowEmptySelector = false;
  constructor(
    private readonly q: string,
    private readonly opts: ParseOptions,
  ) {}

  text(n: SyntaxNode): string {
    return this.q.slice(n.from, n.to);
  }

  expr(n: SyntaxNode): Expr {
    const e = this.exprInner(n);
    return e;
  }

  private exprInner(n: SyntaxNode): Expr {
    const pos = n.from;
    switch (n.name) {
      case 'NumberDurationLiteral':
        return { kind: 'number', value: parseNumber(this.text(n)), pos };
      case 'StringLiteral':
        return { kind: 'string', value: unquote(this.text(n)), pos };
      case 'ParenExpr': {
        const inner = this.expr(n.firstChild!);
        return { kind: 'paren', expr: inner, pos };
      }
      case 'UnaryExpr': {
        const op = this.text(n.firstChild!).trim() as '-' | '+';
        const inner = this.expr(n.lastChild!);
        const t = typeOf(inner);
        if (t !== 'scalar' && t !== 'vector')
          throw parseError(
            `unary expression only allowed on expressions of type scalar or instant vector, got "${typeName(t)}"`,
          );
        return { kind: 'unary', op, expr: inner, pos };
      }
      case 'VectorSelector':
        return this.vectorSelector(n);
      case 'MatrixSelector': {
        const inner = this.expr(n.firstChild!);
        if (inner.kind !== 'vector') {
          throw parseError(`ranges only allowed for vector selectors`);
        }
        if (inner.offset !== 0 || inner.at !== undefined) {
          throw parseError('no offset or @ modifiers allowed before range');
        }
        const range = this.duration(n.getChild('DurationExpr')!);
        if (range <= 0) throw parseError(`range must be greater than 0`);
        return { kind: 'matrix', vs: inner, range, pos };
      }
      case 'SubqueryExpr': {
        const inner = this.expr(n.firstChild!);
        const t = typeOf(inner);
        if (t !== 'vector' && t !== 'scalar')
          throw parseError(`subquery is only allowed on instant vector, got ${typeName(t)} instead`);
        const durs = n.getChildren('DurationExpr');
        const range = this.duration(durs[0]!);
        const step = durs[1] ? this.duration(durs[1]) : 0;
        if (range <= 0) throw parseError('range must be greater than 0');
        if (durs[1] && step <= 0) throw parseError('step must be greater than 0');
        return { kind: 'subquery', expr: inner, range, step, offset: 0, pos };
      }
      case 'OffsetExpr': {
        const inner = this.expr(n.firstChild!);
        const off = this.offsetDuration(n.getChild('OffsetDurationExpr')!);
        const target = this.modifierTarget(inner);
        if (target.offset !== 0) throw parseError('offset may not be set multiple times');
        target.offset = off;
        return inner;
      }
      case 'StepInvariantExpr': {
        const inner = this.expr(n.firstChild!);
        const target = this.modifierTarget(inner);
        if (target.at !== undefined) throw parseError('@ <timestamp> may not be set multiple times');
        const pre = n.getChild('AtModifierPreprocessors');
        let at: AtModifier;
        if (pre) at = pre.firstChild?.name === 'AtStart' ? 'start' : 'end';
        else {
          const v = parseNumber(this.text(n.getChild('NumberDurationLiteral')!));
          if (!Number.isFinite(v)) throw parseError(`timestamp out of bounds for @ modifier: ${v}`);
          at = Math.round(v * 1000);
        }
        target.at = at;
        return inner;
      }
      case 'FunctionCall':
        return this.call(n);
      case 'AggregateExpr':
        return this.aggregate(n);
      case 'BinaryExpr':
        return this.binary(n);
      case 'AnchoredExpr':
      case 'SmoothedExpr': {
        const inner = this.expr(n.firstChild!);
        const mod = n.name === 'AnchoredExpr' ? 'anchored' : 'smoothed';
        const target = inner.kind === 'vector' ? inner : inner.kind === 'matrix' ? inner.vs : undefined;
        if (!target) throw parseError(`${mod} modifier can only be used on vector or range selectors`);
        if (inner.kind === 'vector' && mod === 'anchored')
          throw parseError('anchored modifier can only be used with range vector selectors');
        target.mod = mod;
        return inner;
      }
      default:
        throw parseError(`unexpected ${n.name} in expression`);
    }
  }

  /** The node an `offset` or `@` applies to: a selector or a subquery. */
  private modifierTarget(e: Expr): VectorSelector | Subquery {
    if (e.kind === 'vector' || e.kind === 'subquery') return e;
    if (e.kind === 'matrix') return e.vs;
    // lezer's grammar gives `offset`/`@` no precedence, so `a or b offset 5m` arrives as
    // `(a or b) offset 5m`; textually the modifier belongs to the right-most operand.
    if (e.kind === 'binary') return this.modifierTarget(e.rhs);
    if (e.kind === 'unary') return this.modifierTarget(e.expr);
    throw parseError(
      'offset and @ modifiers must be preceded by an instant vector selector, a range vector selector or a subquery',
    );
  }

  private vectorSelector(n: SyntaxNode): VectorSelector {
    const ident = n.getChild('Identifier');
    const name = ident ? this.text(ident) : '';
    const matchers: Matcher[] = [];
    const lm = n.getChild('LabelMatchers');
    let nameFromBraces = '';
    if (lm) {
      for (const c of children(lm)) {
        if (c.name === 'QuotedLabelName') {
          if (name !== '' || nameFromBraces !== '') throw parseError('metric name must not be set twice');
          nameFromBraces = unquote(this.text(c.firstChild!));
          continue;
        }
        if (c.name !== 'UnquotedLabelMatcher' && c.name !== 'QuotedLabelMatcher') continue;
        const first = c.firstChild!;
        const lname =
          c.name === 'QuotedLabelMatcher' ? unquote(this.text(first.firstChild!)) : this.text(first);
        const op = this.text(c.getChild('MatchOp')!) as MatchType;
        const value = unquote(this.text(c.getChild('StringLiteral')!));
        if (lname === '__name__' && name !== '') throw parseError('metric name must not be set twice');
        try {
          matchers.push(newPromMatcher(op, lname, value));
        } catch (err) {
          throw new PromqlError('PROMQL_PARSE', (err as Error).message, { cause: err });
        }
      }
    }
    const metric = name || nameFromBraces;
    if (metric !== '') matchers.unshift(newMatcher('=', '__name__', metric));
    if (!this.allowEmptySelector && !matchers.some((m) => !m.matches(''))) {
      throw parseError('vector selector must contain at least one non-empty matcher');
    }
    return { kind: 'vector', name: metric, matchers, offset: 0, pos: n.from };
  }

  private call(n: SyntaxNode): Expr {
    const fn = this.text(n.getChild('FunctionIdentifier')!);
    const body = n.getChild('FunctionCallBody')!;
    const args = children(body).map((c, i) => {
      // info()'s second argument is a label selector that may match the empty string throughout.
      this.allowEmptySelector = fn === 'info' && i === 1;
      try {
        return this.expr(c);
      } finally {
        this.allowEmptySelector = false;
      }
    });
    const sig = functionSignatures[fn];
    if (!sig) throw parseError(`unknown function with name ${JSON.stringify(fn)}`);
    const min = sig.variadic === -1 ? sig.args.length - 1 : sig.args.length - sig.variadic;
    const max = sig.variadic === -1 ? Number.POSITIVE_INFINITY : sig.args.length;
    if (fn === 'label_join' && args.length < 3) {
      throw parseError(`expected at least 3 argument(s) in call to "label_join", got ${args.length}`);
    }
    if (args.length < min || args.length > max) {
      if (sig.variadic === 0)
        throw parseError(
          `expected ${sig.args.length} argument(s) in call to ${JSON.stringify(fn)}, got ${args.length}`,
        );
      if (args.length < min)
        throw parseError(
          `expected at least ${min} argument(s) in call to ${JSON.stringify(fn)}, got ${args.length}`,
        );
      throw parseError(
        `expected at most ${max} argument(s) in call to ${JSON.stringify(fn)}, got ${args.length}`,
      );
    }
    for (const a of args) {
      const u = unwrapParens(a);
      const mod = u.kind === 'matrix' ? u.vs.mod : undefined;
      if (mod) {
        const allowed = extendedFunctions[mod];
        if (!allowed.includes(fn))
          throw parseError(`${mod} modifier can only be used with: ${allowed.join(', ')} - not with ${fn}`);
      }
    }
    for (let i = 0; i < args.length; i++) {
      const want = sig.args[Math.min(i, sig.args.length - 1)]!;
      this.expectType(args[i]!, want, `call to function ${JSON.stringify(fn)}`);
    }
    return { kind: 'call', func: fn, args, pos: n.from };
  }

  private expectType(e: Expr, want: ValueType, ctx: string): void {
    const got = typeOf(e);
    if (got !== want) throw parseError(`expected type ${typeName(want)} in ${ctx}, got ${typeName(got)}`);
  }

  private aggregate(n: SyntaxNode): Expr {
    const op = this.text(n.getChild('AggregateOp')!).toLowerCase();
    const body = n.getChild('FunctionCallBody')!;
    const args = children(body).map((c) => this.expr(c));
    const mod = n.getChild('AggregateModifier');
    let grouping: string[] = [];
    let without = false;
    if (mod) {
      without = mod.firstChild?.name === 'Without';
      grouping = this.groupingLabels(mod.getChild('GroupingLabels')!);
    }
    const needsParam = ['topk', 'bottomk', 'quantile', 'count_values', 'limitk', 'limit_ratio'].includes(op);
    if (!aggregateOps.has(op)) throw parseError(`unknown aggregation ${op}`);
    const want = needsParam ? 2 : 1;
    if (args.length !== want)
      throw parseError(
        `wrong number of arguments for aggregate expression provided, expected ${want}, got ${args.length}`,
      );
    const expr = args[want - 1]!;
    this.expectType(expr, 'vector', 'aggregation expression');
    let param: Expr | undefined;
    if (needsParam) {
      param = args[0]!;
      this.expectType(param, op === 'count_values' ? 'string' : 'scalar', 'aggregation parameter');
    }
    return { kind: 'aggregate', op, expr, param, grouping, without, pos: n.from };
  }

  private groupingLabels(n: SyntaxNode): string[] {
    const out: string[] = [];
    for (const c of children(n)) {
      if (c.name === 'LabelName') out.push(this.text(c));
      else if (c.name === 'QuotedLabelName') out.push(unquote(this.text(c.firstChild!)));
    }
    return out;
  }

  private binary(n: SyntaxNode): Expr {
    const kids = children(n);
    const lhs = this.expr(kids[0]!);
    const rhs = this.expr(kids[kids.length - 1]!);
    const opNode = kids[1]!;
    const op = this.text(opNode).toLowerCase();
    const returnBool = n.getChild('BoolModifier') !== null;
    const mm = n.getChild('MatchingModifierClause');
    const fillMod = n.getChild('FillModifier');
    const lt = typeOf(lhs);
    const rt = typeOf(rhs);
    for (const t of [lt, rt]) {
      if (t !== 'scalar' && t !== 'vector')
        throw parseError(`binary expression must contain only scalar and instant vector types`);
    }
    if (op === '</' || op === '>/')
      throw parseError(`operator ${op} is only supported for native histograms`);
    const isCmp = comparisonOps.has(op);
    const isSet = setOps.has(op);
    if (returnBool && !isCmp) throw parseError('bool modifier can only be used on comparison operators');
    if (isCmp && lt === 'scalar' && rt === 'scalar' && !returnBool)
      throw parseError('comparisons between scalars must use BOOL modifier');
    if (isSet && (lt === 'scalar' || rt === 'scalar'))
      throw parseError(`set operator ${op} not allowed in binary scalar expression`);
    let matching: VectorMatching | undefined;
    if (lt === 'vector' && rt === 'vector') {
      matching = { card: isSet ? 'many-to-many' : 'one-to-one', on: false, labels: [], include: [] };
      if (mm) {
        const mk = children(mm);
        matching.on = mk[0]!.name === 'On';
        const gls = mm.getChildren('GroupingLabels');
        matching.labels = this.groupingLabels(gls[0]!);
        const g = mm.getChild('GroupLeft') ?? mm.getChild('GroupRight');
        if (g) {
          if (isSet) throw parseError(`no grouping allowed for "${op}" operation`);
          matching.card = g.name === 'GroupLeft' ? 'many-to-one' : 'one-to-many';
          if (gls[1]) matching.include = this.groupingLabels(gls[1]);
          for (const l of matching.include) {
            if (matching.on && matching.labels.includes(l))
              throw parseError(`label ${JSON.stringify(l)} must not occur in ON and GROUP clause at once`);
          }
        }
      }
      if (fillMod) {
        if (isSet) throw parseError(`fill modifiers are not allowed for set operator ${op}`);
        for (const c of children(fillMod)) {
          const v = parseNumber(this.text(c.getChild('NumberDurationLiteral')!));
          if (c.name === 'FillClause') {
            matching.fillLeft = v;
            matching.fillRight = v;
          } else if (c.name === 'FillLeftClause') matching.fillLeft = v;
          else if (c.name === 'FillRightClause') matching.fillRight = v;
        }
      }
    } else if (mm || fillMod) {
      throw parseError('vector matching only allowed between instant vectors');
    }
    return rotate({ kind: 'binary', op, lhs, rhs, returnBool, matching, pos: n.from });
  }

  /** Duration expressions in ranges, subquery steps and offsets; result in ms. */
  private duration(n: SyntaxNode): number {
    return Math.round(this.durationSeconds(n) * 1000);
  }

  private offsetDuration(n: SyntaxNode): number {
    return this.duration(n);
  }

  private durationSeconds(n: SyntaxNode): number {
    if (n.name === 'DurationStep') return (this.opts.stepMs ?? 0) / 1000;
    if (n.name === 'DurationRange') return (this.opts.rangeMs ?? 0) / 1000;
    const kids = children(n);
    if (n.name === 'NumberDurationLiteralInDurationContext') return parseNumber(this.text(n));
    if (kids.length === 1) return this.durationSeconds(kids[0]!);
    const first = kids[0]!;
    if (first.name === 'UnaryOp') {
      const v = this.durationSeconds(kids[1]!);
      return this.text(first).trim() === '-' ? -v : v;
    }
    if (first.name === 'DurationStep') return (this.opts.stepMs ?? 0) / 1000;
    if (first.name === 'DurationRange') return (this.opts.rangeMs ?? 0) / 1000;
    if (first.name === 'DurationMinOf' || first.name === 'DurationMaxOf') {
      const args = kids.filter((k) => k.name === 'DurationExpr').map((k) => this.durationSeconds(k));
      return first.name === 'DurationMinOf' ? Math.min(args[0]!, args[1]!) : Math.max(args[0]!, args[1]!);
    }
    if (kids.length === 3 && first.name === 'DurationExpr') {
      const a = this.durationSeconds(first);
      const b = this.durationSeconds(kids[2]!);
      switch (kids[1]!.name) {
        case 'Add':
          return a + b;
        case 'Sub':
          return a - b;
        case 'Mul':
          return a * b;
        case 'Div':
          if (b === 0) throw parseError('division by zero');
          return a / b;
        case 'Mod':
          if (b === 0) throw parseError('modulo by zero');
          return a % b;
        case 'Pow':
          return a ** b;
      }
    }
    // "(" DurationExpr ")"
    const inner = kids.find((k) => k.name === 'DurationExpr');
    if (inner) return this.durationSeconds(inner);
    throw parseError(`bad duration ${JSON.stringify(this.text(n))}`);
  }
}

const precedence: Record<string, number> = {
  or: 1,
  and: 2,
  unless: 2,
  '==': 3,
  '!=': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  '%': 5,
  atan2: 5,
  '^': 6,
};

/**
 * lezer gives `offset`/`@` no precedence, so `a + b offset 1m * 2` arrives as
 * `(a + b offset 1m) * 2`. A binary left operand can only bind looser than its parent when it
 * came from such a modifier (parentheses produce a paren node), so those trees are rotated into
 * Prometheus' `a + (b offset 1m * 2)`; vector matching defaults are recomputed for moved nodes.
 */
function rotate(e: Binary): Binary {
  const l = e.lhs;
  if (l.kind !== 'binary') return e;
  const pl = precedence[l.op] ?? 0;
  const pe = precedence[e.op] ?? 0;
  if (!(pl < pe || (pl === pe && e.op === '^'))) return e;
  const inner = rotate(fixMatching({ ...e, lhs: l.rhs }));
  return fixMatching({ ...l, rhs: inner });
}

function fixMatching(e: Binary): Binary {
  const vv = typeOf(e.lhs) === 'vector' && typeOf(e.rhs) === 'vector';
  if (vv && !e.matching) {
    const set = e.op === 'and' || e.op === 'or' || e.op === 'unless';
    return {
      ...e,
      matching: { card: set ? 'many-to-many' : 'one-to-one', on: false, labels: [], include: [] },
    };
  }
  if (!vv && e.matching) {
    const { matching: _drop, ...rest } = e;
    return rest;
  }
  return e;
}

const extendedFunctions = {
  anchored: ['changes', 'delta', 'increase', 'rate', 'resets'],
  smoothed: ['delta', 'increase', 'rate'],
};

function unwrapParens(e: Expr): Expr {
  let x = e;
  while (x.kind === 'paren') x = x.expr;
  return x;
}

function typeName(t: ValueType): string {
  switch (t) {
    case 'scalar':
      return 'scalar';
    case 'vector':
      return 'instant vector';
    case 'matrix':
      return 'range vector';
    case 'string':
      return 'string';
  }
}

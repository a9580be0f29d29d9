/**
 * Renders an AST back into PromQL text in Prometheus' canonical single-line form (as its
 * `Expr.String()` does): the metric name outside the braces, durations in `1h30m` units, `by`
 * before the arguments. Used by `/api/v1/format_query`.
 */
import type { AtModifier, Expr, VectorSelector } from './ast.ts';
import { formatFloat } from './kernels.ts';

const units: [string, number][] = [
  ['y', 365 * 86400000],
  ['w', 7 * 86400000],
  ['d', 86400000],
  ['h', 3600000],
  ['m', 60000],
  ['s', 1000],
  ['ms', 1],
];

/** Prometheus' model.Duration string: `0s`, `90s` → `1m30s`, `1d`, `-5m`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = Math.abs(ms);
  let out = ms < 0 ? '-' : '';
  for (const [u, size] of units) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      out += `${n}${u}`;
      rest -= n * size;
    }
  }
  return out;
}

function modifiers(offset: number, at: AtModifier | undefined): string {
  let s = '';
  if (at !== undefined)
    s += at === 'start' ? ' @ start()' : at === 'end' ? ' @ end()' : ` @ ${(at / 1000).toFixed(3)}`;
  if (offset !== 0) s += ` offset ${formatDuration(offset)}`;
  return s;
}

function selector(vs: VectorSelector): string {
  const ms = vs.matchers.filter((m) => !(m.name === '__name__' && m.type === '=' && m.value === vs.name));
  const body = ms.map((m) => `${m.name}${m.type}${JSON.stringify(m.value)}`).join(', ');
  if (vs.name === '') return `{${body}}`;
  return body === '' ? vs.name : `${vs.name}{${body}}`;
}

export function formatExpr(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return formatFloat(e.value);
    case 'string':
      return JSON.stringify(e.value);
    case 'vector':
      return selector(e) + modifiers(e.offset, e.at) + (e.mod ? ` ${e.mod}` : '');
    case 'matrix':
      return `${selector(e.vs)}[${formatDuration(e.range)}]${modifiers(e.vs.offset, e.vs.at)}${e.vs.mod ? ` ${e.vs.mod}` : ''}`;
    case 'subquery':
      return `${formatExpr(e.expr)}[${formatDuration(e.range)}:${e.step ? formatDuration(e.step) : ''}]${modifiers(e.offset, e.at)}`;
    case 'paren':
      return `(${formatExpr(e.expr)})`;
    case 'unary':
      return `${e.op}${formatExpr(e.expr)}`;
    case 'call':
      return `${e.func}(${e.args.map(formatExpr).join(', ')})`;
    case 'aggregate': {
      const grouping =
        e.without || e.grouping.length ? ` ${e.without ? 'without' : 'by'} (${e.grouping.join(', ')}) ` : '';
      const args = e.param ? `${formatExpr(e.param)}, ${formatExpr(e.expr)}` : formatExpr(e.expr);
      return `${e.op}${grouping}(${args})`;
    }
    case 'binary': {
      let mod = e.returnBool ? ' bool' : '';
      const m = e.matching;
      if (m && (m.on || m.labels.length || m.card === 'many-to-one' || m.card === 'one-to-many')) {
        mod += ` ${m.on ? 'on' : 'ignoring'} (${m.labels.join(', ')})`;
        if (m.card === 'many-to-one' || m.card === 'one-to-many') {
          mod += ` ${m.card === 'many-to-one' ? 'group_left' : 'group_right'}`;
          if (m.include.length) mod += ` (${m.include.join(', ')})`;
        }
      }
      if (m?.fillLeft !== undefined || m?.fillRight !== undefined) {
        if (m.fillLeft !== undefined && Object.is(m.fillLeft, m.fillRight))
          mod += ` fill (${formatFloat(m.fillLeft)})`;
        else {
          if (m.fillLeft !== undefined) mod += ` fill_left (${formatFloat(m.fillLeft)})`;
          if (m.fillRight !== undefined) mod += ` fill_right (${formatFloat(m.fillRight)})`;
        }
      }
      return `${formatExpr(e.lhs)} ${e.op}${mod} ${formatExpr(e.rhs)}`;
    }
  }
}

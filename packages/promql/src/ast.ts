/**
 * The PromQL syntax tree the engine evaluates. It is produced from the lezer tree by `parser.ts`
 * after type checking, so every node here is well-typed. Times and durations are integer
 * milliseconds; `pos` is the 0-based character offset of the node in the query, used to place
 * annotations (`(line:col)`) exactly as Prometheus does.
 */
import type { Matcher } from '@sensorpath/storage';

export type ValueType = 'scalar' | 'vector' | 'matrix' | 'string';

/** `@` modifier: an absolute time in ms, or the query's start/end. */
export type AtModifier = number | 'start' | 'end';

export interface NumberLiteral {
  kind: 'number';
  value: number;
  pos: number;
}
export interface StringLiteral {
  kind: 'string';
  value: string;
  pos: number;
}
export interface VectorSelector {
  kind: 'vector';
  name: string;
  matchers: Matcher[];
  offset: number;
  at?: AtModifier;
  /** Experimental extended range selection (`anchored`, `smoothed`). */
  mod?: 'anchored' | 'smoothed';
  pos: number;
}
export interface MatrixSelector {
  kind: 'matrix';
  vs: VectorSelector;
  range: number;
  pos: number;
}
export interface Subquery {
  kind: 'subquery';
  expr: Expr;
  range: number;
  /** 0 means "the default subquery step". */
  step: number;
  offset: number;
  at?: AtModifier;
  pos: number;
}
export interface Call {
  kind: 'call';
  func: string;
  args: Expr[];
  pos: number;
}
export interface Aggregate {
  kind: 'aggregate';
  op: string;
  expr: Expr;
  param?: Expr;
  grouping: string[];
  without: boolean;
  pos: number;
}
export interface VectorMatching {
  card: 'one-to-one' | 'many-to-one' | 'one-to-many' | 'many-to-many';
  on: boolean;
  labels: string[];
  include: string[];
  /** `fill_left(v)`/`fill()`: value used when the left side has no match. */
  fillLeft?: number;
  /** `fill_right(v)`/`fill()`: value used when the right side has no match. */
  fillRight?: number;
}
export interface Binary {
  kind: 'binary';
  op: string;
  lhs: Expr;
  rhs: Expr;
  returnBool: boolean;
  matching?: VectorMatching;
  pos: number;
}
export interface Unary {
  kind: 'unary';
  op: '-' | '+';
  expr: Expr;
  pos: number;
}
export interface Paren {
  kind: 'paren';
  expr: Expr;
  pos: number;
}

export type Expr =
  | NumberLiteral
  | StringLiteral
  | VectorSelector
  | MatrixSelector
  | Subquery
  | Call
  | Aggregate
  | Binary
  | Unary
  | Paren;

export function typeOf(e: Expr): ValueType {
  switch (e.kind) {
    case 'number':
      return 'scalar';
    case 'string':
      return 'string';
    case 'vector':
      return 'vector';
    case 'matrix':
    case 'subquery':
      return 'matrix';
    case 'call':
      return functionSignatures[e.func]?.ret ?? 'vector';
    case 'aggregate':
      return 'vector';
    case 'binary':
      return typeOf(e.lhs) === 'scalar' && typeOf(e.rhs) === 'scalar' ? 'scalar' : 'vector';
    case 'unary':
    case 'paren':
      return typeOf(e.expr);
  }
}

export interface FunctionSignature {
  args: ValueType[];
  ret: ValueType;
  /** Number of trailing optional args (-1: the last arg repeats without limit). */
  variadic: number;
}

const sig = (args: ValueType[], ret: ValueType, variadic = 0): FunctionSignature => ({ args, ret, variadic });
const V: ValueType = 'vector';
const M: ValueType = 'matrix';
const S: ValueType = 'scalar';
const STR: ValueType = 'string';

export const functionSignatures: Record<string, FunctionSignature> = {
  abs: sig([V], V),
  absent: sig([V], V),
  absent_over_time: sig([M], V),
  acos: sig([V], V),
  acosh: sig([V], V),
  asin: sig([V], V),
  asinh: sig([V], V),
  atan: sig([V], V),
  atanh: sig([V], V),
  avg_over_time: sig([M], V),
  ceil: sig([V], V),
  changes: sig([M], V),
  clamp: sig([V, S, S], V),
  clamp_max: sig([V, S], V),
  clamp_min: sig([V, S], V),
  cos: sig([V], V),
  cosh: sig([V], V),
  count_over_time: sig([M], V),
  days_in_month: sig([V], V, 1),
  day_of_month: sig([V], V, 1),
  day_of_week: sig([V], V, 1),
  day_of_year: sig([V], V, 1),
  deg: sig([V], V),
  delta: sig([M], V),
  deriv: sig([M], V),
  exp: sig([V], V),
  first_over_time: sig([M], V),
  floor: sig([V], V),
  histogram_avg: sig([V], V),
  histogram_count: sig([V], V),
  histogram_fraction: sig([S, S, V], V),
  histogram_quantile: sig([S, V], V),
  histogram_stddev: sig([V], V),
  histogram_stdvar: sig([V], V),
  histogram_sum: sig([V], V),
  double_exponential_smoothing: sig([M, S, S], V),
  hour: sig([V], V, 1),
  idelta: sig([M], V),
  increase: sig([M], V),
  info: sig([V, V], V, 1),
  irate: sig([M], V),
  label_replace: sig([V, STR, STR, STR, STR], V),
  label_join: sig([V, STR, STR, STR], V, -1),
  last_over_time: sig([M], V),
  ln: sig([V], V),
  log10: sig([V], V),
  log2: sig([V], V),
  mad_over_time: sig([M], V),
  max_over_time: sig([M], V),
  min_over_time: sig([M], V),
  ts_of_first_over_time: sig([M], V),
  ts_of_max_over_time: sig([M], V),
  ts_of_min_over_time: sig([M], V),
  ts_of_last_over_time: sig([M], V),
  minute: sig([V], V, 1),
  month: sig([V], V, 1),
  pi: sig([], S),
  step: sig([], S),
  range: sig([], S),
  start: sig([], S),
  end: sig([], S),
  min_of: sig([S, S], S),
  max_of: sig([S, S], S),
  predict_linear: sig([M, S], V),
  present_over_time: sig([M], V),
  quantile_over_time: sig([S, M], V),
  rad: sig([V], V),
  rate: sig([M], V),
  resets: sig([M], V),
  round: sig([V, S], V, 1),
  scalar: sig([V], S),
  sgn: sig([V], V),
  sin: sig([V], V),
  sinh: sig([V], V),
  sort: sig([V], V),
  sort_desc: sig([V], V),
  sort_by_label: sig([V, STR], V, -1),
  sort_by_label_desc: sig([V, STR], V, -1),
  sqrt: sig([V], V),
  stddev_over_time: sig([M], V),
  stdvar_over_time: sig([M], V),
  sum_over_time: sig([M], V),
  tan: sig([V], V),
  tanh: sig([V], V),
  time: sig([], S),
  timestamp: sig([V], V),
  vector: sig([S], V),
  year: sig([V], V, 1),
};

/**
 * @sensorpath/promql: a PromQL engine over the storage contracts (it receives a `Queryable` per
 * query and builds nothing of its own), the parser adapter on `@prometheus-io/lezer-promql`, and
 * the runner for Prometheus' `.test` conformance scripts (`sensorpath promql test`).
 */
export type * from './ast.ts';
export {
  Engine,
  type EngineOptions,
  type MatrixSeries,
  type QueryResult,
  type QueryValue,
  type ResolvedEngineOptions,
  resolveEngineOptions,
  type VectorSample,
} from './engine.ts';
export { type PromErrorType, PromqlError, type PromqlErrorCode } from './errors.ts';
export { formatDuration, formatExpr } from './format.ts';
export { formatFloat } from './kernels.ts';
export { parseDuration, parseExpr } from './parser.ts';
export {
  type EvalOutcome,
  type FileResult,
  runPromqlTest,
  runTestFile,
  runTestScript,
  type TestIO,
} from './promqltest.ts';
export { compileGoRegex, newPromMatcher } from './regex.ts';

/**
 * @sensorpath/openmetrics: the OpenMetrics 1.0 and Prometheus 0.0.4 text codec.
 *
 * CONTRACT (other packages depend on these exports; the implementation lives beside this file):
 *   parse(input: Uint8Array | string, options?: { format?: TextFormat; maxBytes?: number }) -> Exposition
 *       throws ParseError (code, line, column, expected)
 *   parseSamples(input, onSample, options?)            streaming ingest path, no model built
 *   serialize(families: MetricFamily[]) -> string      valid OpenMetrics text ending in "# EOF\n"
 *   checkMetrics(input, options?) -> CheckResult       the check logic: counts and lint warnings
 *   runCheckMetrics(args, io) -> exit code             `sensorpath check metrics` (flags, stdin/file)
 */

export { type CheckIo, type CheckResult, checkMetrics, runCheckMetrics } from './check.ts';
export { ParseError, type ParseErrorCode } from './errors.ts';
export * from './model.ts';
export {
  DEFAULT_MAX_BYTES,
  formatFromContentType,
  type ParseOptions,
  type ParseSummary,
  parse,
  parseSamples,
  type SampleView,
} from './parse.ts';
export { formatNumber, serialize } from './serialize.ts';

/**
 * @sensorpath/openmetrics: the OpenMetrics 1.0 and Prometheus 0.0.4 text codec.
 *
 * CONTRACT (other packages depend on these exports; the implementation lives beside this file):
 *   parse(input: Uint8Array | string, options?: { format?: TextFormat; maxBytes?: number }) -> Exposition
 *       throws ParseError (code, line, column, expected)
 *   parseSamples(input, onSample, options?)            streaming ingest path, no model built
 *   serialize(families: MetricFamily[]) -> string      valid OpenMetrics text ending in "# EOF\n"
 *   runCheckMetrics(args, io) -> exit code             for `sensorpath check metrics`
 */

export { type CheckIo, runCheckMetrics } from './check.ts';
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

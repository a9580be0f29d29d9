/**
 * @sensorpath/openmetrics: the OpenMetrics 1.0 and Prometheus 0.0.4 text codec.
 *
 * CONTRACT (other packages depend on these exports; the implementation lives beside this file):
 *   parse(input: Uint8Array | string, options?: { format?: TextFormat; maxBytes?: number }) -> Exposition
 *       throws ParseError (code, line, column, expected)
 *   serialize(families: MetricFamily[]) -> string   valid OpenMetrics text ending in "# EOF\n"
 *   checkMetrics(...)                                  for `sensorpath check metrics`
 */
export * from './model.ts';

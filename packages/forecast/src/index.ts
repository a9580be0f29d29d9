/**
 * @sensorpath/forecast: the virtual machine to learn from (`Machine`, backfill, live publishing),
 * and forecasting from a Prometheus-compatible API: data pulled through `query_range`, leakage-free
 * time splits, skeptic's baselines, an LSTM on tfjs (wasm backend), evaluation with an SVG plot,
 * and serving that writes forecasts back as series and raises anomaly events (issue 10).
 */
export { type BackfillOptions, type BackfillResult, backfillMachine } from './backfill.ts';
export { DEFAULT_MACHINE_PATH, machineSpec } from './defaults.ts';
export { ForecastError, type ForecastErrorCode } from './errors.ts';
export { type EvaluateOptions, evaluateModel } from './evaluate.ts';
export { type LiveOptions, runMachineLive } from './live.ts';
export type { FitProgress, FitResult } from './lstm.ts';
export {
  MACHINE_METRICS,
  Machine,
  type MachineOptions,
  type MachineReading,
  machineFamilies,
  setpointAt,
} from './machine.ts';
export { MqttAppendable } from './mqtt-appender.ts';
export { renderPlot } from './plot.ts';
export {
  MAX_POINTS_PER_REQUEST,
  type QueryRangeOptions,
  queryRange,
  type RangeResult,
} from './promql-client.ts';
export {
  type ForecastEvent,
  Forecaster,
  type ForecasterOptions,
  type ForecastPoint,
  httpRangeQuery,
  loadForecastModel,
  type RangeQuery,
} from './serve.ts';
export {
  formatResults,
  jsonReport,
  type ModelMeta,
  type PlotData,
  type ResultRow,
  type SeriesSpec,
  saveTrained,
  type TrainOptions,
  type TrainResult,
  train,
} from './train.ts';

/**
 * @sensorpath/forecast: the virtual machine to learn from (`Machine`, backfill, live publishing),
 * and forecasting from a Prometheus-compatible API: data pulled through `query_range`, leakage-free
 * time splits, skeptic's baselines, an LSTM on tfjs (wasm backend), evaluation with an SVG plot,
 * and serving that writes forecasts back as series and raises anomaly events (issue 10).
 */
export { type BackfillOptions, type BackfillResult, backfillMachine } from './backfill.ts';
export { DEFAULT_MACHINE_PATH, machineSpec } from './defaults.ts';
export { ForecastError, type ForecastErrorCode } from './errors.ts';
export { type LiveOptions, runMachineLive } from './live.ts';
export {
  MACHINE_METRICS,
  Machine,
  type MachineOptions,
  type MachineReading,
  machineFamilies,
  setpointAt,
} from './machine.ts';

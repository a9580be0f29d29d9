/**
 * The parsed model of an exposition, shared by the parser and the serializer.
 * Label order is kept as on the wire (OpenMetrics does not require sorting); consumers that need a
 * canonical label set sort it themselves. Timestamps are in seconds, as written on the wire; use
 * `timestampMs` to convert for storage.
 */

export type MetricType =
  | 'counter'
  | 'gauge'
  | 'histogram'
  | 'gaugehistogram'
  | 'summary'
  | 'info'
  | 'stateset'
  | 'unknown';

export interface LabelPair {
  name: string;
  value: string;
}

export interface Exemplar {
  labels: LabelPair[];
  value: number;
  /** Seconds, if given. */
  timestamp?: number;
}

export interface MetricSample {
  /** Full sample name, including any suffix such as `_total`, `_bucket`, `_created`. */
  name: string;
  labels: LabelPair[];
  value: number;
  /** Seconds since the epoch, if the line carried a timestamp. */
  timestamp?: number;
  exemplar?: Exemplar;
}

export interface MetricFamily {
  name: string;
  type: MetricType;
  help?: string;
  unit?: string;
  samples: MetricSample[];
}

export interface Exposition {
  families: MetricFamily[];
}

export type TextFormat = 'openmetrics' | 'prometheus';

export function timestampMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

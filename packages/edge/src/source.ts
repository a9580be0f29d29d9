/**
 * What the agent polls: a source of samples behind one sensor path. Modbus devices (through a
 * profile), HTTP/XML documents, OPC UA monitored items and the Revolution Pi process image all
 * implement it. `poll` never throws for a device problem: it returns what it could read and the
 * errors, so one broken input never stops the others; `metrics` describes the families for the
 * OpenMetrics message; `identityLabels` are labels read once from the device (e.g. its serial).
 */
import type { DeviceError } from './errors.ts';
import type { MetricMeta } from './profile.ts';

export interface DeviceSample {
  metric: string;
  labels: Record<string, string>;
  value: number;
  timeMs: number;
}

export interface PollResult {
  samples: DeviceSample[];
  errors: DeviceError[];
  /** Requests sent and how long the whole poll took. */
  requests: number;
  durationMs: number;
}

export interface Source {
  readonly description: string;
  readonly metrics: readonly MetricMeta[];
  readonly identityLabels: Record<string, string> | undefined;
  poll(): Promise<PollResult>;
  close(): Promise<void>;
}

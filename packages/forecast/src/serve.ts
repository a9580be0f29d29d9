/**
 * Serving: a `Forecaster` predicts on a schedule with a trained model and writes the forecasts back
 * as series through the storage contracts (any `Appendable`: the TSDB in process, or the MQTT
 * appender the CLI uses), at the timestamps they predict: `forecast_<target>` with labels `model`
 * and `horizon`, plus `forecast_<target>_lower` / `_upper` for the 99 % interval from the
 * validation split. It remembers what it predicted; when the actual for a predicted time arrives
 * and lies outside the interval, it emits a `forecast_anomaly` event in the MQTT payload shape of
 * docs/format/events.md (time in ms, type, severity, message, value, labels, attributes).
 * Everything the forecaster touches (query function, appender, event sink, clock) is passed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Appendable, type Labels, labelsFromRecord } from '@sensorpath/storage';
import type * as tf from '@tensorflow/tfjs';
import { ForecastError } from './errors.ts';
import { initBackend, loadModel, predictBatch } from './lstm.ts';
import { queryRange, type RangeResult } from './promql-client.ts';
import { featureRows, fillGaps, formatDuration, type ModelMeta } from './train.ts';

/** An event as docs/format/events.md defines the MQTT payload of `<path>/events`. */
export interface ForecastEvent {
  /** When the actual happened (the forecast's time), ms since the epoch. */
  time: number;
  type: 'forecast_anomaly';
  severity: 'warning' | 'critical';
  message: string;
  /** The actual value. */
  value: number;
  /** Matchable in /api/v1/events: target, horizon, model. */
  labels: Record<string, string>;
  attributes: Record<string, string | number>;
}

export interface ForecastPoint {
  target: string;
  horizon: string;
  /** The time predicted, ms. */
  t: number;
  value: number;
  lower: number;
  upper: number;
}

export type RangeQuery = (query: string, start: number, end: number, step: number) => Promise<RangeResult>;

export interface ForecasterOptions {
  meta: ModelMeta;
  model: tf.LayersModel;
  /** Model name for the `model` label. */
  name: string;
  query: RangeQuery;
  /** Where forecasts are appended (extra labels such as the sensor path come from it or `labels`). */
  store: Appendable;
  /** Labels added to every forecast series. */
  labels?: Record<string, string>;
  onEvent?: (e: ForecastEvent) => void | Promise<void>;
  now?: () => number;
}

/** Loads `model.json`, `weights.bin` and `forecast.json` from a directory written by training. */
export async function loadForecastModel(dir: string): Promise<{ meta: ModelMeta; model: tf.LayersModel }> {
  let meta: ModelMeta;
  try {
    meta = JSON.parse(readFileSync(join(dir, 'forecast.json'), 'utf8')) as ModelMeta;
  } catch (err) {
    throw new ForecastError(
      'FORECAST_MODEL_IO',
      `cannot read ${join(dir, 'forecast.json')}: ${(err as Error).message}`,
      { cause: err },
    );
  }
  await initBackend();
  return { meta, model: await loadModel(dir) };
}

/** A range query against a Prometheus-compatible API. */
export function httpRangeQuery(url: string, headers?: Record<string, string>): RangeQuery {
  return (query, start, end, step) => queryRange({ url, query, start, end, step, headers });
}

export class Forecaster {
  private readonly o: ForecasterOptions;
  /** Outstanding forecasts by target: predicted time → point (per horizon). */
  private readonly pending = new Map<string, ForecastPoint[]>();
  private readonly seriesLabels = new Map<string, Labels>();
  private last: { anchor: number; forecasts: ForecastPoint[] } | undefined;

  constructor(o: ForecasterOptions) {
    this.o = o;
  }

  private labels(name: string, target: string, horizon: string): Labels {
    const key = `${name}\u0000${horizon}`;
    let l = this.seriesLabels.get(key);
    if (!l) {
      l = labelsFromRecord({ ...this.o.labels, __name__: name, model: this.o.name, horizon, target });
      this.seriesLabels.set(key, l);
    }
    return l;
  }

  /**
   * One cycle: reads the latest lookback window, checks outstanding forecasts against the actuals
   * now known (emitting anomaly events), predicts every target and horizon, appends the forecasts.
   * Returns the new forecasts and the events raised; an incomplete window yields no forecast.
   */
  async tick(): Promise<{ forecasts: ForecastPoint[]; events: ForecastEvent[]; anchor: number }> {
    const { meta, model } = this.o;
    const step = meta.step;
    const now = (this.o.now ?? Date.now)();
    // The anchor is the last complete step: avg_over_time over [step] at it covers a full interval.
    const anchor = Math.floor(now / step) * step;
    const maxH = meta.horizons[meta.horizons.length - 1]!;
    // Read enough history to check forecasts made up to the largest horizon ago.
    const n = meta.lookback + meta.maxFillSteps + maxH;
    const start = anchor - (n - 1) * step;
    const raw: Float64Array[] = [];
    for (const s of meta.inputs) {
      const r = await this.o.query(s.query, start, anchor, step);
      raw.push(r.series.length === 1 ? r.series[0]!.values : new Float64Array(n).fill(Number.NaN));
    }
    const events = await this.checkActuals(raw, start, anchor, step);
    // Ticking faster than the step sees the same anchor again: its forecasts already went out.
    if (this.last?.anchor === anchor) return { forecasts: this.last.forecasts, events, anchor };
    const xs = raw.map((x) => fillGaps(x, meta.maxFillSteps));
    const i = n - 1;
    for (const x of xs)
      for (let j = i - meta.lookback + 1; j <= i; j++)
        if (Number.isNaN(x[j]!)) return { forecasts: [], events, anchor };
    const { rows, features } = featureRows(xs, meta.inputs, start, step, n, meta.calendar, meta.diffStd);
    const outputs = meta.targets.length * meta.horizons.length;
    const x = rows.slice((i - meta.lookback + 1) * features, (i + 1) * features);
    const out = predictBatch(
      model,
      { n: 1, x, y: new Float32Array(outputs) },
      meta.lookback,
      features,
      outputs,
    );
    const forecasts: ForecastPoint[] = [];
    meta.targets.forEach((tg, t) => {
      const last = xs[t]![i]!;
      meta.horizons.forEach((h, hk) => {
        const v = last + out[t * meta.horizons.length + hk]! * tg.deltaStd[hk]!;
        const iv = tg.interval99[hk]!;
        forecasts.push({
          target: tg.name,
          horizon: formatDuration(h * step),
          t: anchor + h * step,
          value: v,
          lower: v - iv,
          upper: v + iv,
        });
      });
    });
    const app = this.o.store.appender();
    try {
      for (const f of forecasts) {
        app.append(0, this.labels(`forecast_${f.target}`, f.target, f.horizon), f.t, f.value);
        app.append(0, this.labels(`forecast_${f.target}_lower`, f.target, f.horizon), f.t, f.lower);
        app.append(0, this.labels(`forecast_${f.target}_upper`, f.target, f.horizon), f.t, f.upper);
      }
      await app.commit();
    } catch (err) {
      await app.rollback().catch(() => {});
      throw err;
    }
    this.last = { anchor, forecasts };
    for (const f of forecasts) {
      const list = this.pending.get(f.target) ?? [];
      list.push(f);
      this.pending.set(f.target, list);
    }
    return { forecasts, events, anchor };
  }

  /** Compares outstanding forecasts whose time has an actual in `raw`; drops those checked or expired. */
  private async checkActuals(
    raw: Float64Array[],
    start: number,
    end: number,
    step: number,
  ): Promise<ForecastEvent[]> {
    const events: ForecastEvent[] = [];
    const { meta } = this.o;
    meta.targets.forEach((tg, t) => {
      const list = this.pending.get(tg.name);
      if (!list) return;
      const keep: ForecastPoint[] = [];
      for (const f of list) {
        if (f.t > end) {
          keep.push(f);
          continue;
        }
        const j = Math.round((f.t - start) / step);
        const actual = j >= 0 ? raw[t]![j]! : Number.NaN;
        if (Number.isNaN(actual)) continue;
        if (actual < f.lower || actual > f.upper) {
          const width = f.upper - f.value;
          const off = actual > f.upper ? actual - f.value : f.value - actual;
          events.push({
            time: f.t,
            type: 'forecast_anomaly',
            severity: off > 2 * width ? 'critical' : 'warning',
            message:
              `${tg.name} was ${fmt(actual)} at ${new Date(f.t).toISOString()}, outside the ${f.horizon}-ahead ` +
              `forecast interval [${fmt(f.lower)}, ${fmt(f.upper)}] (forecast ${fmt(f.value)}) of model ${this.o.name}`,
            value: actual,
            labels: { target: tg.name, horizon: f.horizon, model: this.o.name },
            attributes: { query: tg.query, forecast: f.value, lower: f.lower, upper: f.upper },
          });
        }
      }
      this.pending.set(tg.name, keep);
    });
    for (const e of events) await this.o.onEvent?.(e);
    return events;
  }
}

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);
}

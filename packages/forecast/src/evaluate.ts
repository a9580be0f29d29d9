/**
 * Re-scores a saved model on any time range, typically data that arrived after training (the
 * most honest test there is: the model has never seen any of it). Inputs are rebuilt exactly as
 * in training (same queries, normalisation, calendar terms); the baselines use the windows chosen
 * on the training run's validation split; every complete window in the range is scored.
 */
import type * as TF from '@tensorflow/tfjs';
import { type WindowSpec, windowComplete } from './dataset.ts';
import { ForecastError } from './errors.ts';
import { predictBatch } from './lstm.ts';
import {
  featureRows,
  fetchSeries,
  fillGaps,
  type ModelMeta,
  type ResultRow,
  scoreWindows,
  windowSource,
} from './train.ts';

export interface EvaluateOptions {
  url: string;
  headers?: Record<string, string>;
  meta: ModelMeta;
  model: TF.LayersModel;
  /** First and last anchor time (ms); history before `start` is read for the first windows. */
  start: number;
  end: number;
}

export async function evaluateModel(o: EvaluateOptions): Promise<{ results: ResultRow[]; windows: number }> {
  const { meta } = o;
  const step = meta.step;
  const maxH = meta.horizons[meta.horizons.length - 1]!;
  // Seasonal naive needs one season of history before the first anchor.
  const gridStart = Math.floor(o.start / step) * step - Math.max(meta.lookback, meta.seasonSteps) * step;
  const n = Math.floor((o.end - gridStart) / step) + 1;
  const raw = await fetchSeries(o.url, meta.inputs, gridStart, gridStart + (n - 1) * step, step, o.headers);
  const K = meta.targets.length;
  const ys = raw.slice(0, K);
  const xs = raw.map((x) => fillGaps(x, meta.maxFillSteps));
  const w: WindowSpec = { lookback: meta.lookback, horizons: meta.horizons };
  const first = Math.ceil((o.start - gridStart) / step);
  const anchors: number[] = [];
  for (let i = Math.max(first, meta.lookback - 1); i + maxH < n; i++)
    if (windowComplete(i, w, xs, ys)) anchors.push(i);
  if (anchors.length === 0)
    throw new ForecastError(
      'FORECAST_TOO_LITTLE_DATA',
      'no complete window in the range; choose a range with data (and room for the largest horizon)',
    );
  const a32 = Int32Array.from(anchors);
  const { rows, features } = featureRows(xs, meta.inputs, gridStart, step, n, meta.calendar, meta.diffStd);
  const scales = meta.targets.map((t) => t.deltaStd);
  const source = windowSource(rows, features, meta.lookback, ys, meta.horizons, scales);
  const outputs = K * meta.horizons.length;
  const out = predictBatch(o.model, source(a32), meta.lookback, features, outputs);
  const byTarget = new Map(meta.results.map((r) => [`${r.target}/${r.horizonSteps}`, r.baselineWindows]));
  const results = scoreWindows({
    ys,
    names: meta.targets.map((t) => t.name),
    horizons: meta.horizons,
    step,
    seasonSteps: meta.seasonSteps,
    anchors: a32,
    lstm: (a, t, hk) =>
      ys[t]![a32[a]!]! + out[a * outputs + t * meta.horizons.length + hk]! * scales[t]![hk]!,
    windows: (t, hk) =>
      byTarget.get(`${meta.targets[t]!.name}/${meta.horizons[hk]}`) ?? { linear_trend: 5, moving_average: 5 },
  });
  return { results, windows: anchors.length };
}

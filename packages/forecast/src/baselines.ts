/**
 * The baselines a skeptic would pick, each predicting y[i + h] from y[0 … i] only: persistence
 * (the last value), seasonal naive (the value one period earlier, by default the same time
 * yesterday), linear trend (least squares over the last W points, extrapolated, as PromQL's
 * `predict_linear` does) and moving average (mean of the last W points). Missing points (NaN) in a
 * window are skipped; a prediction with nothing to go on is NaN. The window W of the trend and the
 * average is chosen per target and horizon on the validation split, never on the test split.
 */

export type BaselineName = 'persistence' | 'seasonal_naive' | 'linear_trend' | 'moving_average';
export const BASELINES: readonly BaselineName[] = [
  'persistence',
  'seasonal_naive',
  'linear_trend',
  'moving_average',
];

export interface BaselineParams {
  /** Points in the window of linear_trend and moving_average. */
  window: number;
  /** Season length in steps for seasonal_naive (one day at the step). */
  period: number;
}

export function persistence(y: Float64Array, i: number): number {
  return y[i] ?? Number.NaN;
}

export function seasonalNaive(y: Float64Array, i: number, h: number, period: number): number {
  // The value one period before the predicted time; it must already be observed at i.
  const j = i + h - period;
  if (j > i) return Number.NaN;
  return j >= 0 ? y[j]! : Number.NaN;
}

/** Least-squares line through the last `window` points up to i, evaluated at i + h. */
export function linearTrend(y: Float64Array, i: number, h: number, window: number): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let j = Math.max(0, i - window + 1); j <= i; j++) {
    const v = y[j]!;
    if (Number.isNaN(v)) continue;
    const x = j - i; // relative time keeps the sums small and exact
    n++;
    sx += x;
    sy += v;
    sxx += x * x;
    sxy += x * v;
  }
  if (n === 0) return Number.NaN;
  const den = n * sxx - sx * sx;
  if (n < 2 || den === 0) return sy / n;
  const slope = (n * sxy - sx * sy) / den;
  const intercept = (sy - slope * sx) / n;
  return intercept + slope * h;
}

export function movingAverage(y: Float64Array, i: number, window: number): number {
  let n = 0;
  let s = 0;
  for (let j = Math.max(0, i - window + 1); j <= i; j++) {
    const v = y[j]!;
    if (Number.isNaN(v)) continue;
    n++;
    s += v;
  }
  return n > 0 ? s / n : Number.NaN;
}

export function baselinePredict(
  name: BaselineName,
  y: Float64Array,
  i: number,
  h: number,
  p: BaselineParams,
): number {
  switch (name) {
    case 'persistence':
      return persistence(y, i);
    case 'seasonal_naive':
      return seasonalNaive(y, i, h, p.period);
    case 'linear_trend':
      return linearTrend(y, i, h, p.window);
    case 'moving_average':
      return movingAverage(y, i, p.window);
  }
}

/** Candidate windows (in steps) tried on the validation split. */
export const WINDOW_CANDIDATES = [2, 3, 5, 10, 15, 30, 60] as const;

/**
 * Picks the window of linear_trend or moving_average with the lowest MAE on `anchors` (the
 * validation split) for one target and horizon.
 */
export function chooseWindow(
  name: 'linear_trend' | 'moving_average',
  y: Float64Array,
  anchors: Int32Array,
  h: number,
  candidates: readonly number[] = WINDOW_CANDIDATES,
): number {
  let best = candidates[0]!;
  let bestMae = Number.POSITIVE_INFINITY;
  for (const w of candidates) {
    let n = 0;
    let s = 0;
    for (const i of anchors) {
      const p = baselinePredict(name, y, i, h, { window: w, period: 0 });
      const a = y[i + h]!;
      if (Number.isNaN(p) || Number.isNaN(a)) continue;
      n++;
      s += Math.abs(p - a);
    }
    const mae = n > 0 ? s / n : Number.POSITIVE_INFINITY;
    if (mae < bestMae) {
      bestMae = mae;
      best = w;
    }
  }
  return best;
}

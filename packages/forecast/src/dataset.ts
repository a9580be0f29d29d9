/**
 * From aligned series to supervised windows, without leakage. A window is anchored at grid index
 * `i` (the last observed step, "now"): its input is the feature rows `i - lookback + 1 … i`, its
 * targets are the target values at `i + h` for each horizon `h` (in steps). Splits are by time:
 * train, then validation, then test, each a contiguous run of anchors, separated by a gap of one
 * window (lookback + largest horizon) so that no grid index is used by two splits, neither as
 * input nor as target. Normalisation statistics come from the grid rows the training windows use,
 * and nothing else.
 */
import { ForecastError } from './errors.ts';

export interface SplitFractions {
  train: number;
  validation: number;
  test: number;
}

export interface WindowSpec {
  lookback: number;
  /** Horizons in steps, ascending, each ≥ 1. */
  horizons: readonly number[];
}

export interface Split {
  /** Anchor indices, ascending. */
  anchors: Int32Array;
}

export interface Splits {
  train: Split;
  validation: Split;
  test: Split;
  /** Anchors skipped between splits on each side (one window). */
  gap: number;
}

/** The grid indices a window anchored at `i` reads (inputs and targets), as an inclusive range. */
export function windowSpan(i: number, w: WindowSpec): [number, number] {
  return [i - w.lookback + 1, i + w.horizons[w.horizons.length - 1]!];
}

/**
 * True when every value a window anchored at `i` needs is present: all inputs in the lookback and
 * every target at the anchor and at each horizon.
 */
export function windowComplete(
  i: number,
  w: WindowSpec,
  inputs: readonly Float64Array[],
  targets: readonly Float64Array[],
): boolean {
  for (const x of inputs) for (let j = i - w.lookback + 1; j <= i; j++) if (Number.isNaN(x[j]!)) return false;
  for (const y of targets) {
    if (Number.isNaN(y[i]!)) return false;
    for (const h of w.horizons) if (Number.isNaN(y[i + h]!)) return false;
  }
  return true;
}

/**
 * Splits the anchors by time. The span from the first to the last possible anchor is cut by the
 * fractions; a gap of `lookback + max horizon` anchors is left out between neighbouring splits;
 * incomplete windows are dropped. Throws FORECAST_TOO_LITTLE_DATA when a split would be empty.
 */
export function splitByTime(
  n: number,
  w: WindowSpec,
  fractions: SplitFractions,
  complete: (i: number) => boolean,
): Splits {
  const H = w.horizons[w.horizons.length - 1]!;
  const gap = w.lookback + H;
  let lo = w.lookback - 1;
  let hi = n - 1 - H;
  while (lo <= hi && !complete(lo)) lo++;
  while (hi >= lo && !complete(hi)) hi--;
  const usable = hi - lo + 1 - 2 * gap;
  const sum = fractions.train + fractions.validation + fractions.test;
  if (usable < 3)
    throw new ForecastError(
      'FORECAST_TOO_LITTLE_DATA',
      `only ${Math.max(0, hi - lo + 1)} windows in the data; need far more than 2 gaps of ${gap}`,
    );
  const nTrain = Math.floor((usable * fractions.train) / sum);
  const nVal = Math.floor((usable * fractions.validation) / sum);
  const ranges: [number, number][] = [
    [lo, lo + nTrain - 1],
    [lo + nTrain + gap, lo + nTrain + gap + nVal - 1],
    [lo + nTrain + 2 * gap + nVal, hi],
  ];
  const parts = ranges.map(([a, b]) => {
    const out: number[] = [];
    for (let i = a; i <= b; i++) if (complete(i)) out.push(i);
    return { anchors: Int32Array.from(out) };
  });
  const names = ['train', 'validation', 'test'];
  parts.forEach((p, k) => {
    if (p.anchors.length === 0)
      throw new ForecastError(
        'FORECAST_TOO_LITTLE_DATA',
        `the ${names[k]} split has no complete window; query a longer range or check for gaps in the data`,
      );
  });
  return { train: parts[0]!, validation: parts[1]!, test: parts[2]!, gap };
}

export interface Norm {
  mean: number;
  std: number;
}

/**
 * Mean and standard deviation of `x` over the grid rows the given windows read as inputs (each row
 * counted once). A constant column gets std 1 so it normalises to 0, not to NaN.
 */
export function inputStats(x: Float64Array, anchors: Int32Array, lookback: number): Norm {
  let n = 0;
  let sum = 0;
  let sq = 0;
  let covered = -1;
  for (const i of anchors) {
    for (let j = Math.max(i - lookback + 1, covered + 1); j <= i; j++) {
      const v = x[j]!;
      if (Number.isNaN(v)) continue;
      n++;
      sum += v;
      sq += v * v;
    }
    covered = Math.max(covered, i);
  }
  const mean = n > 0 ? sum / n : 0;
  const std = n > 1 ? Math.sqrt(Math.max(0, sq / n - mean * mean)) : 0;
  return { mean, std: std > 1e-9 ? std : 1 };
}

/** Standard deviation of the h-step change of `y` over the training anchors (the output scale). */
export function deltaStd(y: Float64Array, anchors: Int32Array, h: number): number {
  let n = 0;
  let sq = 0;
  for (const i of anchors) {
    const d = y[i + h]! - y[i]!;
    if (Number.isNaN(d)) continue;
    n++;
    sq += d * d;
  }
  const s = n > 0 ? Math.sqrt(sq / n) : 0;
  return s > 1e-9 ? s : 1;
}

/**
 * Calendar features of a timestamp (UTC): Fourier terms of the day (orders 1..dailyOrder), the
 * week (orders 1..weeklyOrder) and the hour (orders 1..hourlyOrder; plant schedules start breaks and
 * shifts on the hour), as Prophet models seasonality. Written into `out` from `offset`.
 */
export function timeFeatures(
  t: number,
  dailyOrder: number,
  weeklyOrder: number,
  out: Float32Array,
  offset: number,
  hourlyOrder = 0,
): number {
  const day = (2 * Math.PI * t) / 86_400_000;
  // 1970-01-01 was a Thursday; shift so the weekly phase starts on Monday 00:00 UTC.
  const week = (2 * Math.PI * (t - 4 * 86_400_000)) / (7 * 86_400_000);
  let k = offset;
  for (let o = 1; o <= dailyOrder; o++) {
    out[k++] = Math.sin(o * day);
    out[k++] = Math.cos(o * day);
  }
  for (let o = 1; o <= weeklyOrder; o++) {
    out[k++] = Math.sin(o * week);
    out[k++] = Math.cos(o * week);
  }
  const hour = (2 * Math.PI * t) / 3_600_000;
  for (let o = 1; o <= hourlyOrder; o++) {
    out[k++] = Math.sin(o * hour);
    out[k++] = Math.cos(o * hour);
  }
  return k;
}

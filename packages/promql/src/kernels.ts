/**
 * Numeric kernels shared by the engine: Kahan–Neumaier summation, means that survive overflow,
 * quantiles, linear regression, counter-aware extrapolated rates and the per-window range-vector
 * functions (`*_over_time`, `rate`, `deriv`, …). Every window kernel reads samples straight from
 * typed arrays between two indices [lo, hi) so range evaluation never copies a window. Semantics
 * follow Prometheus' `promql/functions.go`, including its NaN and overflow corner cases.
 */

/** One Kahan–Neumaier step: returns the new sum; the compensation is left in `kc[0]`. */
export function kahanInc(inc: number, sum: number, kc: Float64Array): number {
  const t = sum + inc;
  if (!Number.isFinite(t) && !Number.isNaN(t)) kc[0] = 0;
  else if (Math.abs(sum) >= Math.abs(inc)) kc[0]! += sum - t + inc;
  else kc[0]! += inc - t + sum;
  return t;
}

const kc1 = new Float64Array(1);
const kc2 = new Float64Array(1);
const kc3 = new Float64Array(1);
const kc4 = new Float64Array(1);

/** Sum with Kahan compensation (the hot loop keeps everything in locals). */
export function sumOf(vs: ArrayLike<number>, lo: number, hi: number): number {
  let sum = 0;
  let c = 0;
  for (let i = lo; i < hi; i++) {
    const v = vs[i]!;
    const t = sum + v;
    if (t === Number.POSITIVE_INFINITY || t === Number.NEGATIVE_INFINITY) c = 0;
    else if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
    else c += v - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + c : sum;
}

/** Streaming mean: Kahan sum while it stays finite, then an incremental mean (as Prometheus). */
export class MeanAcc {
  count = 0;
  sum = 0;
  mean = 0;
  incremental = false;
  readonly c = new Float64Array(1);
  reset(): void {
    this.count = 0;
    this.sum = 0;
    this.mean = 0;
    this.incremental = false;
    this.c[0] = 0;
  }
  add(v: number): void {
    this.count++;
    const n = this.count;
    if (n === 1) {
      this.sum = v;
      this.c[0] = 0;
      return;
    }
    if (!this.incremental) {
      const saved = this.c[0]!;
      const ns = kahanInc(v, this.sum, this.c);
      if (Number.isFinite(ns) || Number.isNaN(ns)) {
        this.sum = ns;
        return;
      }
      this.c[0] = saved;
      this.incremental = true;
      this.mean = this.sum / (n - 1);
      this.c[0] = this.c[0]! / (n - 1);
    }
    const q = (n - 1) / n;
    this.c[0] = q * this.c[0]!;
    this.mean = kahanInc(v / n, q * this.mean, this.c);
  }
  result(): number {
    if (this.incremental) return this.mean + this.c[0]!;
    const n = this.count;
    return this.sum / n + this.c[0]! / n;
  }
}

const meanAcc = new MeanAcc();

/**
 * Mean as Prometheus computes it: a Kahan sum divided by the count while the sum stays finite;
 * on overflow, an incremental mean from there on (`MeanAcc` holds the general case).
 */
export function avgOf(vs: ArrayLike<number>, lo: number, hi: number): number {
  let sum = 0;
  let c = 0;
  for (let i = lo; i < hi; i++) {
    const v = vs[i]!;
    if (i === lo) {
      sum = v;
      continue;
    }
    const t = sum + v;
    if (t === Number.POSITIVE_INFINITY || t === Number.NEGATIVE_INFINITY) {
      meanAcc.reset();
      for (let k = lo; k < hi; k++) meanAcc.add(vs[k]!);
      return meanAcc.result();
    }
    if (Math.abs(sum) >= Math.abs(v)) c += sum - t + v;
    else c += v - t + sum;
    sum = t;
  }
  const n = hi - lo;
  return sum / n + c / n;
}

/** Population variance with Kahan-compensated Welford updates. */
export function stdvarOf(vs: ArrayLike<number>, lo: number, hi: number): number {
  let count = 0;
  let mean = 0;
  let aux = 0;
  kc1[0] = 0;
  kc2[0] = 0;
  for (let i = lo; i < hi; i++) {
    const v = vs[i]!;
    count++;
    const delta = v - (mean + kc1[0]!);
    mean = kahanInc(delta / count, mean, kc1);
    aux = kahanInc(delta * (v - (mean + kc1[0]!)), aux, kc2);
  }
  return (aux + kc2[0]!) / count;
}

/** Prometheus' quantile over a sorted copy: NaNs first, linear interpolation between ranks. */
export function quantileOf(q: number, values: number[]): number {
  if (values.length === 0 || Number.isNaN(q)) return Number.NaN;
  if (q < 0) return Number.NEGATIVE_INFINITY;
  if (q > 1) return Number.POSITIVE_INFINITY;
  values.sort(nanFirst);
  const n = values.length;
  const rank = q * (n - 1);
  const lower = Math.max(0, Math.floor(rank));
  const upper = Math.min(n - 1, lower + 1);
  const weight = rank - Math.floor(rank);
  return values[lower]! * (1 - weight) + values[upper]! * weight;
}

export function nanFirst(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  if (Number.isNaN(b)) return 1;
  return a - b;
}

/** Least-squares slope and intercept at `interceptTime` (ms); times are taken in seconds. */
export function linearRegression(
  ts: ArrayLike<number>,
  vs: ArrayLike<number>,
  lo: number,
  hi: number,
  interceptTime: number,
): [number, number] {
  let n = 0;
  let sumX = 0;
  let sumY = 0;
  let sumXY = 0;
  let sumX2 = 0;
  kc1[0] = 0;
  kc2[0] = 0;
  kc3[0] = 0;
  kc4[0] = 0;
  const initY = vs[lo]!;
  let constY = true;
  for (let i = lo; i < hi; i++) {
    const v = vs[i]!;
    if (constY && i > lo && v !== initY) constY = false;
    n++;
    const x = (ts[i]! - interceptTime) / 1000;
    sumX = kahanInc(x, sumX, kc1);
    sumY = kahanInc(v, sumY, kc2);
    sumXY = kahanInc(x * v, sumXY, kc3);
    sumX2 = kahanInc(x * x, sumX2, kc4);
  }
  if (constY) {
    if (!Number.isFinite(initY)) return [Number.NaN, Number.NaN];
    return [0, initY];
  }
  sumX += kc1[0]!;
  sumY += kc2[0]!;
  sumXY += kc3[0]!;
  sumX2 += kc4[0]!;
  const covXY = sumXY - (sumX * sumY) / n;
  const varX = sumX2 - (sumX * sumX) / n;
  const slope = covXY / varX;
  const intercept = sumY / n - (slope * sumX) / n;
  return [slope, intercept];
}

/**
 * `rate`, `increase` and `delta`: the change over the window, extrapolated towards the window
 * edges (at most half an average sample interval, and for counters never below zero).
 */
export function extrapolatedRate(
  ts: ArrayLike<number>,
  vs: ArrayLike<number>,
  lo: number,
  hi: number,
  rangeStart: number,
  rangeEnd: number,
  isCounter: boolean,
  isRate: boolean,
  /** Per-series prefix count of decreases (`resetPrefix`); lets reset-free windows skip the scan. */
  resets?: Int32Array,
): number | undefined {
  const count = hi - lo;
  if (count < 2) return undefined;
  const firstT = ts[lo]!;
  const lastT = ts[hi - 1]!;
  const firstV = vs[lo]!;
  let result = vs[hi - 1]! - firstV;
  if (isCounter && (resets === undefined || (resets.length > 0 && resets[hi - 1]! !== resets[lo]!))) {
    let prev = firstV;
    for (let i = lo + 1; i < hi; i++) {
      const v = vs[i]!;
      if (v < prev) result += prev;
      prev = v;
    }
  }
  let durationToStart = (firstT - rangeStart) / 1000;
  let durationToEnd = (rangeEnd - lastT) / 1000;
  const sampledInterval = (lastT - firstT) / 1000;
  const avgBetween = sampledInterval / (count - 1);
  const threshold = avgBetween * 1.1;
  if (durationToStart >= threshold) durationToStart = avgBetween / 2;
  if (isCounter && result > 0 && firstV >= 0) {
    const durationToZero = sampledInterval * (firstV / result);
    if (durationToZero < durationToStart) durationToStart = durationToZero;
  }
  if (durationToEnd >= threshold) durationToEnd = avgBetween / 2;
  let factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
  if (isRate) factor /= (rangeEnd - rangeStart) / 1000;
  return result * factor;
}

/** Shared answer of `resetPrefix` for a series without decreases (all zeros, never written). */
const NO_RESETS = new Int32Array(0);

/**
 * r[k] = number of k' <= k with vs[k'] < vs[k'-1]: a window [lo, hi) has resets iff
 * r[hi-1] != r[lo]. A series without any decrease (the common case) gets an empty array, read
 * as all zeros.
 */
export function resetPrefix(vs: Float64Array): Int32Array {
  let k = 1;
  while (k < vs.length && !(vs[k]! < vs[k - 1]!)) k++;
  if (k >= vs.length) return NO_RESETS;
  const r = new Int32Array(vs.length);
  for (; k < vs.length; k++) r[k] = r[k - 1]! + (vs[k]! < vs[k - 1]! ? 1 : 0);
  return r;
}

export function instantDelta(
  ts: ArrayLike<number>,
  vs: ArrayLike<number>,
  lo: number,
  hi: number,
  isRate: boolean,
): number | undefined {
  if (hi - lo < 2) return undefined;
  const last = vs[hi - 1]!;
  const prev = vs[hi - 2]!;
  let result = isRate && last < prev ? last : last - prev;
  if (isRate) {
    const dt = ts[hi - 1]! - ts[hi - 2]!;
    if (dt === 0) return undefined;
    result /= dt / 1000;
  }
  return result;
}

export function doubleExponentialSmoothing(
  vs: ArrayLike<number>,
  lo: number,
  hi: number,
  sf: number,
  tf: number,
): number | undefined {
  const l = hi - lo;
  if (l < 2) return undefined;
  let s0 = 0;
  let s1 = vs[lo]!;
  let b = vs[lo + 1]! - vs[lo]!;
  for (let i = 1; i < l; i++) {
    const x = sf * vs[lo + i]!;
    if (i - 1 !== 0) b = tf * (s1 - s0) + (1 - tf) * b;
    const y = (1 - sf) * (s1 + b);
    s0 = s1;
    s1 = x + y;
  }
  return s1;
}

/** Go's strconv.FormatFloat(f, 'f', -1, 64): shortest round-trip digits, never an exponent. */
export function formatFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Number.POSITIVE_INFINITY) return '+Inf';
  if (f === Number.NEGATIVE_INFINITY) return '-Inf';
  const s = String(f);
  const e = s.indexOf('e');
  if (e < 0) return s;
  let mant = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  let sign = '';
  if (mant.startsWith('-')) {
    sign = '-';
    mant = mant.slice(1);
  }
  const dot = mant.indexOf('.');
  const digits = mant.replace('.', '');
  const intLen = (dot < 0 ? mant.length : dot) + exp;
  if (intLen <= 0) return `${sign}0.${'0'.repeat(-intLen)}${digits}`;
  if (intLen >= digits.length) return sign + digits + '0'.repeat(intLen - digits.length);
  return `${sign}${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
}

/** Go's math.Pow corner cases that differ from JS `**`. */
export function goPow(a: number, b: number): number {
  if (b === 0) return 1;
  if (a === 1) return 1;
  if ((a === -1 || a === 1) && !Number.isFinite(b) && !Number.isNaN(b)) return 1;
  return a ** b;
}

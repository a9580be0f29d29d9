/**
 * Bulk reads of a series' samples into typed arrays (`SampleColumns`). Query engines load each
 * selected series once per query and then walk steps over the arrays; `readSamples` uses the
 * store's own `Series.samples` when it has one and otherwise drains the iterator, so every store
 * (the in-memory one, the TSDB, remote backends) serves the same call.
 */
import type { SampleColumns, Series } from './interface.ts';

const EMPTY = new Float64Array(0);

/** First index in ts[0, len) whose time is >= t (len if none). */
export function lowerBound(ts: ArrayLike<number>, len: number, t: number): number {
  return lowerBoundIn(ts, 0, len, t);
}

/** First index in ts[lo, hi) whose time is >= t (hi if none). */
export function lowerBoundIn(ts: ArrayLike<number>, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ts[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The samples of `series` with mint <= t <= maxt. The result is read-only (it may be a view of
 * the store's buffers or a cache).
 */
export function readSamples(series: Series, mint: number, maxt: number): SampleColumns {
  if (series.samples !== undefined) return series.samples(mint, maxt);
  const it = series.iterator();
  if (!it.seek(mint)) return { ts: EMPTY, vs: EMPTY };
  let ts = new Float64Array(256);
  let vs = new Float64Array(256);
  let n = 0;
  do {
    const t = it.time();
    if (t > maxt) break;
    if (n === ts.length) {
      const nts = new Float64Array(n * 2);
      nts.set(ts);
      ts = nts;
      const nvs = new Float64Array(n * 2);
      nvs.set(vs);
      vs = nvs;
    }
    ts[n] = t;
    vs[n] = it.value();
    n++;
  } while (it.next());
  return { ts: ts.subarray(0, n), vs: vs.subarray(0, n) };
}

/** Samples [lo, hi) of parallel arrays: views of Float64Arrays, copies of anything else. */
export function columnsOf(
  ts: ArrayLike<number>,
  vs: ArrayLike<number>,
  lo: number,
  hi: number,
): SampleColumns {
  if (hi <= lo) return { ts: EMPTY, vs: EMPTY };
  return { ts: view(ts, lo, hi), vs: view(vs, lo, hi) };
}

function view(a: ArrayLike<number>, lo: number, hi: number): Float64Array {
  if (a instanceof Float64Array) return a.subarray(lo, hi);
  const out = new Float64Array(hi - lo);
  for (let i = lo; i < hi; i++) out[i - lo] = a[i]!;
  return out;
}

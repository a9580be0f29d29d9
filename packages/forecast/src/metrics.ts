/**
 * Forecast error measures: MAE, RMSE and MAPE over paired predictions and actuals. Pairs where
 * either side is NaN are skipped; MAPE also skips actuals within `eps` of zero (a percentage of
 * nothing is meaningless) and is NaN when no pair is left.
 */

export interface ErrorStats {
  mae: number;
  rmse: number;
  /** Percent. */
  mape: number;
  n: number;
}

export function errorStats(pred: ArrayLike<number>, actual: ArrayLike<number>, eps = 1e-9): ErrorStats {
  let n = 0;
  let abs = 0;
  let sq = 0;
  let np = 0;
  let pct = 0;
  for (let k = 0; k < pred.length; k++) {
    const p = pred[k]!;
    const a = actual[k]!;
    if (Number.isNaN(p) || Number.isNaN(a)) continue;
    const e = p - a;
    n++;
    abs += Math.abs(e);
    sq += e * e;
    if (Math.abs(a) > eps) {
      np++;
      pct += Math.abs(e / a);
    }
  }
  return {
    mae: n > 0 ? abs / n : Number.NaN,
    rmse: n > 0 ? Math.sqrt(sq / n) : Number.NaN,
    mape: np > 0 ? (100 * pct) / np : Number.NaN,
    n,
  };
}

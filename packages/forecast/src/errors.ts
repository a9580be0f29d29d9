/**
 * Typed errors of the forecast package. Each carries a stable `code` a caller can branch on and a
 * message that says what to do next; the underlying failure travels as `cause`.
 */

export type ForecastErrorCode =
  | 'FORECAST_QUERY_FAILED'
  | 'FORECAST_NO_DATA'
  | 'FORECAST_TOO_LITTLE_DATA'
  | 'FORECAST_BAD_OPTION'
  | 'FORECAST_MODEL_IO'
  | 'FORECAST_BACKFILL';

export class ForecastError extends Error {
  constructor(
    readonly code: ForecastErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ForecastError';
  }
}

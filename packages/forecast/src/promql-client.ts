/**
 * A client for the `query_range` endpoint of any Prometheus-compatible API (sensorpath's own, a real
 * Prometheus, VictoriaMetrics). Long ranges are split into requests of at most 11,000 points per
 * series (Prometheus refuses more), and the answers are laid onto one time grid: `values[i]` is the
 * value at `start + i * step`, NaN where the API returned no point. Values stay in Float64Array so
 * NaN payloads survive.
 */
import { ForecastError } from './errors.ts';

/** Prometheus' limit on points per series in one `query_range` answer. */
export const MAX_POINTS_PER_REQUEST = 11_000;

export interface RangeSeries {
  labels: Record<string, string>;
  /** One value per grid point; NaN where missing. */
  values: Float64Array;
}

export interface RangeResult {
  start: number;
  step: number;
  /** Number of grid points: times are start, start + step, …, start + (n - 1) * step. */
  n: number;
  series: RangeSeries[];
}

export interface QueryRangeOptions {
  /** Base URL of the API, e.g. http://127.0.0.1:9090 (a path prefix such as /prometheus is kept). */
  url: string;
  query: string;
  /** Grid start and end (inclusive), ms; start is used as is, end is rounded down onto the grid. */
  start: number;
  end: number;
  step: number;
  /** Points per request; at most 11,000. @default 11_000 */
  maxPoints?: number;
  /** Extra request headers (e.g. Authorization). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

interface PromResponse {
  status: string;
  error?: string;
  errorType?: string;
  data?: { resultType: string; result: { metric: Record<string, string>; values?: [number, string][] }[] };
}

/** Runs a range query over [start, end] at `step`, in as many requests as the point limit needs. */
export async function queryRange(o: QueryRangeOptions): Promise<RangeResult> {
  if (!(o.step > 0) || o.step % 1 !== 0)
    throw new ForecastError('FORECAST_BAD_OPTION', `step ${o.step} ms: use a positive whole number of ms`);
  const maxPoints = Math.min(o.maxPoints ?? MAX_POINTS_PER_REQUEST, MAX_POINTS_PER_REQUEST);
  const n = Math.floor((o.end - o.start) / o.step) + 1;
  if (!(n >= 1))
    throw new ForecastError('FORECAST_BAD_OPTION', `empty range: end ${o.end} is before start ${o.start}`);
  const doFetch = o.fetch ?? fetch;
  const base = o.url.replace(/\/+$/, '');
  const byKey = new Map<string, RangeSeries>();
  for (let first = 0; first < n; first += maxPoints) {
    const last = Math.min(n - 1, first + maxPoints - 1);
    const params = new URLSearchParams({
      query: o.query,
      start: String((o.start + first * o.step) / 1000),
      end: String((o.start + last * o.step) / 1000),
      step: String(o.step / 1000),
    });
    let body: PromResponse;
    try {
      const res = await doFetch(`${base}/api/v1/query_range`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...o.headers },
        body: params.toString(),
        signal: AbortSignal.timeout(o.timeoutMs ?? 60_000),
      });
      const text = await res.text();
      try {
        body = JSON.parse(text) as PromResponse;
      } catch {
        throw new Error(`HTTP ${res.status}, not a Prometheus API answer: ${text.slice(0, 200)}`);
      }
      if (body.status !== 'success')
        throw new Error(`HTTP ${res.status} ${body.errorType ?? ''}: ${body.error ?? text.slice(0, 200)}`);
    } catch (err) {
      throw new ForecastError(
        'FORECAST_QUERY_FAILED',
        `query_range at ${base} failed for ${JSON.stringify(o.query)}: ${describe(err)}; ` +
          'check --url points at a Prometheus-compatible API and the query is valid PromQL',
        { cause: err },
      );
    }
    if (body.data?.resultType !== 'matrix')
      throw new ForecastError(
        'FORECAST_QUERY_FAILED',
        `query ${JSON.stringify(o.query)} returned a ${body.data?.resultType ?? 'missing'} result; a range query needs an instant-vector expression`,
      );
    for (const r of body.data.result) {
      const key = JSON.stringify(Object.entries(r.metric).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      let s = byKey.get(key);
      if (!s) {
        s = { labels: r.metric, values: new Float64Array(n).fill(Number.NaN) };
        byKey.set(key, s);
      }
      for (const [ts, v] of r.values ?? []) {
        const i = Math.round((ts * 1000 - o.start) / o.step);
        if (i >= 0 && i < n) s.values[i] = Number(v);
      }
    }
  }
  return { start: o.start, step: o.step, n, series: [...byKey.values()] };
}

/** The error's message plus the system error code underneath, if any (fetch hides ECONNREFUSED in `cause`). */
function describe(err: unknown): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  const inner = e.cause?.code ?? e.cause?.message;
  return inner && !e.message.includes(inner) ? `${e.message} (${inner})` : e.message;
}

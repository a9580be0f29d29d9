/**
 * A minimal Prometheus API for plain vector selectors (`name{label="v", other=~"re"}`): instant
 * `query`, `series`, `labels` and `label/<name>/values`, in the Prometheus JSON format. It exists
 * so the server runs end to end (and tenancy is enforced) without the PromQL engine; the handler
 * from `promapi/` takes over every `/api/v1/*` path once mounted, and this file goes away with it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  isStaleNaN,
  labelsToRecord,
  type Matcher,
  type MatchType,
  newMatcher,
  type Queryable,
} from '@sensorpath/storage';

const LOOKBACK_MS = 5 * 60 * 1000;

export function parseSelector(q: string): Matcher[] {
  const m = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)?\s*(?:\{(.*)\})?\s*$/s.exec(q);
  if (!m || (!m[1] && m[2] === undefined))
    throw new Error(`only plain vector selectors are supported here, not ${JSON.stringify(q)}`);
  const out: Matcher[] = [];
  if (m[1]) out.push(newMatcher('=', '__name__', m[1]));
  const body = m[2] ?? '';
  const re = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*(,|$)/gy;
  let pos = 0;
  while (pos < body.length) {
    re.lastIndex = pos;
    const lm = re.exec(body);
    if (!lm) throw new Error(`bad label matcher at ${JSON.stringify(body.slice(pos))}`);
    out.push(newMatcher(lm[2] as MatchType, lm[1]!, JSON.parse(`"${lm[3]}"`) as string));
    pos = re.lastIndex;
  }
  return out;
}

export async function instantQuery(queryable: Queryable, query: string, timeMs: number) {
  const matchers = parseSelector(query);
  const q = await queryable.querier(timeMs - LOOKBACK_MS, timeMs);
  try {
    const series = await q.select(true, { start: timeMs - LOOKBACK_MS, end: timeMs }, matchers);
    const result: { metric: Record<string, string>; value: [number, string] }[] = [];
    for (const s of series) {
      const it = s.iterator();
      let t = Number.NaN;
      let v = 0;
      while (it.next()) {
        t = it.time();
        v = it.value();
      }
      if (Number.isNaN(t) || isStaleNaN(v)) continue;
      result.push({ metric: labelsToRecord(s.labels), value: [timeMs / 1000, formatValue(v)] });
    }
    return { resultType: 'vector' as const, result };
  } finally {
    await q.close();
  }
}

function formatValue(v: number): string {
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  if (Number.isNaN(v)) return 'NaN';
  return String(v);
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

function send(res: ServerResponse, status: number, body: unknown): boolean {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  return true;
}

/** The stopgap API over one Queryable; returns false for paths it does not serve. */
export function createLiteApi(queryable: Queryable): Handler {
  const bad = (res: ServerResponse, error: string) =>
    send(res, 400, { status: 'error', errorType: 'bad_data', error });
  return async (req, res, url) => {
    const p = url.pathname;
    if (req.method !== 'GET') return false;
    const params = url.searchParams;
    try {
      if (p === '/api/v1/query') {
        const query = params.get('query');
        if (!query) return bad(res, 'missing parameter "query"');
        const time = params.get('time');
        const t = time ? Math.round(Number(time) * 1000) : Date.now();
        return send(res, 200, { status: 'success', data: await instantQuery(queryable, query, t) });
      }
      const lv = /^\/api\/v1\/label\/([^/]+)\/values$/.exec(p);
      if (p !== '/api/v1/series' && p !== '/api/v1/labels' && !lv) return false;
      const sets = params.getAll('match[]').map(parseSelector);
      if (p === '/api/v1/series' && sets.length === 0) return bad(res, 'no match[] parameter provided');
      const q = await queryable.querier(-8640000000000, 8640000000000000);
      try {
        if (p === '/api/v1/series') {
          const out = new Map<string, Record<string, string>>();
          for (const ms of sets)
            for (const s of await q.select(true, undefined, ms))
              out.set(JSON.stringify(s.labels), labelsToRecord(s.labels));
          return send(res, 200, { status: 'success', data: [...out.values()] });
        }
        const names = new Set<string>();
        const each = sets.length ? sets : [undefined];
        for (const ms of each) {
          const got = lv ? await q.labelValues(decodeURIComponent(lv[1]!), ms) : await q.labelNames(ms);
          for (const n of got) names.add(n);
        }
        return send(res, 200, { status: 'success', data: [...names].sort() });
      } finally {
        await q.close();
      }
    } catch (err) {
      return bad(res, (err as Error).message);
    }
  };
}

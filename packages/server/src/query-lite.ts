/**
 * A minimal instant query for plain vector selectors (`name{label="v", other=~"re"}`), answering in
 * the Prometheus JSON format. It exists so the first slice runs end to end; the PromQL engine in
 * `promapi/` takes over every `/api/v1/*` path once mounted, and this file goes away with it.
 */
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

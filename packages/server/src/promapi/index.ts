/**
 * The Prometheus HTTP API (`/api/v1/query`, `query_range`, `series`, `labels`,
 * `label/<name>/values`, `metadata`, `query_exemplars`, `status/buildinfo`, `format_query`) over a `Queryable`, with
 * the same JSON shapes, error types and HTTP status codes as Prometheus, so Grafana and promtool
 * work unchanged. GET and form-encoded POST are both accepted. The handler owns nothing: the
 * caller passes the storage, the engine options and the clock; it returns false for paths it
 * does not serve so the server can route them elsewhere (`/-/ready`, `/-/healthy`, …).
 */
import type http from 'node:http';
import {
  Engine,
  type EngineOptions,
  formatExpr,
  type PromErrorType,
  PromqlError,
  parseDuration,
  parseExpr,
} from '@sensorpath/promql';
import { compareLabels, type Labels, labelsKey, type Matcher, type Queryable } from '@sensorpath/storage';
import { JsonText, queryDataJson } from './json.ts';

export interface PromApiOptions {
  queryable: Queryable;
  engineOptions?: EngineOptions;
  /** Clock for queries without `time` (ms since the epoch). @default Date.now */
  now?: () => number;
}

export type PromApiHandler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
) => Promise<boolean>;

/** Earliest/latest times accepted for unbounded metadata queries (ms). */
const MIN_TIME = -8640000000000;
const MAX_TIME = 8640000000000000;
/** Largest request body accepted for form POSTs. */
const MAX_BODY = 4 << 20;

const statusFor: Record<PromErrorType | 'not_found', number> = {
  bad_data: 400,
  execution: 422,
  timeout: 503,
  canceled: 499,
  internal: 500,
  not_found: 404,
};

class ApiError extends Error {
  constructor(
    readonly errorType: PromErrorType | 'not_found',
    message: string,
  ) {
    super(message);
  }
}

const buildInfo = {
  version: '3.14.0',
  revision: 'sensorpath',
  branch: 'main',
  buildUser: 'sensorpath',
  buildDate: '20260101-00:00:00',
  goVersion: 'none (sensorpath TypeScript engine)',
};

export function createPromApi(opts: PromApiOptions): PromApiHandler {
  const engine = new Engine(opts.engineOptions);
  const now = opts.now ?? Date.now;
  const q = opts.queryable;

  const routes: Record<string, (p: URLSearchParams) => Promise<unknown>> = {
    '/api/v1/query': async (p) => {
      const query = required(p, 'query');
      const time = p.has('time') ? parseTime(p.get('time')!, 'time') : now();
      const e = engineFor(p);
      const r = await e.instantQuery(q, query, time);
      return withAnnotations(queryDataJson(r.value), r.warnings, r.infos);
    },
    '/api/v1/query_range': async (p) => {
      const query = required(p, 'query');
      const start = parseTime(required(p, 'start'), 'start');
      const end = parseTime(required(p, 'end'), 'end');
      const step = parseStep(required(p, 'step'));
      if (end < start)
        throw new ApiError(
          'bad_data',
          'invalid parameter "end": end timestamp must not be before start time',
        );
      const e = engineFor(p);
      const r = await e.rangeQuery(q, query, start, end, step);
      return withAnnotations(queryDataJson(r.value), r.warnings, r.infos);
    },
    '/api/v1/series': async (p) => {
      const sets = matchSets(p);
      if (sets.length === 0) throw new ApiError('bad_data', 'no match[] parameter provided');
      const [start, end] = timeBounds(p);
      const querier = await q.querier(start, end);
      try {
        const seen = new Map<string, Labels>();
        for (const ms of sets) {
          for (const s of await querier.select(true, { start, end, func: 'series' }, ms)) {
            seen.set(labelsKey(s.labels), s.labels);
          }
        }
        const all = [...seen.values()].sort(compareLabels);
        return { data: limit(p, all).map(labelsObject) };
      } finally {
        await querier.close();
      }
    },
    '/api/v1/labels': async (p) => {
      const [start, end] = timeBounds(p);
      const querier = await q.querier(start, end);
      try {
        const sets = matchSets(p);
        const names = new Set<string>();
        if (sets.length === 0) for (const n of await querier.labelNames()) names.add(n);
        for (const ms of sets) for (const n of await querier.labelNames(ms)) names.add(n);
        return { data: limit(p, [...names].sort()) };
      } finally {
        await querier.close();
      }
    },
    '/api/v1/metadata': async () => ({ data: {} }),
    // Samples carry no exemplars here; Grafana asks anyway, so answer with none.
    '/api/v1/query_exemplars': async (p) => {
      required(p, 'query');
      return { data: [] };
    },
    '/api/v1/status/buildinfo': async () => ({ data: buildInfo }),
    '/api/v1/format_query': async (p) => {
      const query = required(p, 'query');
      return { data: formatExpr(toBadData(() => parseExpr(query))) };
    },
  };

  function engineFor(p: URLSearchParams): Engine {
    const t = p.get('timeout');
    if (!t) return engine;
    const ms = parseStep(t, 'timeout');
    return new Engine({ ...opts.engineOptions, timeoutMs: Math.min(ms, engine.opts.timeoutMs) });
  }

  async function labelValues(name: string, p: URLSearchParams): Promise<unknown> {
    const [start, end] = timeBounds(p);
    const querier = await q.querier(start, end);
    try {
      const sets = matchSets(p);
      const vals = new Set<string>();
      if (sets.length === 0) for (const v of await querier.labelValues(name)) vals.add(v);
      for (const ms of sets) for (const v of await querier.labelValues(name, ms)) vals.add(v);
      return { data: limit(p, [...vals].sort()) };
    } finally {
      await querier.close();
    }
  }

  return async (req, res, url) => {
    const path = url.pathname;
    let route = routes[path];
    const lv = /^\/api\/v1\/label\/([^/]+)\/values$/.exec(path);
    if (!route && lv) {
      let name = decodeURIComponent(lv[1]!);
      if (name.startsWith('U__')) name = decodeUtf8LabelName(name);
      route = (p) => labelValues(name, p);
    }
    if (!route) return false;
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.writeHead(405, { 'Content-Type': 'application/json', Allow: 'GET, POST' });
      res.end(
        JSON.stringify({ status: 'error', errorType: 'bad_data', error: `method ${req.method} not allowed` }),
      );
      return true;
    }
    try {
      const params = new URLSearchParams(url.search);
      if (req.method === 'POST') {
        const body = await readBody(req);
        const type = String(req.headers['content-type'] ?? '');
        if (type.startsWith('application/x-www-form-urlencoded') || type === '') {
          for (const [k, v] of new URLSearchParams(body)) params.append(k, v);
        }
      }
      const out = (await route(params)) as { data: unknown; warnings?: string[]; infos?: string[] };
      if (out.data instanceof JsonText) sendData(res, out.data, out.warnings, out.infos);
      else send(res, 200, { status: 'success', ...out });
    } catch (err) {
      let type: PromErrorType | 'not_found' = 'internal';
      let msg = err instanceof Error ? err.message : String(err);
      if (err instanceof ApiError) type = err.errorType;
      else if (err instanceof PromqlError) type = err.errorType;
      else if (
        err instanceof Error &&
        'code' in err &&
        String((err as { code: unknown }).code) === 'STORAGE_BAD_MATCHER'
      )
        type = 'bad_data';
      if (type === 'internal') msg = `internal error: ${msg}`;
      send(res, statusFor[type], { status: 'error', errorType: type, error: msg });
    }
    return true;
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** A success answer whose `data` is pre-rendered JSON text (query results); keys in Prometheus' order. */
function sendData(res: http.ServerResponse, data: JsonText, warnings?: string[], infos?: string[]): void {
  const head = Buffer.from('{"status":"success","data":');
  let tail = '';
  if (warnings) tail += `,"warnings":${JSON.stringify(warnings)}`;
  if (infos) tail += `,"infos":${JSON.stringify(infos)}`;
  const parts = [
    head,
    typeof data.json === 'string' ? Buffer.from(data.json) : data.json,
    Buffer.from(`${tail}}`),
  ];
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': parts[0]!.length + parts[1]!.length + parts[2]!.length,
  });
  res.write(parts[0]);
  res.write(parts[1]);
  res.end(parts[2]);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    const b = c as Buffer;
    size += b.length;
    if (size > MAX_BODY) throw new ApiError('bad_data', `request body larger than ${MAX_BODY} bytes`);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function required(p: URLSearchParams, name: string): string {
  const v = p.get(name);
  if (v === null || v === '') {
    if (name === 'query')
      throw new ApiError(
        'bad_data',
        'invalid parameter "query": unknown position: parse error: no expression found in input',
      );
    throw new ApiError('bad_data', `invalid parameter "${name}": cannot parse "" to a valid timestamp`);
  }
  return v;
}

/** Unix seconds (with fraction) or RFC 3339, to ms. */
function parseTime(s: string, name: string): number {
  const n = Number(s);
  if (s.trim() !== '' && Number.isFinite(n)) return Math.round(n * 1000);
  const d = Date.parse(s);
  if (/^\d{4}-\d{2}-\d{2}T/.test(s) && Number.isFinite(d)) return d;
  throw new ApiError(
    'bad_data',
    `invalid parameter "${name}": cannot parse ${JSON.stringify(s)} to a valid timestamp`,
  );
}

/** Seconds (with fraction) or a Prometheus duration, to ms. */
function parseStep(s: string, name = 'step'): number {
  const n = Number(s);
  if (s.trim() !== '' && Number.isFinite(n)) {
    const ms = Math.round(n * 1000);
    if (ms <= 0 && name === 'step')
      throw new ApiError(
        'bad_data',
        'invalid parameter "step": zero or negative query resolution step widths are not accepted. Try a positive integer',
      );
    return ms;
  }
  const d = parseDuration(s);
  if (d === undefined)
    throw new ApiError(
      'bad_data',
      `invalid parameter "${name}": cannot parse ${JSON.stringify(s)} to a valid duration`,
    );
  if (d <= 0 && name === 'step')
    throw new ApiError(
      'bad_data',
      'invalid parameter "step": zero or negative query resolution step widths are not accepted. Try a positive integer',
    );
  return d;
}

function timeBounds(p: URLSearchParams): [number, number] {
  const s = p.get('start');
  const e = p.get('end');
  return [s ? parseTime(s, 'start') : MIN_TIME, e ? parseTime(e, 'end') : MAX_TIME];
}

function toBadData<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof PromqlError) throw new ApiError('bad_data', err.message);
    throw err;
  }
}

function matchSets(p: URLSearchParams): Matcher[][] {
  return p.getAll('match[]').map((m) => {
    const e = toBadData(() => parseExpr(m));
    if (e.kind !== 'vector')
      throw new ApiError(
        'bad_data',
        `invalid parameter "match[]": expected instant vector selector, got ${m}`,
      );
    return e.matchers;
  });
}

function limit<T>(p: URLSearchParams, xs: T[]): T[] {
  const l = Number(p.get('limit') ?? 0);
  return l > 0 && xs.length > l ? xs.slice(0, l) : xs;
}

function labelsObject(ls: Labels): Record<string, string> {
  const o: Record<string, string> = {};
  for (const l of ls) o[l.name] = l.value;
  return o;
}

/** Prometheus' `U__` escaping for label names in the values path (`U__a_2e_b` → `a.b`). */
function decodeUtf8LabelName(s: string): string {
  return s
    .slice(3)
    .replace(/_([0-9a-fA-F]+)_|__/g, (m, hex: string | undefined) =>
      hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : m === '__' ? '_' : m,
    );
}

function withAnnotations(
  data: unknown,
  warnings: string[],
  infos: string[],
): { data: unknown; warnings?: string[]; infos?: string[] } {
  const out: { data: unknown; warnings?: string[]; infos?: string[] } = { data };
  if (warnings.length) out.warnings = warnings;
  if (infos.length) out.infos = infos;
  return out;
}

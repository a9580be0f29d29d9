/**
 * Queries by proxying: with `--remote-query`, `/api/v1/query`, `query_range`, `query_exemplars`,
 * `series`, `labels` and `label/<name>/values` are answered by the remote store's own Prometheus
 * API (its engine, its caches), with the caller's tenant and sensor-path scope enforced on the way:
 *
 * - Shared store (`prometheus`, `victoriametrics`): the PromQL is parsed with sensorpath's parser,
 *   `enterprise="<tenant>"` and the scope's matchers are added to every vector and matrix selector,
 *   and the result is printed again; the printed query is parsed once more and refused unless every
 *   selector carries them (so a printer gap can never widen a query). `match[]` of series and label
 *   lookups get the same matchers, a lookup without `match[]` gets one, and VictoriaMetrics also gets
 *   `extra_label=enterprise=<tenant>`. Queries that cannot be narrowed this way (`info()`, which
 *   reads `target_info` series the query does not name) are refused with `bad_data`.
 * - `mimir`: `X-Scope-OrgID` names the tenant (several joined by `|`, Mimir's federation form).
 * - `victoriametrics-cluster`: the request goes to `/select/<accountID>/prometheus/...`; one tenant
 *   per request.
 *
 * Other `/api/v1` paths (`metadata`, `format_query`, `status/buildinfo`) go to `local`, the
 * engine-backed handler over the same tenant's remote Queryable. The remote's answer (status, body)
 * is passed through unchanged; a store that cannot be reached is a 503 `unavailable`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Expr, formatExpr, PromqlError, parseExpr } from '@sensorpath/promql';
import { type Matcher, newMatcher } from '@sensorpath/storage';
import type { ApiHandler } from '../query.ts';
import { accountFor, type RemoteDialect, TENANT_LABEL } from './dialect.ts';
import { RemoteStorageError } from './write.ts';

export class RemoteQueryError extends Error {
  constructor(
    readonly code: 'REMOTE_QUERY_UNSAFE' | 'REMOTE_QUERY_TENANT',
    message: string,
  ) {
    super(message);
    this.name = 'RemoteQueryError';
  }
}

export interface RemoteQueryProxyOptions {
  dialect: RemoteDialect;
  /** `--remote-query` (the vmselect base for `victoriametrics-cluster`). */
  queryUrl: string;
  accounts?: Readonly<Record<string, string>> | undefined;
  /** The caller's tenants; undefined: every tenant (an admin of `*`). */
  tenants: readonly string[] | undefined;
  /** Every known tenant (for `mimir` and `victoriametrics-cluster` when `tenants` is undefined). */
  allTenants: () => readonly string[];
  /** The caller's sensor-path scope as label matchers. */
  scope?: readonly Matcher[];
  /** Serves the `/api/v1` paths that are not proxied. */
  local: ApiHandler;
  /** @default 120000 */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const QUERY_PATHS = new Set(['/api/v1/query', '/api/v1/query_range', '/api/v1/query_exemplars']);
const MATCH_PATHS = new Set(['/api/v1/series', '/api/v1/labels']);
const LABEL_VALUES = /^\/api\/v1\/label\/[^/]+\/values$/;
const MAX_BODY = 4 << 20;
/** Longest form sent as a GET query string. */
const MAX_GET = 4096;

/** Regex alternation of literal tenant names (RE2 syntax). */
function alternation(names: readonly string[]): string {
  return names.map((n) => n.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')).join('|');
}

export function createRemoteQueryApi(o: RemoteQueryProxyOptions): ApiHandler {
  const doFetch = o.fetch ?? fetch;
  const base = o.queryUrl.replace(/\/+$/, '');

  /** Where the request goes, with which headers and which matchers must be added. */
  function route(): { base: string; headers: Record<string, string>; extra: Matcher[]; extraLabel?: string } {
    const scope = [...(o.scope ?? [])];
    switch (o.dialect) {
      case 'prometheus':
      case 'victoriametrics': {
        const ts = o.tenants;
        if (ts === undefined) return { base, headers: {}, extra: scope };
        if (ts.length === 0) throw new RemoteQueryError('REMOTE_QUERY_TENANT', 'no tenant to query');
        const m =
          ts.length === 1
            ? newMatcher('=', TENANT_LABEL, ts[0]!)
            : newMatcher('=~', TENANT_LABEL, alternation(ts));
        return {
          base,
          headers: {},
          extra: [m, ...scope],
          extraLabel:
            o.dialect === 'victoriametrics' && ts.length === 1 ? `${TENANT_LABEL}=${ts[0]}` : undefined,
        };
      }
      case 'mimir': {
        const ts = o.tenants ?? o.allTenants();
        if (ts.length === 0)
          throw new RemoteQueryError(
            'REMOTE_QUERY_TENANT',
            'no tenant to query: name one with X-Scope-OrgID',
          );
        return { base, headers: { 'X-Scope-OrgID': ts.join('|') }, extra: scope };
      }
      case 'victoriametrics-cluster': {
        const ts = o.tenants ?? o.allTenants();
        if (ts.length !== 1)
          throw new RemoteQueryError(
            'REMOTE_QUERY_TENANT',
            `victoriametrics-cluster answers one tenant per request, this one reads ${ts.length}: name the tenant with X-Scope-OrgID or ?tenant=`,
          );
        return {
          base: `${base}/select/${accountFor(ts[0]!, o.accounts)}/prometheus`,
          headers: {},
          extra: scope,
        };
      }
    }
  }

  return async (req, res, url) => {
    const path = url.pathname;
    const proxied = QUERY_PATHS.has(path) || MATCH_PATHS.has(path) || LABEL_VALUES.test(path);
    if (!proxied) return o.local(req, res, url);
    if (req.method !== 'GET' && req.method !== 'POST') {
      sendError(res, 405, 'bad_data', `method ${req.method} not allowed`);
      return true;
    }
    let target: ReturnType<typeof route>;
    const params = new URLSearchParams(url.search);
    try {
      if (req.method === 'POST') {
        const type = String(req.headers['content-type'] ?? '');
        const body = await readBody(req);
        if (type.startsWith('application/x-www-form-urlencoded') || type === '')
          for (const [k, v] of new URLSearchParams(body)) params.append(k, v);
      }
      params.delete('tenant');
      target = route();
      if (target.extra.length > 0) {
        if (QUERY_PATHS.has(path)) {
          const q = params.get('query');
          if (q) params.set('query', enforceMatchers(q, target.extra));
        } else {
          const ms = params.getAll('match[]');
          if (path === '/api/v1/series' && ms.length === 0)
            throw new RemoteQueryError('REMOTE_QUERY_UNSAFE', 'no match[] parameter provided');
          params.delete('match[]');
          if (ms.length === 0) params.append('match[]', `{${target.extra.map(printMatcher).join(', ')}}`);
          for (const m of ms) params.append('match[]', enforceSelector(m, target.extra));
        }
      }
      if (target.extraLabel) params.append('extra_label', target.extraLabel);
    } catch (err) {
      if (
        (err instanceof RemoteQueryError && err.code === 'REMOTE_QUERY_TENANT') ||
        (err instanceof RemoteStorageError && err.code === 'REMOTE_NO_ACCOUNT')
      ) {
        sendError(res, 422, 'execution', err.message);
        return true;
      }
      if (err instanceof RemoteQueryError || err instanceof PromqlError) {
        sendError(res, 400, 'bad_data', err.message);
        return true;
      }
      throw err;
    }
    let answer: Response;
    // GET while the URL stays short (Prometheus serves label values by GET only), else a form POST.
    const form = params.toString();
    const post = form.length > MAX_GET && !LABEL_VALUES.test(path);
    const headers: Record<string, string> = { 'User-Agent': 'sensorpath-remote-query', ...target.headers };
    if (post) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    try {
      answer = await doFetch(
        post || form === '' ? `${target.base}${path}` : `${target.base}${path}?${form}`,
        {
          method: post ? 'POST' : 'GET',
          headers,
          body: post ? form : undefined,
          signal: AbortSignal.timeout(o.timeoutMs ?? 120_000),
        },
      );
    } catch (err) {
      sendError(
        res,
        503,
        'unavailable',
        `remote store ${target.base} unreachable: ${(err as Error).message}`,
      );
      return true;
    }
    const bytes = Buffer.from(await answer.arrayBuffer());
    res.writeHead(answer.status, {
      'Content-Type': answer.headers.get('content-type') ?? 'application/json',
      'Content-Length': bytes.length,
    });
    res.end(bytes);
    return true;
  };
}

/** `name="value"` in PromQL syntax. */
function printMatcher(m: Matcher): string {
  return `${m.name}${m.type}${JSON.stringify(m.value)}`;
}

/**
 * The query with `extra` added to every selector, printed again. Throws `bad_data`-class errors for
 * a query that does not parse and REMOTE_QUERY_UNSAFE for one that cannot be narrowed safely.
 */
export function enforceMatchers(query: string, extra: readonly Matcher[]): string {
  const e = parseExpr(query);
  narrow(e, extra);
  const out = formatExpr(e);
  verify(out, extra, query);
  return out;
}

/** A `match[]` selector (an instant vector selector only) with `extra` added. */
export function enforceSelector(sel: string, extra: readonly Matcher[]): string {
  const e = parseExpr(sel);
  if (e.kind !== 'vector')
    throw new RemoteQueryError(
      'REMOTE_QUERY_UNSAFE',
      `invalid parameter "match[]": expected instant vector selector, got ${sel}`,
    );
  return enforceMatchers(sel, extra);
}

function narrow(e: Expr, extra: readonly Matcher[]): void {
  switch (e.kind) {
    case 'number':
    case 'string':
      return;
    case 'vector':
      e.matchers.push(...extra);
      return;
    case 'matrix':
      narrow(e.vs, extra);
      return;
    case 'subquery':
    case 'unary':
    case 'paren':
      narrow(e.expr, extra);
      return;
    case 'call':
      if (e.func === 'info')
        throw new RemoteQueryError(
          'REMOTE_QUERY_UNSAFE',
          'info() reads target_info series the query does not name, so it cannot be limited to your tenant; join target_info explicitly (… * on(job, instance) group_left(…) target_info)',
        );
      for (const a of e.args) narrow(a, extra);
      return;
    case 'aggregate':
      narrow(e.expr, extra);
      if (e.param) narrow(e.param, extra);
      return;
    case 'binary':
      narrow(e.lhs, extra);
      narrow(e.rhs, extra);
      return;
  }
}

/** Parses the rewritten query again; every selector must carry every extra matcher. */
function verify(text: string, extra: readonly Matcher[], original: string): void {
  let e: Expr;
  try {
    e = parseExpr(text);
  } catch (err) {
    throw new RemoteQueryError(
      'REMOTE_QUERY_UNSAFE',
      `query cannot be limited to your tenant (its rewritten form does not parse: ${(err as Error).message}): ${original}`,
    );
  }
  const bad: string[] = [];
  const walk = (x: Expr): void => {
    switch (x.kind) {
      case 'vector':
        for (const m of extra)
          if (!x.matchers.some((y) => y.name === m.name && y.type === m.type && y.value === m.value))
            bad.push(`${x.name || '{…}'} lacks ${printMatcher(m)}`);
        return;
      case 'matrix':
        walk(x.vs);
        return;
      case 'subquery':
      case 'unary':
      case 'paren':
        walk(x.expr);
        return;
      case 'call':
        for (const a of x.args) walk(a);
        return;
      case 'aggregate':
        walk(x.expr);
        if (x.param) walk(x.param);
        return;
      case 'binary':
        walk(x.lhs);
        walk(x.rhs);
        return;
      default:
        return;
    }
  };
  walk(e);
  if (bad.length)
    throw new RemoteQueryError(
      'REMOTE_QUERY_UNSAFE',
      `query cannot be limited to your tenant (${bad.join('; ')}): ${original}`,
    );
}

function sendError(res: ServerResponse, status: number, type: string, msg: string): void {
  const text = JSON.stringify({ status: 'error', errorType: type, error: msg });
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    const b = c as Buffer;
    size += b.length;
    if (size > MAX_BODY)
      throw new RemoteQueryError('REMOTE_QUERY_UNSAFE', `request body larger than ${MAX_BODY} bytes`);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

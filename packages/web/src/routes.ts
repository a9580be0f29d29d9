/**
 * The UI's HTTP side, mounted by the server before the Prometheus API: the page at `/`, its bundle
 * under `/assets/`, and three small endpoints the Prometheus API has no place for, all scoped to
 * the caller exactly as the query API is (the server supplies the principal and the checks, so
 * this package never sees users or storage):
 *
 *   GET /api/v1/web/session          who the token is: user, tenant, role, scope, open mode
 *   GET /api/v1/web/fleet            the agents inside the caller's tenant and scope
 *   GET /api/v1/web/live?path=P      server-sent events with device P's samples as they arrive
 *
 * The page and assets need no credentials (they hold none); every endpoint does, as the Prometheus
 * API does (anonymous only in open mode, which binds loopback only).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sharedBundle } from './bundle.ts';
import type { LiveHub } from './live.ts';

/** The caller as the UI needs it (a subset of @sensorpath/auth's Principal). */
export interface WebPrincipal {
  readonly username: string;
  /** The tenant, or `*` for operators. */
  readonly tenant: string;
  readonly scope: string;
  readonly role: string;
}

export interface WebDeps {
  /** Authenticates a request as a reader or admin; throws the server's AuthError otherwise. */
  principal(req: IncomingMessage): Promise<WebPrincipal>;
  /** True while no users exist (anonymous access on loopback). */
  open(): boolean;
  /** Agents the principal may see (tenant and scope applied by the server). */
  agents(p: WebPrincipal): readonly unknown[];
  /** May the principal read device `path` (`tenant/site/area/line/device`)? */
  canRead(p: WebPrincipal, path: string): boolean;
  hub: LiveHub;
}

const PATH_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}(\/[A-Za-z0-9][A-Za-z0-9_.-]{0,63}){4}$/;

export type WebHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export function createWebRoutes(deps: WebDeps): WebHandler {
  const getBundle = sharedBundle;
  return async (req, res, url) => {
    const p = url.pathname;
    if ((p === '/' || p === '/index.html') && (req.method === 'GET' || req.method === 'HEAD')) {
      const b = await getBundle();
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': b.html.length,
        'cache-control': 'no-cache',
        'content-security-policy':
          "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'",
      });
      res.end(req.method === 'HEAD' ? undefined : b.html);
      return true;
    }
    if (p.startsWith('/assets/')) {
      const a = (await getBundle()).assets.get(p.slice('/assets/'.length));
      if (!a) return false;
      const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gz ? a.gzip : a.body;
      res.writeHead(200, {
        'content-type': a.type,
        'content-length': body.length,
        ...(gz ? { 'content-encoding': 'gzip' } : {}),
        vary: 'accept-encoding',
        'cache-control': url.search ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    }
    if (!p.startsWith('/api/v1/web/')) return false;
    const who = await deps.principal(req);
    const rest = p.slice('/api/v1/web/'.length);
    if (rest === 'session') {
      return json(res, 200, {
        username: who.username,
        tenant: who.tenant,
        role: who.role,
        scope: who.scope,
        open: deps.open(),
      });
    }
    if (rest === 'fleet') return json(res, 200, deps.agents(who));
    if (rest === 'live') {
      const path = url.searchParams.get('path') ?? '';
      if (!PATH_RE.test(path))
        return json(res, 400, {
          status: 'error',
          errorType: 'bad_data',
          error: `path=${JSON.stringify(path)}: expected a device sensor path enterprise/site/area/line/device`,
        });
      if (!deps.canRead(who, path))
        return json(res, 403, {
          status: 'error',
          errorType: 'auth',
          code: 'AUTH_SCOPE_DENIED',
          error: `user ${who.username} may not read ${path}`,
        });
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 1000\nevent: hello\ndata: ${JSON.stringify({ path })}\n\n`);
      res.socket?.setNoDelay(true);
      const sub = deps.hub.subscribe(path, res);
      const end = () => sub.close();
      req.on('close', end);
      res.on('close', end);
      return true;
    }
    return json(res, 404, { status: 'error', errorType: 'not_found', error: `unknown UI endpoint ${p}` });
  };
}

function json(res: ServerResponse, status: number, body: unknown): true {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  return true;
}

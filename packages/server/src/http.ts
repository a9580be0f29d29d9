/**
 * The server's HTTP side: readiness and health, self-metrics, then the mounted routes in order
 * (admin API, receivers, the tenant-scoped Prometheus API). Routes are few and fixed, so a small
 * dispatcher on node:http (or node:https with `--tls-cert`/`--tls-key`) does the job without a
 * framework. Errors thrown by a route become one JSON answer: an AuthError with its status (401
 * with `WWW-Authenticate`, 403, 413, 429) and stable code, a bad payload 400, anything else 500.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { AuthError } from '@sensorpath/auth';
import type { Logger } from 'pino';
import { IngestError } from './ingest.ts';

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface HttpOptions {
  host: string;
  port: number;
  logger: Logger;
  ready: () => boolean;
  selfMetrics: () => string;
  /** Tried in order after the built-in paths; the first returning true answered. */
  routes: ApiHandler[];
  tls?: { cert: string; key: string } | undefined;
}

export interface HttpHandle {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startHttp(opts: HttpOptions): Promise<HttpHandle> {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = url.pathname;
    if (p === '/-/ready') {
      const ok = opts.ready();
      res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' });
      res.end(ok ? 'sensorpath is ready.\n' : 'sensorpath is starting.\n');
      return;
    }
    if (p === '/-/healthy') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('sensorpath is healthy.\n');
      return;
    }
    if (p === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(opts.selfMetrics());
      return;
    }
    for (const route of opts.routes) if (await route(req, res, url)) return;
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(`404 page not found: ${p}\n`);
  };
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: Error) => {
      if (res.headersSent) return res.end();
      if (err instanceof AuthError) {
        if (err.status === 401)
          res.setHeader('www-authenticate', 'Bearer realm="sensorpath", Basic realm="sensorpath"');
        return sendJson(res, err.status, {
          status: 'error',
          errorType: err.code.startsWith('LIMIT_') ? 'limit' : 'auth',
          code: err.code,
          error: err.message,
        });
      }
      if (err instanceof IngestError) {
        const status = err.code === 'INGEST_STORAGE' ? 503 : 400;
        return sendJson(res, status, {
          status: 'error',
          errorType: 'bad_data',
          code: err.code,
          error: err.message,
        });
      }
      opts.logger.error({ err: err.message, url: req.url }, 'http handler failed');
      sendJson(res, 500, { status: 'error', errorType: 'internal', error: err.message });
    });
  };
  const server = opts.tls
    ? (createHttpsServer(
        { cert: readFileSync(opts.tls.cert), key: readFileSync(opts.tls.key) },
        onRequest,
      ) as unknown as Server)
    : createServer(onRequest);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `HTTP port ${opts.host}:${opts.port} is already in use: stop the other process or pick another with --http HOST:PORT`,
            )
          : err,
      ),
    );
    server.listen(opts.port, opts.host, () => resolve());
  });
  const addr = server.address();
  return {
    server,
    port: typeof addr === 'object' && addr ? addr.port : opts.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

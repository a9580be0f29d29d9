/**
 * The server's HTTP side: readiness and health, self-metrics, and the Prometheus API. Routes are
 * few and fixed, so a small dispatcher on node:http does the job without a framework; the PromQL
 * API handler is mounted when the engine is available.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Queryable } from '@sensorpath/storage';
import type { Logger } from 'pino';
import { instantQuery } from './query-lite.ts';

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export interface HttpOptions {
  host: string;
  port: number;
  logger: Logger;
  queryable: Queryable;
  ready: () => boolean;
  selfMetrics: () => string;
  promApi?: ApiHandler;
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
    if (opts.promApi && (await opts.promApi(req, res, url))) return;
    if (p === '/api/v1/query' && req.method === 'GET') {
      const query = url.searchParams.get('query');
      if (!query)
        return sendJson(res, 400, {
          status: 'error',
          errorType: 'bad_data',
          error: 'missing parameter "query"',
        });
      const time = url.searchParams.get('time');
      const t = time ? Math.round(Number(time) * 1000) : Date.now();
      try {
        const data = await instantQuery(opts.queryable, query, t);
        return sendJson(res, 200, { status: 'success', data });
      } catch (err) {
        return sendJson(res, 400, { status: 'error', errorType: 'bad_data', error: (err as Error).message });
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(`404 page not found: ${p}\n`);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      opts.logger.error({ err: err.message, url: req.url }, 'http handler failed');
      if (!res.headersSent)
        sendJson(res, 500, { status: 'error', errorType: 'internal', error: err.message });
      else res.end();
    });
  });
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

/**
 * Test support: a local HTTP server that records every request (method, path, query, headers,
 * body) and answers from a script of statuses (204 once the script is used up), so remote_write
 * and proxy tests can assert the exact paths, headers and bodies a remote store would see.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Captured {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The status it was answered with. */
  status: number;
}

export interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Answer this much later (a slow store). */
  delayMs?: number;
}

export interface Capture {
  url: string;
  got: Captured[];
  /** Statuses of the next answers, in order; then `fallback`. */
  answers: Answer[];
  fallback: Answer;
  close(): Promise<void>;
}

export async function startCapture(): Promise<Capture> {
  const c: Capture = {
    url: '',
    got: [],
    answers: [],
    fallback: { status: 204 },
    close: () => new Promise<void>((r) => srv.close(() => r())),
  };
  const srv: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (b: Buffer) => chunks.push(b));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const a = c.answers.shift() ?? c.fallback;
      c.got.push({
        method: req.method ?? '',
        path: u.pathname,
        query: u.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
        status: a.status,
      });
      setTimeout(() => res.writeHead(a.status, a.headers).end(a.body ?? ''), a.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  c.url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  return c;
}

/**
 * The browser's side of the API: the token (kept in sessionStorage, sent as `Bearer`; none in open
 * mode), JSON calls that turn an error answer into an `ApiError` with the server's code, and a
 * server-sent-events reader over `fetch`, because `EventSource` cannot send an Authorization
 * header and a token never goes into a URL.
 */

const TOKEN_KEY = 'sensorpath.token';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(t: string | null): void {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function headers(extra?: Record<string, string>): Record<string, string> {
  const h: Record<string, string> = { ...extra };
  const t = token();
  if (t) h.authorization = `Bearer ${t}`;
  return h;
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: headers(init?.headers as Record<string, string>) });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const b = (body ?? {}) as { code?: string; error?: string };
    throw new ApiError(res.status, b.code ?? String(res.status), b.error ?? (text || res.statusText));
  }
  return body as T;
}

/** Prometheus API answers: `{status, data}`; returns `data`. */
export async function prom<T>(path: string, params: Record<string, string>): Promise<T> {
  const body = await api<{ data: T }>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params).toString(),
  });
  return body.data;
}

export interface Session {
  username: string;
  tenant: string;
  role: string;
  scope: string;
  open: boolean;
}

export interface Agent {
  path: string;
  tenant: string;
  state: string;
  agent: string;
  version: string;
  devices: string[];
  since: string;
  lastSeen: number | null;
  configRevision: number;
  configError: { revision: number; message: string } | null;
  badMessages: number;
  desiredRevision: number | null;
}

/**
 * Reads an SSE stream with fetch; calls `onEvent` per event and reconnects after a second until
 * `signal` aborts; a 4xx answer is thrown as an ApiError.
 */
export async function stream(
  path: string,
  onEvent: (event: string, data: string) => void,
  signal: AbortSignal,
  onState?: (connected: boolean) => void,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const res = await fetch(path, { headers: headers({ accept: 'text/event-stream' }), signal });
      if (!res.ok || !res.body) throw new ApiError(res.status, String(res.status), await res.text());
      onState?.(true);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += value;
        let end = buf.indexOf('\n\n');
        while (end >= 0) {
          const block = buf.slice(0, end);
          buf = buf.slice(end + 2);
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (data) onEvent(event, data);
          end = buf.indexOf('\n\n');
        }
      }
    } catch (err) {
      if (signal.aborted) return;
      // A refusal (bad path, no access) does not heal by retrying; a dropped connection does.
      if (err instanceof ApiError && err.status >= 400 && err.status < 500) throw err;
    }
    onState?.(false);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

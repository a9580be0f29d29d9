/**
 * Where `sensorpath user` and `sensorpath device` act: on a data directory directly (`--data DIR`,
 * the SQLite files a running server also reads) or on a running server over its admin HTTP API
 * (`--url URL` with an admin token from `--token` or `SENSORPATH_TOKEN`). Both paths give the same
 * answers, so the commands print one way.
 */
import { UsageError } from '../args.ts';

export interface Target {
  data?: string | undefined;
  url?: string | undefined;
  token?: string | undefined;
}

export const TARGET_OPTIONS = {
  data: { type: 'string' },
  url: { type: 'string' },
  token: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const TARGET_HELP = `Target (one of):
  --data DIR          act on the data directory directly (default: ./data)
  --url URL           act on a running server over its admin API (e.g. https://sp.example:9090)
  --token TOKEN       admin token for --url (default: $SENSORPATH_TOKEN)
  --json              print JSON`;

export function resolveTarget(v: {
  data?: string | undefined;
  url?: string | undefined;
  token?: string | undefined;
}): Target {
  if (v.url && v.data) throw new UsageError('give either --data DIR or --url URL, not both');
  if (v.url) {
    const token = v.token ?? process.env.SENSORPATH_TOKEN;
    return { url: v.url.replace(/\/$/, ''), token };
  }
  return { data: v.data ?? './data' };
}

export class AdminApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Calls the admin API; throws AdminApiError with the server's code and message on failure. */
export async function callAdmin(t: Target, method: string, path: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (t.token) headers.authorization = `Bearer ${t.token}`;
  const r = await fetch(`${t.url}/api/v1/admin/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  if (!r.ok) {
    const e = parsed as { code?: string; error?: string };
    throw new AdminApiError(
      e.code ?? `HTTP_${r.status}`,
      e.error ?? `HTTP ${r.status}: ${text.slice(0, 200)}`,
    );
  }
  return parsed;
}

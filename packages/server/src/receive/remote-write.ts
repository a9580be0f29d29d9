/**
 * Prometheus remote_write receiver: `POST /api/v1/write`, snappy-compressed protobuf
 * (`Content-Encoding: snappy`, `Content-Type: application/x-protobuf`), so Prometheus, Grafana
 * Alloy or vmagent can push in with `basic_auth` or `authorization` set to a sensorpath token.
 *
 * The tenant is the caller's (an operator must name one with `X-Scope-OrgID`). Labels are checked
 * against the credentials before anything is stored: a series whose `enterprise` label names
 * another tenant, or whose sensor-path labels contradict the caller's scope, refuses the whole
 * request (403, AUTH_TENANT_DENIED / AUTH_SCOPE_DENIED); missing ones are stamped from the scope, so
 * every stored series carries `enterprise=<tenant>`. Limits apply as on MQTT (413 payload, 429 rate
 * or series). Success is 204, as Prometheus expects.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  AuthError,
  checkTenant,
  isValidTenant,
  type Principal,
  scopeLabels,
  type TenantLimiter,
} from '@sensorpath/auth';
import { type Labels, labelsFromPairs } from '@sensorpath/storage';
import { uncompress } from 'snappyjs';
import type { Access } from '../access.ts';
import { sendJson } from '../http.ts';
import type { Ingestor } from '../ingest.ts';
import { readLimited } from './body.ts';
import { decodeWriteRequest, type WriteSeries } from './remote-write-proto.ts';

export const REMOTE_WRITE_PATH = '/api/v1/write';

export function createRemoteWriteRoute(deps: { access: Access; ingestor: Ingestor; limiter: TenantLimiter }) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (url.pathname !== REMOTE_WRITE_PATH) return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { status: 'error', errorType: 'bad_data', error: 'remote_write needs POST' });
      return true;
    }
    const p = await deps.access.http(req);
    try {
      if (p.role === 'reader')
        throw new AuthError(
          'AUTH_ROLE_DENIED',
          `user ${p.username} is a reader and may not write; use an edge user`,
        );
      const tenant = writeTenant(p, req);
      const compressed = await readLimited(req, deps.limiter, tenant);
      let raw: Uint8Array;
      let decoded: WriteSeries[];
      try {
        const max = deps.limiter.limitsOf(tenant).maxPayloadBytes;
        raw = uncompress(new Uint8Array(compressed), max > 0 ? max * 8 : undefined);
        decoded = decodeWriteRequest(raw);
      } catch (err) {
        sendJson(res, 400, {
          status: 'error',
          errorType: 'bad_data',
          error: `body is not snappy-compressed protobuf WriteRequest: ${(err as Error).message}`,
        });
        return true;
      }
      const series = decoded.map((s) => ({
        labels: enforceLabels(p, tenant, s.labels),
        samples: s.samples.map((m) => ({ t: m.timestamp, v: m.value })),
      }));
      const r = await deps.ingestor.appendSeries(tenant, series, raw.length);
      const limited = r.errors.filter((e) => e.startsWith('LIMIT_SERIES'));
      if (limited.length > 0) {
        const err = new AuthError('LIMIT_SERIES', `${r.rejected} samples refused: ${limited[0]}`, { tenant });
        deps.access.refuse('http', err, { user: p.username, tenant });
        sendJson(res, 429, { status: 'error', errorType: 'limit', code: err.code, error: err.message });
        return true;
      }
      if (r.rejected > 0) {
        sendJson(res, 400, { status: 'error', errorType: 'bad_data', error: r.errors.join('; '), data: r });
        return true;
      }
      res.writeHead(204);
      res.end();
    } catch (err) {
      if (err instanceof AuthError) deps.access.refuse('http', err, { user: p.username, path: url.pathname });
      throw err;
    }
    return true;
  };
}

function writeTenant(p: Principal, req: IncomingMessage): string {
  const h = req.headers['x-scope-orgid'];
  const named = Array.isArray(h) ? h[0] : h;
  if (named) {
    if (!isValidTenant(named))
      throw new AuthError(
        'AUTH_BAD_REQUEST',
        `X-Scope-OrgID ${JSON.stringify(named)} is not a valid tenant name`,
      );
    checkTenant(p, named);
    return named;
  }
  if (p.tenant === '*')
    throw new AuthError(
      'AUTH_BAD_REQUEST',
      'an operator writing needs the tenant in the X-Scope-OrgID header',
    );
  return p.tenant;
}

/** The series' labels with tenant and scope enforced; throws on a contradiction. */
function enforceLabels(p: Principal, tenant: string, labels: WriteSeries['labels']): Labels {
  const pairs: [string, string][] = labels.map((l) => [l.name, l.value]);
  const have = new Map(pairs);
  const forced: [string, string][] = [
    ['enterprise', tenant],
    ...scopeLabels(p.scope).filter(([n]) => n !== 'enterprise'),
  ];
  for (const [name, want] of forced) {
    const got = have.get(name);
    if (got !== undefined && got !== '' && got !== want) {
      const code = name === 'enterprise' ? 'AUTH_TENANT_DENIED' : 'AUTH_SCOPE_DENIED';
      throw new AuthError(
        code,
        `series ${seriesText(labels)} has ${name}="${got}", but user ${p.username} writes only ${name}="${want}" (scope ${p.scope}); the request was refused whole`,
        { tenant },
      );
    }
    pairs.push([name, want]);
  }
  return labelsFromPairs(pairs);
}

function seriesText(labels: WriteSeries['labels']): string {
  const name = labels.find((l) => l.name === '__name__')?.value ?? '';
  return `${name}{${labels
    .filter((l) => l.name !== '__name__')
    .map((l) => `${l.name}="${l.value}"`)
    .join(',')}}`;
}

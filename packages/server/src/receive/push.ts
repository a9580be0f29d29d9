/**
 * HTTP push of OpenMetrics text: `POST /api/v1/push/<enterprise>/<site>/<area>/<line>/<device>`
 * with the exposition as body (`application/openmetrics-text`, or `text/plain` for the Prometheus
 * 0.0.4 format). It is the MQTT `<path>/metrics` message over HTTP: same credentials, same scope
 * check (the path must lie inside the caller's scope, as the topic `<path>/metrics` would), same
 * ingestion (sensor-path labels from the URL override payload labels, so a body cannot claim
 * another tenant or place), same limits. Answers 200 with the stored and rejected sample counts,
 * 413/429 with a LIMIT_* code when a tenant limit refused the message or some of its series.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthError, checkPublish, type TenantLimiter } from '@sensorpath/auth';
import { formatFromContentType } from '@sensorpath/openmetrics';
import { parseSensorPath, SensorPathError } from '@sensorpath/protocol';
import type { Access } from '../access.ts';
import { sendJson } from '../http.ts';
import type { Ingestor } from '../ingest.ts';
import { readLimited } from './body.ts';

export const PUSH_PREFIX = '/api/v1/push/';

export function createPushRoute(deps: {
  access: Access;
  ingestor: Ingestor;
  limiter: TenantLimiter;
  onDeviceMessage?: ((topic: string, ok: boolean) => void) | undefined;
}) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (!url.pathname.startsWith(PUSH_PREFIX)) return false;
    if (req.method !== 'POST' && req.method !== 'PUT') {
      sendJson(res, 405, {
        status: 'error',
        errorType: 'bad_data',
        error: 'use POST with an OpenMetrics body',
      });
      return true;
    }
    const p = await deps.access.http(req);
    let pathText = decodeURIComponent(url.pathname.slice(PUSH_PREFIX.length));
    if (pathText.endsWith('/metrics')) pathText = pathText.slice(0, -'/metrics'.length);
    let path: ReturnType<typeof parseSensorPath>;
    try {
      path = parseSensorPath(pathText);
    } catch (err) {
      if (!(err instanceof SensorPathError)) throw err;
      sendJson(res, 400, { status: 'error', errorType: 'bad_data', code: err.code, error: err.message });
      return true;
    }
    const topic = `${pathText}/metrics`;
    try {
      checkPublish(p, topic);
      const body = await readLimited(req, deps.limiter, path.enterprise);
      const format = formatFromContentType(String(req.headers['content-type'] ?? '')) ?? 'openmetrics';
      const r = await deps.ingestor.ingest(path, body, `http:${topic}`, format);
      deps.onDeviceMessage?.(topic, true);
      const limited = r.errors.find((e) => e.includes('LIMIT_SERIES'));
      if (limited) {
        // Samples of known series were stored; the new series beyond the limit were not.
        const err = new AuthError('LIMIT_SERIES', `${r.rejected} samples refused: ${limited}`, {
          tenant: path.enterprise,
        });
        deps.access.refuse('http', err, { user: p.username, path: pathText });
        sendJson(res, 429, {
          status: 'error',
          errorType: 'limit',
          code: err.code,
          error: err.message,
          data: r,
        });
        return true;
      }
      sendJson(res, 200, { status: 'success', data: r });
    } catch (err) {
      if (err instanceof AuthError) deps.access.refuse('http', err, { user: p.username, path: pathText });
      else deps.onDeviceMessage?.(topic, false);
      throw err;
    }
    return true;
  };
}

/**
 * Per-tenant limits through the server: a tenant over its payload, sample-rate or series limit gets
 * a clear refusal (HTTP 413/429 with a LIMIT_* code; over MQTT a too-large message is acknowledged
 * and not stored), the refusal is counted, and another tenant keeps ingesting as if nothing happened.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectAsync } from 'mqtt';
import { pino } from 'pino';
import { type ServerHandle, startServer } from './server.ts';

describe('tenant limits', () => {
  let srv: ServerHandle;
  const dir = mkdtempSync(join(tmpdir(), 'sp-limits-'));
  const tok: Record<string, { username: string; token: string }> = {};
  before(async () => {
    srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      limits: { maxSeries: 3, maxSamplesPerSecond: 20, burstSeconds: 1, maxPayloadBytes: 1000 },
    });
    for (const t of ['acme', 'globex', 'initech']) {
      const { user, token } = await srv.users.create({ tenant: t, path: `${t}/#`, role: 'admin', name: t });
      tok[t] = { username: user.username, token };
    }
  });
  after(async () => {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const push = (tenant: string, body: string) =>
    fetch(`http://127.0.0.1:${srv.httpPort}/api/v1/push/${tenant}/s/a/l/d`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tok[tenant]!.token}` },
      body,
    });
  const exposition = (n: number, name = 'x') =>
    `# TYPE ${name} gauge\n${Array.from({ length: n }, (_, i) => `${name}{i="${i}"} 1`).join('\n')}\n# EOF\n`;

  it('refuses a payload over the size limit with 413, over HTTP and MQTT', async () => {
    const r = await push('acme', `# ${'x'.repeat(2000)}\n# EOF\n`);
    assert.equal(r.status, 413);
    const body = (await r.json()) as { code: string; error: string };
    assert.equal(body.code, 'LIMIT_PAYLOAD');
    assert.match(body.error, /exceeds the limit of 1000 bytes/);
    const c = await connectAsync(`mqtt://127.0.0.1:${srv.mqttPort}`, {
      username: 'acme',
      password: tok.acme!.token,
      reconnectPeriod: 0,
    });
    await c.publishAsync('acme/s/a/l/d/metrics', `# ${'x'.repeat(2000)}\n# EOF\n`, { qos: 1 }); // acknowledged, dropped
    await c.endAsync();
  });

  it('refuses new series beyond the limit with 429 and keeps the known ones', async () => {
    const r = await push('acme', exposition(5));
    assert.equal(r.status, 429);
    const body = (await r.json()) as { code: string; data: { samples: number; rejected: number } };
    assert.equal(body.code, 'LIMIT_SERIES');
    assert.deepEqual([body.data.samples, body.data.rejected], [3, 2]);
  });

  it('refuses samples over the rate with 429, while another tenant is unaffected', async () => {
    let limited = 0;
    for (let i = 0; i < 10 && limited === 0; i++) {
      const r = await push('acme', exposition(3));
      if (r.status === 429) {
        assert.equal(((await r.json()) as { code: string }).code, 'LIMIT_RATE');
        limited++;
      }
    }
    assert.equal(limited, 1, 'the rate limit struck');
    const g = await push('globex', exposition(3));
    assert.equal(g.status, 200, 'globex is not limited by acme');
    const m = await (await fetch(`http://127.0.0.1:${srv.httpPort}/metrics`)).text();
    assert.match(m, /sensorpath_limit_refusals_total\{tenant="acme",limit="payload"\} 2/);
    assert.match(m, /sensorpath_limit_refusals_total\{tenant="acme",limit="rate"\} 1/);
    assert.doesNotMatch(m, /tenant="globex",limit=/);
    assert.match(m, /sensorpath_tenant_active_series\{tenant="acme"\} 3/);
  });

  it('applies per-tenant overrides set by an operator over the admin API', async () => {
    const op = (await srv.users.create({ tenant: '*', path: '#', role: 'admin', name: 'op' })).token;
    const put = (token: string, body: unknown) =>
      fetch(`http://127.0.0.1:${srv.httpPort}/api/v1/admin/tenants/initech/limits`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    assert.equal((await put(tok.acme!.token, { maxPayloadBytes: 10 })).status, 403, 'not acme’s business');
    assert.equal(
      (await put(tok.initech!.token, { maxPayloadBytes: 10 })).status,
      403,
      'tenant admins only read',
    );
    const r = await put(op, { maxPayloadBytes: 10 });
    assert.deepEqual(await r.json(), { maxPayloadBytes: 10 });
    const refused = await push('initech', exposition(1));
    assert.equal(refused.status, 413);
    assert.equal((await push('globex', exposition(1))).status, 200);
  });
});

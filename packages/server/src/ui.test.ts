/**
 * The UI's endpoints on a running server with two tenants: the page needs no credentials, the
 * UI's session, fleet and live stream need a reader, and a tenant's UI session never shows another
 * tenant's agents or samples (nor devices outside its sensor-path scope inside its own tenant).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectAsync, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { type ServerHandle, startServer } from './server.ts';

interface Cred {
  username: string;
  token: string;
}

const state = (path: string) =>
  JSON.stringify({
    agent: 'sensorpath-edge',
    version: '9.9.9',
    devices: [path],
    configRevision: 0,
    state: 'online',
    since: new Date().toISOString(),
  });
const metrics = (v: number) =>
  `# TYPE meter_voltage_volts gauge\nmeter_voltage_volts{phase="L1"} ${v}\n# EOF\n`;

describe('web UI endpoints', () => {
  let srv: ServerHandle;
  const dir = mkdtempSync(join(tmpdir(), 'sp-ui-'));
  const u: Record<string, Cred> = {};
  const clients: MqttClient[] = [];
  const http = (path: string, c?: Cred, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${srv.httpPort}${path}`, {
      ...init,
      headers: c ? { authorization: `Bearer ${c.token}` } : {},
    });
  const mqtt = async (c: Cred) => {
    const client = await connectAsync(`mqtt://127.0.0.1:${srv.mqttPort}`, {
      username: c.username,
      password: c.token,
      reconnectPeriod: 0,
    });
    clients.push(client);
    return client;
  };

  before(async () => {
    srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
    });
    for (const [key, tenant, path, role] of [
      ['acme-edge', 'acme', 'acme/#', 'edge'],
      ['acme-reader', 'acme', 'acme/#', 'reader'],
      ['acme-berlin', 'acme', 'acme/berlin/#', 'reader'],
      ['globex-edge', 'globex', 'globex/#', 'edge'],
      ['globex-reader', 'globex', 'globex/#', 'reader'],
    ] as const) {
      const { user, token } = await srv.users.create({ tenant, path, role, name: key });
      u[key] = { username: user.username, token };
    }
    const a = await mqtt(u['acme-edge']!);
    await a.publishAsync('acme/berlin/hall/l1/m1/state', state('acme/berlin/hall/l1/m1'), {
      qos: 1,
      retain: true,
    });
    await a.publishAsync('acme/munich/hall/l1/m1/state', state('acme/munich/hall/l1/m1'), {
      qos: 1,
      retain: true,
    });
    const g = await mqtt(u['globex-edge']!);
    await g.publishAsync('globex/berlin/hall/l1/m1/state', state('globex/berlin/hall/l1/m1'), {
      qos: 1,
      retain: true,
    });
  });

  after(async () => {
    for (const c of clients) await c.endAsync();
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page and its assets without credentials', async () => {
    const page = await http('/');
    assert.equal(page.status, 200);
    const html = await page.text();
    const js = /src="(\/assets\/main\.js[^"]*)"/.exec(html)?.[1];
    assert.ok(js, html);
    assert.equal((await http(js)).status, 200);
    assert.equal((await http('/assets/nope.js')).status, 404);
  });

  it('asks for a token, and refuses edge users', async () => {
    assert.equal((await http('/api/v1/web/session')).status, 401);
    assert.equal((await http('/api/v1/web/fleet', u['acme-edge'])).status, 403);
    const s = (await (await http('/api/v1/web/session', u['acme-reader'])).json()) as Record<string, unknown>;
    assert.deepEqual(s, {
      username: 'acme-reader',
      tenant: 'acme',
      role: 'reader',
      scope: 'acme/#',
      open: false,
    });
  });

  it("lists only the caller's tenant and scope in the fleet", async () => {
    const paths = async (c: Cred) =>
      ((await (await http('/api/v1/web/fleet', c)).json()) as { path: string }[]).map((a) => a.path).sort();
    assert.deepEqual(await paths(u['acme-reader']!), ['acme/berlin/hall/l1/m1', 'acme/munich/hall/l1/m1']);
    assert.deepEqual(await paths(u['acme-berlin']!), ['acme/berlin/hall/l1/m1']);
    assert.deepEqual(await paths(u['globex-reader']!), ['globex/berlin/hall/l1/m1']);
  });

  it("streams a device's samples live, only within tenant and scope", async () => {
    assert.equal(
      (await http('/api/v1/web/live?path=globex/berlin/hall/l1/m1', u['acme-reader'])).status,
      403,
    );
    assert.equal((await http('/api/v1/web/live?path=acme/munich/hall/l1/m1', u['acme-berlin'])).status, 403);
    assert.equal((await http('/api/v1/web/live?path=acme/berlin', u['acme-reader'])).status, 400);
    const ac = new AbortController();
    const res = await http('/api/v1/web/live?path=acme/berlin/hall/l1/m1', u['acme-reader'], {
      signal: ac.signal,
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/event-stream');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const a = await mqtt(u['acme-edge']!);
    const g = await mqtt(u['globex-edge']!);
    // Same site/area/line/device under the other tenant: must not reach acme's stream.
    await g.publishAsync('globex/berlin/hall/l1/m1/metrics', metrics(999), { qos: 1 });
    await a.publishAsync('acme/berlin/hall/l1/m1/metrics', metrics(230.5), { qos: 1 });
    let text = '';
    const deadline = Date.now() + 3000;
    while (!text.includes('event: samples') && Date.now() < deadline)
      text += (await reader.read()).value ?? '';
    ac.abort();
    const data = JSON.parse(
      text.slice(text.indexOf('event: samples')).split('data: ')[1]!.split('\n')[0]!,
    ) as {
      series: { name: string; labels: Record<string, string> }[];
      samples: [number, number, number][];
    };
    assert.deepEqual(data.series, [{ id: 0, name: 'meter_voltage_volts', labels: { phase: 'L1' } }]);
    assert.deepEqual(
      data.samples.map((s) => s[2]),
      [230.5],
    );
  });
});

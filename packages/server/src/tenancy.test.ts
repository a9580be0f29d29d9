/**
 * Cross-tenant attempts against a running server over real sockets, counted per channel. Two
 * tenants (acme, globex) with edge, reader and admin users; every attempt by one tenant's user to
 * publish, subscribe, read or write into the other tenant (or outside its scope inside its own
 * tenant) must be refused, and the refusal must show up in /metrics. Wrong and revoked tokens are
 * refused on both channels. The summary line printed at the end is the report of this suite.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectAsync, type IClientOptions, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { compress } from 'snappyjs';
import { encodeWriteRequest, type WriteSeries } from './receive/remote-write-proto.ts';
import { type ServerHandle, startServer } from './server.ts';

const logger = pino({ level: 'silent' });
const closedOnce = (c: MqttClient) => new Promise<void>((resolve) => c.once('close', () => resolve()));
/** `refused`: denied outright (401/403, SUBACK 0x80, connection closed); `isolated`: answered, but
 * with nothing of the other tenant (reads filtered to the caller's tenant, labels overridden). */
const tally = { mqtt: { tried: 0, refused: 0, isolated: 0 }, http: { tried: 0, refused: 0, isolated: 0 } };
const metricsBody = (name: string, extra = '') =>
  `# TYPE ${name} gauge\n${name}{phase="L1"${extra}} 1\n# EOF\n`;

interface Cred {
  username: string;
  token: string;
}

describe('tenant isolation', () => {
  let srv: ServerHandle;
  const dir = mkdtempSync(join(tmpdir(), 'sp-tenancy-'));
  const clients: MqttClient[] = [];
  const u: Record<string, Cred> = {};

  const mqtt = async (c: Cred | undefined, extra: IClientOptions = {}) => {
    const client = await connectAsync(`mqtt://127.0.0.1:${srv.mqttPort}`, {
      protocolVersion: 4,
      reconnectPeriod: 0,
      connectTimeout: 3000,
      ...(c && { username: c.username, password: c.token }),
      ...extra,
    });
    clients.push(client);
    return client;
  };
  const http = (path: string, c?: Cred, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${srv.httpPort}${path}`, {
      ...init,
      headers: {
        ...(c && { authorization: `Bearer ${c.token}` }),
        ...(init.headers as Record<string, string>),
      },
    });
  const remoteWrite = (c: Cred, series: WriteSeries[], headers: Record<string, string> = {}) =>
    http('/api/v1/write', c, {
      method: 'POST',
      headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'snappy', ...headers },
      body: Buffer.from(compress(encodeWriteRequest(series))),
    });
  const query = async (c: Cred, q: string, headers: Record<string, string> = {}) => {
    const r = await http(`/api/v1/query?query=${encodeURIComponent(q)}`, c, { headers });
    return {
      status: r.status,
      body: (await r.json()) as { data?: { result: { metric: Record<string, string> }[] } },
    };
  };

  /** A publish the broker must refuse: it closes the connection and stores nothing. */
  const refusedPublish = async (c: Cred, topic: string, payload: string) => {
    tally.mqtt.tried++;
    const client = await mqtt(c);
    const closed = closedOnce(client);
    client.publish(topic, payload, { qos: 1 });
    await Promise.race([
      closed,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`publish to ${topic} was not refused`)), 3000),
      ),
    ]);
    tally.mqtt.refused++;
  };

  before(async () => {
    srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger,
    });
    const mk = async (key: string, tenant: string, path: string, role: string) => {
      const { user, token } = await srv.users.create({ tenant, path, role, name: key });
      u[key] = { username: user.username, token };
    };
    await mk('acme-edge', 'acme', 'acme/berlin/#', 'edge');
    await mk('acme-reader', 'acme', 'acme/#', 'reader');
    await mk('acme-berlin-reader', 'acme', 'acme/berlin/#', 'reader');
    await mk('globex-edge', 'globex', 'globex/#', 'edge');
    await mk('globex-reader', 'globex', 'globex/#', 'reader');
    await mk('operator', '*', '#', 'admin');
    // Legitimate data in both tenants (and in a second acme site).
    const a = await mqtt(u['acme-edge']);
    await a.publishAsync('acme/berlin/hall/l1/m1/metrics', metricsBody('v'), { qos: 1 });
    const g = await mqtt(u['globex-edge']);
    await g.publishAsync('globex/paris/hall/l1/m1/metrics', metricsBody('v'), { qos: 1 });
    const op = await mqtt(u.operator);
    await op.publishAsync('acme/munich/hall/l1/m1/metrics', metricsBody('v'), { qos: 1 });
  });

  after(async () => {
    for (const c of clients) await c.endAsync(true).catch(() => {});
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
    const total = tally.mqtt.tried + tally.http.tried;
    const line = (c: keyof typeof tally) =>
      `${c} ${tally[c].tried} tried: ${tally[c].refused} refused, ${tally[c].isolated} answered without the other tenant's data`;
    console.log(`cross-tenant attempts (${total}): ${line('mqtt')}; ${line('http')}`);
  });

  it('refuses MQTT logins without, with wrong and with revoked credentials', async () => {
    tally.mqtt.tried += 5;
    await assert.rejects(mqtt(undefined), /Not authorized|Connection refused/i);
    await assert.rejects(
      mqtt({
        username: 'acme-edge',
        token: 'spt_0000000000000000_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      }),
      /Bad username or password/i,
    );
    await assert.rejects(
      mqtt({ username: 'globex-edge', token: u['acme-edge']!.token }),
      /Bad username or password/i,
    );
    tally.mqtt.refused += 3;
    const { user, token } = await srv.users.create({
      tenant: 'acme',
      path: 'acme/#',
      role: 'edge',
      name: 'temp',
    });
    const live = await mqtt({ username: user.username, token });
    const closed = closedOnce(live);
    srv.users.revoke(user.username);
    await assert.rejects(mqtt({ username: user.username, token }), /Bad username or password/i);
    // The live session of the revoked user is refused at its next publish.
    live.publish('acme/x/a/l/d/metrics', metricsBody('revoked'), { qos: 1 });
    await closed;
    tally.mqtt.refused += 2;
  });

  it("refuses taking over another user's session by its client id", async () => {
    await mqtt(u['globex-edge'], { clientId: 'plant-gw-1', clean: false });
    tally.mqtt.tried++;
    await assert.rejects(
      mqtt(u['acme-edge'], { clientId: 'plant-gw-1', clean: false }),
      /Identifier rejected/i,
    );
    tally.mqtt.refused++;
  });

  it('refuses publishes into another tenant, outside the scope, and config pushes by edges', async () => {
    const edge = u['acme-edge']!;
    await refusedPublish(edge, 'globex/paris/hall/l1/m1/metrics', metricsBody('evil'));
    await refusedPublish(edge, 'globex/paris/hall/l1/m1/state', '{"state":"online"}');
    await refusedPublish(edge, 'acme/berlin2/hall/l1/m1/metrics', metricsBody('evil'));
    await refusedPublish(edge, 'acme/munich/hall/l1/m1/metrics', metricsBody('evil'));
    await refusedPublish(edge, 'acme/berlin/hall/l1/m1/config', '{"revision":99,"config":{}}');
    await refusedPublish(u['acme-reader']!, 'acme/berlin/hall/l1/m1/metrics', metricsBody('evil'));
    const r = await query(u.operator!, 'evil');
    assert.deepEqual(r.body.data?.result, [], 'nothing refused was stored');
  });

  it('refuses wildcard and cross-tenant subscriptions', async () => {
    const client = await mqtt(u['acme-edge']);
    for (const filter of [
      '#',
      '+/#',
      '+/berlin/#',
      '+/+/+/+/+/metrics',
      '$SYS/#',
      'globex/#',
      'acme/#',
      'acme/berlin2/#',
      'acme/+/hall/#',
    ]) {
      tally.mqtt.tried++;
      const granted = await client.subscribeAsync(filter, { qos: 1 }).then(
        (g) => g[0]?.qos,
        (err: { packet?: { granted?: number[] } }) => err.packet?.granted?.[0],
      );
      assert.equal(granted, 128, `${filter} must be refused`);
      tally.mqtt.refused++;
    }
    const ok = await client.subscribeAsync('acme/berlin/#', { qos: 1 });
    assert.equal(ok[0]?.qos, 1);
  });

  it('takes the tenant from the credentials, never from payload labels', async () => {
    const client = await mqtt(u['acme-edge']);
    tally.mqtt.tried++;
    await client.publishAsync(
      'acme/berlin/hall/l1/m2/metrics',
      metricsBody('forged', ',enterprise="globex",site="paris"'),
      { qos: 1 },
    );
    const g = await query(u['globex-reader']!, 'forged');
    assert.deepEqual(g.body.data?.result, []);
    const a = await query(u['acme-reader']!, 'forged');
    assert.equal(a.body.data?.result[0]?.metric.enterprise, 'acme');
    assert.equal(a.body.data?.result[0]?.metric.site, 'berlin');
    tally.mqtt.isolated++;
  });

  it('requires authentication on the HTTP API and refuses wrong and revoked tokens', async () => {
    for (const c of [undefined, { username: 'x', token: 'spt_nope' }]) {
      tally.http.tried++;
      const r = await http('/api/v1/query?query=v', c);
      assert.equal(r.status, 401);
      assert.match(r.headers.get('www-authenticate') ?? '', /Bearer/);
      tally.http.refused++;
    }
    const { user, token } = await srv.users.create({
      tenant: 'acme',
      path: 'acme/#',
      role: 'reader',
      name: 'temp-reader',
    });
    assert.equal((await http('/api/v1/query?query=v', { username: user.username, token })).status, 200);
    srv.users.revoke(user.username);
    tally.http.tried++;
    const r = await http('/api/v1/query?query=v', { username: user.username, token });
    assert.equal(r.status, 401);
    assert.equal(((await r.json()) as { code: string }).code, 'AUTH_REVOKED');
    tally.http.refused++;
  });

  it('shows a reader only its tenant through query, series, labels and label values', async () => {
    const reader = u['acme-reader']!;
    tally.http.tried++;
    const q = await query(reader, 'v');
    assert.deepEqual(q.body.data?.result.map((s) => s.metric.enterprise).sort(), ['acme', 'acme']);
    tally.http.isolated++;
    tally.http.tried++;
    const q2 = await query(reader, 'v{enterprise="globex"}');
    assert.deepEqual(q2.body.data?.result, []);
    tally.http.isolated++;
    tally.http.tried++;
    const s = (await (await http('/api/v1/series?match[]=%7B__name__%3D~%22.%2B%22%7D', reader)).json()) as {
      data: Record<string, string>[];
    };
    assert.ok(s.data.length > 0);
    assert.ok(s.data.every((x) => x.enterprise === 'acme'));
    tally.http.isolated++;
    tally.http.tried++;
    const lv = (await (await http('/api/v1/label/enterprise/values', reader)).json()) as { data: string[] };
    assert.deepEqual(lv.data, ['acme']);
    tally.http.isolated++;
    tally.http.tried++;
    const ln = (await (await http('/api/v1/label/site/values', reader)).json()) as { data: string[] };
    assert.ok(!ln.data.includes('paris'));
    tally.http.isolated++;
    // The scope narrows inside the tenant too.
    const berlin = await query(u['acme-berlin-reader']!, 'v');
    assert.deepEqual(
      berlin.body.data?.result.map((x) => x.metric.site),
      ['berlin'],
    );
  });

  it('refuses naming another tenant unless an operator does it', async () => {
    const reader = u['acme-reader']!;
    tally.http.tried++;
    assert.equal((await query(reader, 'v', { 'x-scope-orgid': 'globex' })).status, 403);
    tally.http.refused++;
    tally.http.tried++;
    assert.equal((await http('/api/v1/series?match[]=v&tenant=globex', reader)).status, 403);
    tally.http.refused++;
    tally.http.tried++;
    assert.equal((await query(u['acme-edge']!, 'v')).status, 403, 'edge users do not query');
    tally.http.refused++;
    const op = await query(u.operator!, 'v', { 'x-scope-orgid': 'globex' });
    assert.deepEqual(
      op.body.data?.result.map((x) => x.metric.enterprise),
      ['globex'],
    );
    const all = await query(u.operator!, 'v');
    assert.equal(all.body.data?.result.length, 3);
  });

  it('refuses remote_write with forged tenant or scope labels, and stamps the tenant otherwise', async () => {
    const edge = u['acme-edge']!;
    const t = Date.now();
    const series = (labels: Record<string, string>): WriteSeries[] => [
      {
        labels: Object.entries(labels).map(([name, value]) => ({ name, value })),
        samples: [{ value: 7, timestamp: t }],
      },
    ];
    for (const [labels, headers, code] of [
      [{ __name__: 'rw', enterprise: 'globex' }, {}, 'AUTH_TENANT_DENIED'],
      [{ __name__: 'rw', site: 'paris' }, {}, 'AUTH_SCOPE_DENIED'],
      [{ __name__: 'rw' }, { 'x-scope-orgid': 'globex' }, 'AUTH_TENANT_DENIED'],
    ] as const) {
      tally.http.tried++;
      const r = await remoteWrite(edge, series(labels), headers);
      assert.equal(r.status, 403);
      assert.equal(((await r.json()) as { code: string }).code, code);
      tally.http.refused++;
    }
    tally.http.tried++;
    assert.equal(
      (await remoteWrite(u['acme-reader']!, series({ __name__: 'rw' }))).status,
      403,
      'readers do not write',
    );
    tally.http.refused++;
    assert.equal((await remoteWrite(edge, series({ __name__: 'rw', job: 'alloy' }))).status, 204);
    const g = await query(u.operator!, 'rw', { 'x-scope-orgid': 'globex' });
    assert.deepEqual(g.body.data?.result, []);
    const a = await query(u['acme-reader']!, 'rw');
    assert.deepEqual(a.body.data?.result[0]?.metric, {
      __name__: 'rw',
      enterprise: 'acme',
      job: 'alloy',
      site: 'berlin',
    });
  });

  it('refuses HTTP pushes outside the scope and overrides payload labels', async () => {
    const edge = u['acme-edge']!;
    const post = (path: string, body: string) =>
      http(`/api/v1/push/${path}`, edge, {
        method: 'POST',
        headers: { 'content-type': 'application/openmetrics-text; version=1.0.0' },
        body,
      });
    for (const path of ['globex/paris/hall/l1/m1', 'acme/berlin2/hall/l1/m1']) {
      tally.http.tried++;
      const r = await post(path, metricsBody('pushed'));
      assert.equal(r.status, 403);
      tally.http.refused++;
    }
    tally.http.tried++;
    const ok = await post('acme/berlin/hall/l1/m3', metricsBody('pushed', ',enterprise="globex"'));
    assert.equal(ok.status, 200);
    const a = await query(u['acme-reader']!, 'pushed');
    assert.deepEqual(
      a.body.data?.result.map((x) => [x.metric.enterprise, x.metric.device]),
      [['acme', 'm3']],
    );
    tally.http.isolated++;
  });

  it('counts every refusal in the self-metrics', async () => {
    const m = await (await http('/metrics')).text();
    const sum = (channel: string) =>
      [
        ...m.matchAll(
          new RegExp(`sensorpath_auth_refusals_total\\{channel="${channel}",reason="[a-z_]+"\\} (\\d+)`, 'g'),
        ),
      ].reduce((n, x) => n + Number(x[1]), 0);
    assert.ok(sum('mqtt') >= tally.mqtt.refused - 1, `mqtt refusals counted: ${sum('mqtt')}`);
    assert.ok(
      sum('http') >= tally.http.refused,
      `http refusals counted: ${sum('http')} of ${tally.http.refused}`,
    );
    assert.match(m, /sensorpath_auth_open_mode 0/);
  });
});

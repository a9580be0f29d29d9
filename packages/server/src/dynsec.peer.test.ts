/**
 * Peer test of tenancy through an external Mosquitto (Debian's `mosquitto` 2.0 with its
 * `mosquitto_dynamic_security.so`): the server runs with `externalBroker` and a dynsec admin, users
 * are created and revoked through the admin HTTP API, and real MQTT 5 clients prove what Mosquitto
 * now enforces: an edge user publishes under its sensor path (stored, queryable) and nowhere else
 * (PUBACK "not authorised", nothing stored), a wrong password is refused, another tenant can neither
 * read nor write the first tenant's topics, revocation disconnects at once and refuses the next
 * login (also when revoked on the data directory), and a restart reconciles without changes.
 * Run with `node --import tsx --test packages/server/src/dynsec.peer.test.ts`.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { authDbPath, UserStore } from '@sensorpath/auth';
import { freePort } from '@sensorpath/simulator';
import { connect, connectAsync, type IClientOptions, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { DynsecClient, receiverRoleName, userAcls, userRoleName } from './dynsec.ts';
import { receiverClientId } from './external-broker.ts';
import { type ServerHandle, startServer } from './server.ts';
import {
  type DynsecMosquitto,
  dynsecMissing,
  dynsecMosquitto,
  listening,
  MOSQUITTO,
  waitFor,
} from './testing.ts';

const ADMIN_PASSWORD = 'dynsec-admin-test-pw';

/** The SUBACK code for one filter: the granted QoS, or a refusal (0x87 = 135, not authorised). */
async function subscribe(c: MqttClient, filter: string): Promise<number | undefined> {
  try {
    return (await c.subscribeAsync(filter, { qos: 1 }))[0]?.qos;
  } catch (err) {
    // mqtt.js rejects when every filter was refused, with the SUBACK attached.
    return (err as { packet?: { granted?: number[] } }).packet?.granted?.[0];
  }
}

/** MQTT reason code of a refusal (CONNACK, PUBACK or SUBACK), from mqtt.js' error. */
function reason(err: unknown): number | undefined {
  return (err as { code?: number }).code;
}

describe('tenancy through Mosquitto dynamic security', {
  skip: dynsecMissing,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-dynsec-'));
  const dataDir = join(dir, 'data');
  let broker: DynsecMosquitto | undefined;
  let port = 0;
  let srv: ServerHandle | undefined;
  let operator = '';
  const clients: MqttClient[] = [];

  const start = (o: { data?: string; brokerPort?: number; adminPassword?: string } = {}) =>
    startServer({
      dataDir: o.data ?? dataDir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      embeddedBroker: false,
      externalBroker: {
        url: `mqtt://127.0.0.1:${o.brokerPort ?? port}`,
        clientId: receiverClientId(o.data ?? dataDir),
        retryMs: 100,
      },
      brokerAdmin: { username: 'admin', password: o.adminPassword ?? ADMIN_PASSWORD },
    });

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`http://127.0.0.1:${srv!.httpPort}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(operator ? { authorization: `Bearer ${operator}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  const createUser = async (tenant: string, path: string, role: string, name: string) => {
    const r = await api('POST', '/api/v1/admin/users', { tenant, path, role, name });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body.token as string;
  };

  const mqtt = async (username: string, password: string, extra: IClientOptions = {}) => {
    const c = await connectAsync(`mqtt://127.0.0.1:${port}`, {
      protocolVersion: 5,
      username,
      password,
      reconnectPeriod: 0,
      connectTimeout: 5000,
      ...extra,
    });
    clients.push(c);
    return c;
  };

  /** Sample values of `metric` the server answers for an instant query, by site. */
  const stored = async (metric: string) => {
    const r = await api('GET', `/api/v1/query?query=${metric}&tenant=acme`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const result = (r.body.data as { result: { metric: Record<string, string>; value: [number, string] }[] })
      .result;
    return result.map((s) => `${s.metric.site}=${s.value[1]}`).sort();
  };

  const ts = () => (Date.now() / 1000).toFixed(3);

  before(async () => {
    port = await freePort();
    broker = dynsecMosquitto(dir, port, ADMIN_PASSWORD);
    await broker.start();
    // A user made on the data directory before the server starts (the CLI's way): its token is
    // unknown to the server, so the broker gets the client without a password.
    const store = new UserStore(authDbPath(dataDir));
    await store.create({ tenant: 'acme', path: 'acme/#', role: 'reader', name: 'acme-cli-reader' });
    store.close();
    srv = await start();
    // Users exist, so the admin API needs an operator: make one with the data directory too.
    const s2 = new UserStore(authDbPath(dataDir));
    operator = (await s2.create({ tenant: '*', path: '#', role: 'admin', name: 'ops' })).token;
    s2.close();
  });

  after(async () => {
    for (const c of clients) await c.endAsync(true).catch(() => {});
    await srv?.close().catch(() => {});
    await broker?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('provisions the receiver, and reconciles users already in auth.db (no password: login refused)', async () => {
    const admin = await DynsecClient.connect({
      url: `mqtt://127.0.0.1:${port}`,
      username: 'admin',
      password: ADMIN_PASSWORD,
      logger: pino({ level: 'silent' }),
    });
    try {
      const [rcv, reader, role] = await admin.send([
        { command: 'getClient', username: receiverClientId(dataDir) },
        { command: 'getClient', username: 'acme-cli-reader' },
        { command: 'getRole', rolename: userRoleName('acme-cli-reader') },
      ]);
      assert.equal(rcv!.error, undefined, 'the receiver has a dynsec client named after its client id');
      assert.deepEqual((rcv!.data!.client as { roles: { rolename: string }[] }).roles, [
        { rolename: receiverRoleName('sensorpath') },
      ]);
      assert.equal(reader!.error, undefined, 'the pre-existing user was written to the broker');
      const acls = (role!.data!.role as { acls: { acltype: string; topic: string }[] }).acls;
      // Mosquitto lists a role's ACLs grouped by type: compare as sets.
      assert.deepEqual(
        acls.map((a) => `${a.acltype} ${a.topic}`).sort(),
        userAcls({ role: 'reader', scope: 'acme/#' })
          .map((a) => `${a.acltype} ${a.topic}`)
          .sort(),
      );
    } finally {
      await admin.close();
    }
    await assert.rejects(mqtt('acme-cli-reader', 'anything'), (err) => {
      assert.ok([134, 135].includes(reason(err)!), `CONNACK ${reason(err)}`);
      return true;
    });
  });

  it('an edge user publishes under its path only; a wrong password is refused', async () => {
    const token = await createUser('acme', 'acme/berlin/#', 'edge', 'acme-edge-1');
    const edge = await mqtt('acme-edge-1', token);
    await edge.publishAsync('acme/berlin/hall/l1/m1/metrics', `dyn_v 1 ${ts()}\n# EOF\n`, { qos: 1 });
    await waitFor('the sample queryable', 5000, async () =>
      (await stored('dyn_v')).includes('berlin=1') ? true : undefined,
    );
    // Outside the scope: Mosquitto answers PUBACK 0x87 "not authorised" and routes nothing.
    await assert.rejects(
      edge.publishAsync('acme/paris/hall/l1/m1/metrics', `dyn_v 2 ${ts()}\n# EOF\n`, { qos: 1 }),
      (err) => reason(err) === 135,
    );
    // Configurations come from the control plane, never from an edge user.
    await assert.rejects(
      edge.publishAsync('acme/berlin/hall/l1/m1/config', '{"revision":9,"config":{}}', { qos: 1 }),
      (err) => reason(err) === 135,
    );
    // The edge agent speaks MQTT 3.1.1, whose PUBACK cannot refuse: Mosquitto acknowledges and drops.
    const v4 = await mqtt('acme-edge-1', token, { protocolVersion: 4 });
    await v4.publishAsync('acme/paris/hall/l1/m2/metrics', `dyn_v 4 ${ts()}\n# EOF\n`, { qos: 1 });
    // A later message inside the scope arrives, so the refused ones had their chance to be stored.
    await v4.publishAsync('acme/berlin/hall/l1/m1/metrics', `dyn_v 3 ${ts()}\n# EOF\n`, { qos: 1 });
    await waitFor('the later sample', 5000, async () =>
      (await stored('dyn_v')).includes('berlin=3') ? true : undefined,
    );
    assert.deepEqual(await stored('dyn_v'), ['berlin=3'], 'nothing from acme/paris was stored');
    await assert.rejects(mqtt('acme-edge-1', `${token}x`), (err) => {
      assert.ok([134, 135].includes(reason(err)!), `CONNACK ${reason(err)}`);
      return true;
    });
    await assert.rejects(mqtt('acme-edge-1', ''), (err) => [134, 135].includes(reason(err)!));
  });

  it("another tenant's user can neither read nor write the first tenant's topics", async () => {
    const gToken = await createUser('globex', 'globex/#', 'edge', 'globex-edge-1');
    const rToken = await createUser('acme', 'acme/berlin/#', 'reader', 'acme-reader-1');
    const g = await mqtt('globex-edge-1', gToken);
    for (const filter of ['acme/#', 'acme/berlin/hall/l1/m1/metrics', '+/+/+/+/+/metrics', '#']) {
      assert.equal(await subscribe(g, filter), 135, `globex subscribing ${filter}`);
    }
    assert.equal(await subscribe(g, 'globex/#'), 1, 'its own tenant: granted');
    await assert.rejects(
      g.publishAsync('acme/berlin/hall/l1/m1/metrics', `dyn_v 66 ${ts()}\n# EOF\n`, { qos: 1 }),
      (err) => reason(err) === 135,
    );
    // The acme reader does see acme/berlin: the refusals above are about tenancy, not a dead broker.
    const reader = await mqtt('acme-reader-1', rToken);
    assert.equal(await subscribe(reader, 'acme/berlin/#'), 1);
    assert.equal(await subscribe(reader, 'acme/paris/#'), 135);
    await assert.rejects(
      reader.publishAsync('acme/berlin/hall/l1/m1/metrics', 'x 1\n# EOF\n', { qos: 1 }),
      (err) => reason(err) === 135,
      'readers do not publish',
    );
    const seen: string[] = [];
    reader.on('message', (topic, payload) => seen.push(`${topic} ${payload.toString().split(' ')[1]}`));
    g.on('message', (topic) => seen.push(`globex saw ${topic}`));
    const edge = await mqtt('acme-edge-2', await createUser('acme', 'acme/berlin/#', 'edge', 'acme-edge-2'));
    await edge.publishAsync('acme/berlin/hall/l1/m2/metrics', `dyn_v 7 ${ts()}\n# EOF\n`, { qos: 1 });
    await waitFor('the reader to get the message', 5000, async () => (seen.length > 0 ? true : undefined));
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(seen, ['acme/berlin/hall/l1/m2/metrics 7']);
    assert.ok(!(await stored('dyn_v')).includes('berlin=66'), "globex's write into acme was not stored");
  });

  it("a session taken over with another tenant's client id yields none of its messages", async () => {
    const readerToken = await createUser('acme', 'acme/berlin/#', 'reader', 'acme-reader-2');
    const a = await mqtt('acme-reader-2', readerToken, {
      clientId: 'taken-over',
      clean: false,
      properties: { sessionExpiryInterval: 600 },
    });
    assert.equal(await subscribe(a, 'acme/berlin/#'), 1);
    await a.endAsync();
    // While the reader is away, its persistent session queues an acme message.
    const edge = await mqtt('acme-edge-6', await createUser('acme', 'acme/berlin/#', 'edge', 'acme-edge-6'));
    await edge.publishAsync('acme/berlin/hall/l1/m6/metrics', `dyn_v 8 ${ts()}\n# EOF\n`, { qos: 1 });
    // Mosquitto hands the session (subscription and queue) to whoever brings its client id.
    const seen: string[] = [];
    const g = connect(`mqtt://127.0.0.1:${port}`, {
      protocolVersion: 5,
      username: 'globex-edge-3',
      password: await createUser('globex', 'globex/#', 'edge', 'globex-edge-3'),
      clientId: 'taken-over',
      clean: false,
      properties: { sessionExpiryInterval: 600 },
      reconnectPeriod: 0,
    });
    clients.push(g);
    g.on('message', (topic) => seen.push(topic));
    const ack = await new Promise<{ sessionPresent: boolean }>((ok, fail) => {
      g.once('connect', ok);
      g.once('error', fail);
    });
    assert.equal(ack.sessionPresent, true, 'the globex user did take over the acme session');
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(seen, [], 'the queued acme message was not delivered to globex');
  });

  it('revocation over the admin API disconnects at once and refuses the next login', async () => {
    const token = await createUser('acme', 'acme/berlin/#', 'edge', 'acme-edge-3');
    const edge = await mqtt('acme-edge-3', token);
    const kicked = new Promise<number | undefined>((ok) => {
      edge.once('disconnect', (p) => ok(p.reasonCode));
      edge.once('close', () => ok(undefined));
    });
    const r = await api('DELETE', '/api/v1/admin/users/acme-edge-3');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const code = await Promise.race([
      kicked,
      new Promise((_, f) => setTimeout(() => f(new Error('not kicked')), 3000)),
    ]);
    assert.ok(code === undefined || code === 152, `DISCONNECT ${code}`);
    await assert.rejects(mqtt('acme-edge-3', token), (err) => [134, 135].includes(reason(err)!));
  });

  it('revocation on the data directory (the CLI) reaches the broker within seconds', async () => {
    const token = await createUser('acme', 'acme/berlin/#', 'edge', 'acme-edge-4');
    const edge = await mqtt('acme-edge-4', token);
    const closed = new Promise<void>((ok) => edge.once('close', () => ok()));
    const store = new UserStore(authDbPath(dataDir));
    store.revoke('acme-edge-4');
    store.close();
    const t0 = Date.now();
    await Promise.race([
      closed,
      new Promise((_, f) => setTimeout(() => f(new Error('not kicked in 12 s')), 12_000)),
    ]);
    assert.ok(Date.now() - t0 < 12_000);
    await assert.rejects(mqtt('acme-edge-4', token), (err) => [134, 135].includes(reason(err)!));
  });

  it('leaves a client it did not create alone: the creation is answered 502 and revoked again', async () => {
    const admin = await DynsecClient.connect({
      url: `mqtt://127.0.0.1:${port}`,
      username: 'admin',
      password: ADMIN_PASSWORD,
      logger: pino({ level: 'silent' }),
    });
    try {
      const [made] = await admin.send([
        { command: 'createClient', username: 'acme-handmade', password: 'theirs', textname: 'made by hand' },
      ]);
      assert.equal(made!.error, undefined);
      const r = await api('POST', '/api/v1/admin/users', {
        tenant: 'acme',
        path: 'acme/#',
        role: 'edge',
        name: 'acme-handmade',
      });
      assert.equal(r.status, 502, JSON.stringify(r.body));
      assert.equal(r.body.code, 'DYNSEC_CONFLICT');
      assert.match(String(r.body.error), /user acme-handmade not created \(revoked again\)/);
      assert.equal(r.body.token, undefined, 'no token is handed out');
      assert.notEqual(srv!.users.get('acme-handmade')?.revokedAt ?? null, null, 'revoked in auth.db');
      const [after] = await admin.send([{ command: 'getClient', username: 'acme-handmade' }]);
      assert.equal(
        (after!.data?.client as { textname?: string } | undefined)?.textname,
        'made by hand',
        'untouched',
      );
      // Its owner's password still works: sensorpath did not change the client.
      (await mqtt('acme-handmade', 'theirs')).end();
    } finally {
      await admin.close();
    }
  });

  it('refuses to start with a wrong admin password, or without the plugin', async () => {
    await assert.rejects(start({ data: join(dir, 'wrong-pw'), adminPassword: 'wrong' }), (err) => {
      assert.equal((err as { code?: string }).code, 'DYNSEC_CONNECT');
      assert.match(
        (err as Error).message,
        /Not authorized; check --broker-admin-user and --broker-admin-password/,
      );
      return true;
    });
    // A Mosquitto without the plugin accepts the login and never answers the commands.
    const plain = await freePort();
    writeFileSync(join(dir, 'plain.conf'), `listener ${plain} 127.0.0.1\nallow_anonymous true\n`);
    const m = spawn(MOSQUITTO, ['-c', join(dir, 'plain.conf')], { stdio: 'ignore' });
    try {
      await waitFor('plain mosquitto', 5000, () => listening(plain));
      await assert.rejects(start({ data: join(dir, 'no-plugin'), brokerPort: plain }), (err) => {
        assert.equal((err as { code?: string }).code, 'DYNSEC_NO_ANSWER');
        assert.match((err as Error).message, /is mosquitto_dynamic_security.so loaded/);
        return true;
      });
    } finally {
      await new Promise<void>((r) => {
        m.once('exit', () => r());
        m.kill('SIGTERM');
      });
    }
  });

  it('a restart reconciles idempotently: nothing changes, users keep their passwords', async () => {
    const token = await createUser('acme', 'acme/berlin/#', 'edge', 'acme-edge-5');
    await srv!.close();
    srv = await start();
    const metrics = await (await fetch(`http://127.0.0.1:${srv.httpPort}/metrics`)).text();
    for (const kind of ['created', 'updated', 'removed'])
      assert.match(metrics, new RegExp(`^sensorpath_dynsec_changes_total\\{kind="${kind}"\\} 0$`, 'm'));
    assert.match(metrics, /^sensorpath_dynsec_failures_total 0$/m);
    const edge = await mqtt('acme-edge-5', token);
    await edge.publishAsync('acme/berlin/hall/l1/m5/metrics', `dyn_after 5 ${ts()}\n# EOF\n`, { qos: 1 });
    await waitFor('the sample after the restart', 5000, async () =>
      (await stored('dyn_after')).includes('berlin=5') ? true : undefined,
    );
    // Revoked users stay out after the restart.
    await assert.rejects(mqtt('acme-edge-3', 'x'), (err) => [134, 135].includes(reason(err)!));
  });
});

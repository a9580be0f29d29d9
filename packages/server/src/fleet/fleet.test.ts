/**
 * The control plane with a fake agent (an MQTT client behaving as the edge agent's protocol says):
 * the agent's birth lands in the registry; a pushed configuration arrives retained on
 * `<path>/config`, the agent acknowledges its revision in its state; a configuration it refuses
 * (an invalid register map) is reported back with the error while the old revision keeps running;
 * a rollback publishes the old configuration again as a new revision; the admin API and the
 * registry agree, and another tenant's admin can neither see nor push to the agent.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectAsync, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { type ServerHandle, startServer } from '../server.ts';

const PATH = 'acme/berlin/assembly/line1/meter1';

async function until<T>(what: string, fn: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = fn();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

/** Applies configs whose registers all have a numeric address; refuses the others. */
async function fakeAgent(
  url: string,
  username: string,
  password: string,
): Promise<{ client: MqttClient; running: () => number }> {
  let revision = 0;
  const state = (extra: object = {}) =>
    JSON.stringify({
      agent: 'fake-edge',
      version: '9.9.9',
      devices: [PATH],
      state: 'online',
      configRevision: revision,
      ...extra,
    });
  const client = await connectAsync(url, {
    username,
    password,
    clientId: 'fake-agent',
    reconnectPeriod: 0,
    will: {
      topic: `${PATH}/state`,
      payload: Buffer.from(JSON.stringify({ state: 'offline' })),
      qos: 1,
      retain: true,
    },
  });
  await client.publishAsync(`${PATH}/state`, state(), { qos: 1, retain: true });
  client.on('message', (topic, payload) => {
    if (topic !== `${PATH}/config`) return;
    const doc = JSON.parse(payload.toString()) as {
      revision: number;
      config: { registers?: { address?: unknown }[] };
    };
    if (doc.revision <= revision) return;
    const bad = (doc.config.registers ?? []).findIndex((r) => typeof r.address !== 'number');
    if (bad >= 0)
      client.publish(
        `${PATH}/state`,
        state({
          configError: { revision: doc.revision, message: `registers.${bad}.address: expected a number` },
        }),
        { qos: 1, retain: true },
      );
    else {
      revision = doc.revision;
      client.publish(`${PATH}/state`, state(), { qos: 1, retain: true });
    }
  });
  await client.subscribeAsync(`${PATH}/config`, { qos: 1 });
  return { client, running: () => revision };
}

describe('fleet control plane', () => {
  let srv: ServerHandle;
  let agent: Awaited<ReturnType<typeof fakeAgent>>;
  const dir = mkdtempSync(join(tmpdir(), 'sp-fleet-'));
  let admin = '';
  let otherAdmin = '';
  before(async () => {
    srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      fleetPollMs: 100,
    });
    const edge = await srv.users.create({
      tenant: 'acme',
      path: 'acme/berlin/#',
      role: 'edge',
      name: 'edge1',
    });
    admin = (await srv.users.create({ tenant: 'acme', path: 'acme/#', role: 'admin', name: 'acme-admin' }))
      .token;
    otherAdmin = (
      await srv.users.create({ tenant: 'globex', path: 'globex/#', role: 'admin', name: 'globex-admin' })
    ).token;
    agent = await fakeAgent(`mqtt://127.0.0.1:${srv.mqttPort}`, 'edge1', edge.token);
  });
  after(async () => {
    await agent.client.endAsync(true);
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = async (token: string, method: string, path: string, body?: unknown) => {
    const r = await fetch(`http://127.0.0.1:${srv.httpPort}/api/v1/admin/${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as never };
  };

  it('registers the agent from its birth message', async () => {
    const a = await until('agent registered', () => srv.fleet.registry.get(PATH));
    assert.equal(a.state, 'online');
    assert.equal(a.version, '9.9.9');
    assert.ok(a.lastSeen && a.lastSeen > 0);
  });

  it('pushes a configuration that the agent applies and acknowledges', async () => {
    const r = await api(admin, 'POST', `devices/${PATH}/config`, { registers: [{ name: 'v', address: 0 }] });
    assert.equal(r.status, 201);
    assert.equal((r.body as { revision: number }).revision, 1);
    await until('revision 1 running', () => (agent.running() === 1 ? true : undefined));
    await until('ack recorded', () =>
      srv.fleet.registry.get(PATH)?.configRevision === 1 ? true : undefined,
    );
  });

  it('keeps the old configuration when the agent rejects an invalid register map', async () => {
    const r = await api(admin, 'POST', `devices/${PATH}/config`, {
      registers: [{ name: 'v', address: 'zero' }],
    });
    assert.equal((r.body as { revision: number }).revision, 2);
    const a = await until('rejection recorded', () => {
      const x = srv.fleet.registry.get(PATH);
      return x?.configError?.revision === 2 ? x : undefined;
    });
    assert.equal(a.configRevision, 1, 'the old revision keeps running');
    assert.match(a.configError!.message, /registers\.0\.address/);
    assert.equal(agent.running(), 1);
    const h = (await api(admin, 'GET', `devices/${PATH}/config`)).body as {
      revision: number;
      status: string;
    }[];
    assert.deepEqual(
      h.map((x) => [x.revision, x.status]),
      [
        [2, 'rejected'],
        [1, 'applied'],
      ],
    );
  });

  it('rolls back to an earlier revision as a new revision', async () => {
    const r = await api(admin, 'POST', `devices/${PATH}/rollback`, { revision: 1 });
    assert.equal(r.status, 201);
    assert.equal((r.body as { revision: number; note: string }).revision, 3);
    await until('revision 3 running', () => (agent.running() === 3 ? true : undefined));
    assert.equal((await api(admin, 'POST', `devices/${PATH}/rollback`, { revision: 42 })).status, 404);
  });

  it('picks up a push written to fleet.db directly (the CLI on --data)', async () => {
    srv.fleet.registry.push(PATH, { registers: [{ name: 'w', address: 2 }] }, 'cli');
    await until('revision 4 running', () => (agent.running() === 4 ? true : undefined));
  });

  it('keeps other tenants out of the fleet', async () => {
    const list = await api(otherAdmin, 'GET', 'devices');
    assert.deepEqual(list.body, []);
    const push = await api(otherAdmin, 'POST', `devices/${PATH}/config`, { registers: [] });
    assert.equal(push.status, 403);
    const mine = (await api(admin, 'GET', 'devices')).body as { path: string; configRevision: number }[];
    assert.deepEqual(
      mine.map((a) => [a.path, a.configRevision]),
      [[PATH, 4]],
    );
  });

  it('records the last will as offline when the agent drops off', async () => {
    agent.client.stream.destroy();
    await until('agent offline', () =>
      srv.fleet.registry.get(PATH)?.state === 'offline' ? true : undefined,
    );
  });
});

/**
 * Peer test of the fleet control plane in external broker mode, against Debian's Mosquitto with its
 * dynamic security plugin (so the receiver role's and the edge user's ACLs are the real ones) and
 * the real edge agent (`sensorpath edge --config FILE` as a child process, reading a simulated
 * SDM630 over Modbus TCP): a server with `--broker` (no embedded listener) sees the agent come
 * online, pushes a configuration through the admin API that the agent applies (its series get the
 * new label) and acknowledges, refuses nothing itself when the agent rejects an invalid register
 * map (the old configuration keeps running, the rejection is recorded), and sees the agent go
 * offline by its last will when it is killed. A second receiver on the same broker sees every state
 * too (the state subscription is not shared) and publishes nothing it was not given. After the broker
 * restarts without its retained store, the configuration is published again.
 * Run with `node --import tsx --test packages/server/src/fleet/external-fleet.peer.test.ts`.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { authDbPath, UserStore } from '@sensorpath/auth';
import { freePort, type SimulatorHandle, startTcpSimulator } from '@sensorpath/simulator';
import { connectAsync } from 'mqtt';
import { pino } from 'pino';
import { receiverClientId } from '../external-broker.ts';
import { type ServerHandle, startServer } from '../server.ts';
import { type DynsecMosquitto, dynsecMissing, dynsecMosquitto, waitFor } from '../testing.ts';

const BIN = fileURLToPath(new URL('../../../cli/bin/sensorpath.js', import.meta.url));
const ADMIN_PASSWORD = 'fleet-dynsec-admin-pw';
const AGENT = 'acme/berlin/assembly/line1/edge1';

describe('fleet control plane through an external Mosquitto', {
  skip: dynsecMissing,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-extfleet-'));
  let broker: DynsecMosquitto | undefined;
  let port = 0;
  let srv: ServerHandle | undefined;
  let other: ServerHandle | undefined;
  let sim: SimulatorHandle | undefined;
  let agent: ChildProcess | undefined;
  let agentLog = '';
  let operator = '';
  let edgeToken = '';
  let base: Record<string, unknown>;

  const start = (dataDir: string) =>
    startServer({
      dataDir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      fleetPollMs: 100,
      embeddedBroker: false,
      externalBroker: {
        url: `mqtt://127.0.0.1:${port}`,
        clientId: receiverClientId(dataDir),
        retryMs: 100,
      },
      brokerAdmin: { username: 'admin', password: ADMIN_PASSWORD },
    });

  const api = async (method: string, path: string, body?: string) => {
    const res = await fetch(`http://127.0.0.1:${srv!.httpPort}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${operator}` },
      body,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  /** The `rev` label of each voltage series the server answers for (`-`: none). */
  const seriesRevs = async () => {
    const r = await api('GET', '/api/v1/query?query=meter_voltage_volts&tenant=acme');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return (r.body.data as { result: { metric: Record<string, string> }[] }).result
      .map((s) => s.metric.rev ?? '-')
      .sort();
  };

  const registry = (s = srv!) => s.fleet.registry.get(AGENT);

  const startMosquitto = () => broker!.start();
  const stopMosquitto = async () => broker?.stop();

  before(async () => {
    port = await freePort();
    broker = dynsecMosquitto(dir, port, ADMIN_PASSWORD);
    await startMosquitto();
    const dataDir = join(dir, 'receiver-a');
    srv = await start(dataDir);
    const store = new UserStore(authDbPath(dataDir));
    operator = (await store.create({ tenant: '*', path: '#', role: 'admin', name: 'ops' })).token;
    store.close();
    // Through the admin API, so the broker gets the edge user with its token as password.
    const edge = await api(
      'POST',
      '/api/v1/admin/users',
      JSON.stringify({ tenant: 'acme', path: 'acme/berlin/#', role: 'edge', name: 'edge1' }),
    );
    assert.equal(edge.status, 201, JSON.stringify(edge.body));
    edgeToken = edge.body.token as string;
    sim = await startTcpSimulator({ units: [1] });
    base = {
      path: AGENT,
      broker: { url: `mqtt://127.0.0.1:${port}`, username: 'edge1', password: edge.body.token },
      dataDir: join(dir, 'agent'),
      buses: [
        {
          name: 'gw',
          tcp: { host: sim.host, port: sim.port },
          devices: [{ device: 'meter1', profile: 'sdm630', unit: 1, interval: '500ms' }],
        },
      ],
    };
    // JSON is YAML: the agent reads it as its machine configuration file.
    const file = join(dir, 'agent.yaml');
    writeFileSync(file, JSON.stringify(base));
    agent = spawn(process.execPath, [BIN, 'edge', '--config', file, '--log-level', 'warn'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    agent.stdout!.on('data', (d) => {
      agentLog += d;
    });
    agent.stderr!.on('data', (d) => {
      agentLog += d;
    });
  });

  after(async () => {
    if (agent && agent.exitCode === null && agent.signalCode === null) agent.kill('SIGKILL');
    await other?.close().catch(() => {});
    await srv?.close().catch(() => {});
    await sim?.close();
    await stopMosquitto();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sees the agent online (its retained birth) at revision 0, and its data arrives', async () => {
    await waitFor(`agent online (agent output: ${agentLog})`, 30_000, () =>
      registry()?.state === 'online' ? true : undefined,
    );
    assert.equal(registry()?.configRevision, 0);
    await waitFor('the agent series stored', 10_000, async () =>
      (await seriesRevs()).includes('-') ? true : undefined,
    );
  });

  it('pushes a configuration through the broker that the agent applies and acknowledges', async () => {
    const good = structuredClone(base) as { buses: { devices: Record<string, unknown>[] }[] };
    good.buses[0]!.devices[0]!.interval = '300ms';
    good.buses[0]!.devices[0]!.labels = { rev: 'one' };
    const r = await api('POST', `/api/v1/admin/devices/${AGENT}/config`, JSON.stringify(good));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.revision, 1);
    await waitFor('revision 1 acknowledged', 15_000, () =>
      registry()?.configRevision === 1 ? true : undefined,
    );
    // The running agent now labels its series as the new configuration says.
    await waitFor('series with the new label', 10_000, async () =>
      (await seriesRevs()).includes('one') ? true : undefined,
    );
    assert.equal(srv!.fleet.published, 1);
  });

  it('a second receiver sees every agent state (not shared) and publishes nothing', async () => {
    other = await start(join(dir, 'receiver-b'));
    // The retained state arrives on subscription: online, at revision 1.
    await waitFor('receiver b sees the agent', 10_000, () =>
      registry(other)?.state === 'online' && registry(other)?.configRevision === 1 ? true : undefined,
    );
    assert.equal(other.fleet.published, 0);
  });

  it('keeps the old configuration when the register map is invalid, and records why', async () => {
    const profile = join(dir, 'bad-profile.yaml');
    writeFileSync(
      profile,
      'profile: broken\nmetrics:\n  - name: meter_voltage_volts\n    type: gauge\n    registers:\n      - { address: zero, labels: { phase: L1 } }\n',
    );
    const bad = structuredClone(base) as { buses: { devices: Record<string, unknown>[] }[] };
    bad.buses[0]!.devices[0]!.profile = profile;
    const r = await api('POST', `/api/v1/admin/devices/${AGENT}/config`, JSON.stringify(bad));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.revision, 2);
    const a = await waitFor('rejection reported', 15_000, () =>
      registry()?.configError?.revision === 2 ? registry() : undefined,
    );
    assert.equal(a.configRevision, 1);
    assert.match(a.configError?.message ?? '', /address/);
    // Revision 1 keeps running: new samples keep arriving.
    const samples = srv!.ingestor.stats.samples;
    await waitFor('data keeps flowing', 10_000, () =>
      srv!.ingestor.stats.samples > samples ? true : undefined,
    );
    assert.deepEqual(
      srv!.fleet.registry.history(AGENT).map((h) => [h.revision, h.status]),
      [
        [2, 'rejected'],
        [1, 'applied'],
      ],
    );
  });

  it('sees the agent offline by its last will when it is killed', async () => {
    agent!.kill('SIGKILL');
    await waitFor('agent offline on receiver a', 15_000, () =>
      registry()?.state === 'offline' ? true : undefined,
    );
    await waitFor('agent offline on receiver b', 5_000, () =>
      registry(other)?.state === 'offline' ? true : undefined,
    );
  });

  it('publishes the configuration again after the broker restarted without its retained store', async () => {
    const published = srv!.fleet.published;
    await stopMosquitto();
    await startMosquitto();
    // The edge user reads its own `<path>/config`: the retained document is back, same revision.
    const c = await connectAsync(`mqtt://127.0.0.1:${port}`, {
      protocolVersion: 5,
      username: 'edge1',
      password: edgeToken,
      reconnectPeriod: 0,
    });
    try {
      const got = new Promise<{ revision: number }>((ok) =>
        c.on('message', (_t, payload) => {
          if (payload.length > 0) ok(JSON.parse(payload.toString()) as { revision: number });
        }),
      );
      await c.subscribeAsync(`${AGENT}/config`, { qos: 1 });
      const doc = await waitFor('the republished configuration', 15_000, () =>
        Promise.race([got, new Promise<undefined>((r) => setTimeout(() => r(undefined), 200))]),
      );
      assert.equal(doc.revision, 2);
    } finally {
      await c.endAsync(true);
    }
    await waitFor('the publication counted', 5_000, () =>
      srv!.fleet.published === published + 1 ? true : undefined,
    );
    assert.equal(other!.fleet.published, 0);
  });
});

/**
 * The control plane end to end with the real edge agent: a machine agent (simulated SDM630 over
 * Modbus TCP) logs in with an edge token, announces itself, and `sensorpath device config push`
 * (over the admin API) changes its polling without a restart; a configuration with an invalid
 * register map is refused by the agent, reported in its state and the old one keeps running;
 * `sensorpath device config rollback` brings an earlier configuration back as a new revision;
 * `sensorpath device list --json` shows it all.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type MachineAgent, resolveMachineConfig, startMachineAgent } from '@sensorpath/edge';
import { type ServerHandle, startServer } from '@sensorpath/server';
import { type SimulatorHandle, startTcpSimulator } from '@sensorpath/simulator';
import { pino } from 'pino';

const BIN = fileURLToPath(new URL('../bin/sensorpath.js', import.meta.url));
const AGENT = 'acme/berlin/assembly/line1/edge1';
const logger = pino({ level: 'silent' });

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => {
      stdout += d;
    });
    c.stderr.on('data', (d) => {
      stderr += d;
    });
    c.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

async function until<T>(what: string, fn: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = fn();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

describe('fleet end to end with the edge agent', () => {
  let srv: ServerHandle;
  let sim: SimulatorHandle;
  let agent: MachineAgent;
  const dir = mkdtempSync(join(tmpdir(), 'sp-fleet-e2e-'));
  let env: Record<string, string> = {};
  let base: Record<string, unknown>;
  const files = {
    good: join(dir, 'good.json'),
    bad: join(dir, 'bad.json'),
    profile: join(dir, 'bad-profile.yaml'),
  };

  before(async () => {
    srv = await startServer({
      dataDir: join(dir, 'server'),
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger,
      fleetPollMs: 100,
    });
    const edge = await srv.users.create({
      tenant: 'acme',
      path: 'acme/berlin/#',
      role: 'edge',
      name: 'edge1',
    });
    const admin = await srv.users.create({ tenant: 'acme', path: 'acme/#', role: 'admin', name: 'admin1' });
    env = { SENSORPATH_TOKEN: admin.token };
    sim = await startTcpSimulator({ units: [1] });
    base = {
      path: AGENT,
      broker: { url: `mqtt://127.0.0.1:${srv.mqttPort}`, username: 'edge1', password: edge.token },
      dataDir: join(dir, 'agent'),
      buses: [
        {
          name: 'gw',
          tcp: { host: sim.host, port: sim.port },
          devices: [{ device: 'meter1', profile: 'sdm630', unit: 1, interval: '500ms' }],
        },
      ],
    };
    agent = startMachineAgent(resolveMachineConfig(base as never, 'test'), { logger, source: 'test' });
    const good = structuredClone(base) as { buses: { devices: { interval: string }[] }[] };
    good.buses[0]!.devices[0]!.interval = '300ms';
    writeFileSync(files.good, JSON.stringify(good));
    writeFileSync(
      files.profile,
      'profile: broken\nmetrics:\n  - name: meter_voltage_volts\n    type: gauge\n    registers:\n      - { address: zero, labels: { phase: L1 } }\n',
    );
    const bad = structuredClone(base) as { buses: { devices: { profile: string }[] }[] };
    bad.buses[0]!.devices[0]!.profile = files.profile;
    writeFileSync(files.bad, JSON.stringify(bad));
  });

  after(async () => {
    await agent?.close();
    await sim?.close();
    await srv?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const url = () => `http://127.0.0.1:${srv.httpPort}`;
  const registry = () => srv.fleet.registry.get(AGENT);

  it('registers the agent online at revision 0', async () => {
    await until('agent online', () => (registry()?.state === 'online' ? true : undefined));
    assert.equal(registry()?.configRevision, 0);
  });

  it('pushes a configuration the agent applies without a restart', async () => {
    const r = await cli(['device', 'config', 'push', AGENT, files.good, '--url', url()], env);
    assert.equal(r.status, 0, r.stderr);
    await until('revision 1 acknowledged', () => (registry()?.configRevision === 1 ? true : undefined));
    assert.equal(agent.configRevision, 1);
  });

  it('keeps the old configuration when the register map is invalid, and says why', async () => {
    // Through the admin API directly (the CLI path is the same call, exercised above).
    const r = await fetch(`${url()}/api/v1/admin/devices/${AGENT}/config`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.SENSORPATH_TOKEN}` },
      body: readFileSync(files.bad),
    });
    assert.equal(r.status, 201);
    assert.equal(((await r.json()) as { revision: number }).revision, 2);
    const a = await until('rejection reported', () =>
      registry()?.configError?.revision === 2 ? registry() : undefined,
    );
    assert.equal(a!.configRevision, 1);
    assert.equal(agent.configRevision, 1);
    const samples = srv.ingestor.stats.samples;
    await until('data keeps flowing', () => (srv.ingestor.stats.samples > samples ? true : undefined));
  });

  it('rolls back to revision 1 as revision 3 and lists the fleet', async () => {
    const r = await cli(['device', 'config', 'rollback', AGENT, '1', '--url', url()], env);
    assert.equal(r.status, 0, r.stderr);
    await until('revision 3 acknowledged', () => (registry()?.configRevision === 3 ? true : undefined));
    const list = await cli(['device', 'list', '--url', url(), '--json'], env);
    const agents = JSON.parse(list.stdout) as {
      path: string;
      state: string;
      configRevision: number;
      desiredRevision: number;
    }[];
    assert.deepEqual(
      agents.map((x) => [x.path, x.state, x.configRevision, x.desiredRevision]),
      [[AGENT, 'online', 3, 3]],
    );
    const hist = srv.fleet.registry.history(AGENT);
    assert.deepEqual(
      hist.map((h) => [h.revision, h.status]),
      [
        [3, 'applied'],
        [2, 'rejected'],
        [1, 'superseded'],
      ],
    );
    assert.match(hist[1]!.error ?? '', /address/);
  });
});

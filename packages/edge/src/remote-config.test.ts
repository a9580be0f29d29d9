/**
 * Remote configuration through an embedded Aedes broker: a valid `{"revision", "config"}` pushed on
 * the retained `<path>/config` adds a device without a restart and the retained state reports the
 * revision; an invalid one is refused with `path: reason` while the old configuration keeps running;
 * a retained configuration found at start is applied.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort, type SimulatorHandle, startTcpSimulator } from '@sensorpath/simulator';
import { pino } from 'pino';
import { type MachineConfigInput, resolveMachineConfig } from './config.ts';
import { type MachineAgent, startMachineAgent } from './machine.ts';
import { aedesBroker, type TestBroker, waitFor } from './testing.ts';

const logger = pino({ level: 'silent' });
const AGENT = 'acme/berlin/assembly/line1/edge1';
const meterTopic = (d: string) => `acme/berlin/assembly/line1/${d}/metrics`;

describe('remote configuration', () => {
  let sim: SimulatorHandle;
  let broker: TestBroker;
  let dir: string;
  let base: MachineConfigInput;
  const agents: MachineAgent[] = [];
  before(async () => {
    sim = await startTcpSimulator({ units: [1, 2] });
    broker = aedesBroker(await freePort());
    await broker.start();
    dir = mkdtempSync(join(tmpdir(), 'sp-remote-'));
    base = {
      path: AGENT,
      broker: { url: `mqtt://127.0.0.1:${broker.port}` },
      dataDir: dir,
      buses: [
        {
          name: 'gw',
          tcp: { host: sim.host, port: sim.port },
          devices: [{ device: 'meter1', profile: 'sdm630', unit: 1, interval: '200ms' }],
        },
      ],
    };
  });
  after(async () => {
    for (const a of agents) await a.close();
    await broker.stop();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const lastState = () => {
    const s = broker.messages.filter((m) => m.topic === `${AGENT}/state`).at(-1);
    return s ? (JSON.parse(s.payload.toString()) as Record<string, unknown>) : undefined;
  };
  const count = (topic: string) => broker.messages.filter((m) => m.topic === topic).length;

  it('applies a valid pushed configuration without a restart and reports its revision', async () => {
    const agent = startMachineAgent(resolveMachineConfig(base, 'test'), { logger, source: 'test' });
    agents.push(agent);
    await waitFor('meter1 data', 10_000, () => count(meterTopic('meter1')) > 0 || undefined);
    assert.equal(lastState()?.configRevision, 0);
    const next = structuredClone(base);
    next.buses![0]!.devices.push({ device: 'meter2', profile: 'sdm630', unit: 2, interval: '300ms' });
    await broker.publish(`${AGENT}/config`, JSON.stringify({ revision: 2, config: next }), true);
    await waitFor('state revision 2', 10_000, () => lastState()?.configRevision === 2 || undefined);
    assert.deepEqual(lastState()?.devices, [
      'acme/berlin/assembly/line1/meter1',
      'acme/berlin/assembly/line1/meter2',
    ]);
    assert.equal(lastState()?.configError, undefined);
    await waitFor('meter2 data', 10_000, () => count(meterTopic('meter2')) > 0 || undefined);
    assert.equal(agent.configRevision, 2);
  });

  it('refuses an invalid configuration, keeps the old one running and says why', async () => {
    const agent = agents[0]!;
    const bad = structuredClone(base);
    bad.buses![0]!.devices.push({ device: 'meter2', profile: 'sdm630', unit: 2, interval: '50ms' });
    await broker.publish(`${AGENT}/config`, JSON.stringify({ revision: 3, config: bad }), true);
    await waitFor('a configError', 10_000, () => lastState()?.configError ?? undefined);
    const state = lastState()!;
    assert.equal(state.configRevision, 2);
    assert.deepEqual(state.configError, {
      revision: 3,
      message: 'buses.0.devices.1.interval: must be at least 100ms; use 100ms or more',
    });
    const n = count(meterTopic('meter2'));
    await waitFor('meter2 still polled', 5000, () => count(meterTopic('meter2')) > n + 2 || undefined);
    assert.equal(agent.configRevision, 2);
    // A broker change cannot be applied live: refused with the field named.
    const moved = { ...structuredClone(base), broker: { url: 'mqtt://10.0.0.1:1883' } };
    await broker.publish(`${AGENT}/config`, JSON.stringify({ revision: 4, config: moved }), true);
    await waitFor('a configError for revision 4', 10_000, () =>
      (lastState()?.configError as { revision?: number } | undefined)?.revision === 4 ? true : undefined,
    );
    assert.match((lastState()!.configError as { message: string }).message, /^broker: /);
  });

  it('applies the retained configuration it finds at start', async () => {
    for (const a of agents.splice(0)) await a.close();
    const next = structuredClone(base);
    next.buses![0]!.devices = [{ device: 'meter2', profile: 'sdm630', unit: 2, interval: '200ms' }];
    await broker.publish(`${AGENT}/config`, JSON.stringify({ revision: 7, config: next }), true);
    const agent = startMachineAgent(resolveMachineConfig(base, 'test'), { logger, source: 'test' });
    agents.push(agent);
    await waitFor('revision 7 applied', 10_000, () => agent.configRevision === 7 || undefined);
    assert.deepEqual(
      agent.stats().map((s) => s.path),
      ['acme/berlin/assembly/line1/meter2'],
    );
  });
});

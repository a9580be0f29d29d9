/**
 * Phase loss end to end, as shipped: the simulated SDM630 behind Modbus TCP, the edge agent polling
 * it every 250 ms and publishing to the server's embedded broker, and the server running the
 * shipped processors (packages/rules/examples/sdm630.events.yaml). When phase L2 is lost in the
 * simulator, the `phase_loss` event is in `/api/v1/events` from the first poll after the fault.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadProfile, ModbusTcpTransport, startEdgeAgent } from '@sensorpath/edge';
import type { RulesSystem } from '@sensorpath/rules';
import { startServer } from '@sensorpath/server';
import { freePort, startTcpSimulator } from '@sensorpath/simulator';
import { pino } from 'pino';
import { rulesWiring } from './wiring.ts';

const EXAMPLE = fileURLToPath(new URL('../../rules/examples/sdm630.events.yaml', import.meta.url));
const POLL_MS = 250;

describe('phase loss', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  after(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('the phase_loss event appears within one poll of the simulated fault', async () => {
    const logger = pino({ level: 'silent' });
    const dir = mkdtempSync(join(tmpdir(), 'sp-phase-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const sim = await startTcpSimulator({ units: [1] });
    cleanups.push(() => sim.close());
    let rules: RulesSystem | undefined;
    const srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: await freePort() },
      mqtt: { host: '127.0.0.1', port: await freePort() },
      logger,
      ...rulesWiring({
        dataDir: dir,
        ruleFiles: [],
        processorFiles: [EXAMPLE],
        alertmanagers: [],
        webhooks: [],
        onReady: (s) => {
          rules = s;
        },
      }),
    });
    cleanups.push(() => srv.close());
    const agent = startEdgeAgent({
      broker: { url: `mqtt://127.0.0.1:${srv.mqttPort}` },
      devices: [
        {
          path: 'acme/berlin/assembly/line1/meter1',
          profile: loadProfile('sdm630'),
          transport: new ModbusTcpTransport({ host: sim.host, port: sim.port }),
          unit: 1,
          intervalMs: POLL_MS,
          timeoutMs: 1000,
          labels: {},
        },
      ],
      logger,
    });
    cleanups.push(() => agent.close());
    assert.ok(rules);
    const seen: {
      t: number;
      msgs: number;
      type: string;
      phase: string | undefined;
      value: number | undefined;
    }[] = [];
    rules.events.subscribe({}, (e) =>
      seen.push({
        t: Date.now(),
        msgs: srv.ingestor.stats.messages,
        type: e.type,
        phase: e.labels.phase,
        value: e.value,
      }),
    );
    // Normal operation first: a few polls with all three phases present.
    const voltages = () => srv.ingestor.stats.samples;
    const until = Date.now() + 10_000;
    while (voltages() < 60 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.ok(voltages() >= 60, 'agent publishes');
    assert.deepEqual(
      seen.filter((e) => e.type === 'phase_loss'),
      [],
    );

    const fault = Date.now();
    const msgsAtFault = srv.ingestor.stats.messages;
    sim.meters.get(1)!.lostPhases.add(1);
    const deadline = fault + 5_000;
    while (!seen.some((e) => e.type === 'phase_loss') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    const ev = seen.find((e) => e.type === 'phase_loss');
    assert.ok(ev, 'phase_loss event');
    assert.equal(ev.phase, 'L2');
    assert.equal(ev.value, 0);
    // Within one poll: the poll in flight when the fault was injected may still have read the old
    // voltages; the next one reads the fault, and its message carries the event.
    const polls = ev.msgs - msgsAtFault;
    assert.ok(polls <= 2, `event after ${polls} poll messages`);
    const latency = ev.t - fault;
    // In time: one poll interval, the Modbus round trip and ingestion (generous for a busy machine).
    assert.ok(latency <= POLL_MS + 1000, `event ${latency} ms after the fault (poll every ${POLL_MS} ms)`);
    process.stdout.write(`# phase_loss event ${latency} ms and ${polls} poll(s) after the fault\n`);
    const res = await fetch(`http://127.0.0.1:${srv.httpPort}/api/v1/events?match[]=phase_loss`);
    const body = (await res.json()) as { data: { labels: Record<string, string>; severity: string }[] };
    assert.equal(body.data.length, 1);
    assert.equal(body.data[0]!.labels.device, 'meter1');
    assert.equal(body.data[0]!.severity, 'critical');
    sim.meters.get(1)!.lostPhases.delete(1);
  });
});

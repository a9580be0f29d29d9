/**
 * Store-and-forward across an agent restart: an agent polls while its broker is unreachable, so
 * its messages stay in the disk queue; it is stopped, the broker comes up, and a new agent on the
 * same queue directory sends the first run's messages, in order, before its own.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from '@sensorpath/openmetrics';
import { freePort, startTcpSimulator } from '@sensorpath/simulator';
import { pino } from 'pino';
import { resolveMachineConfig } from './config.ts';
import { startMachineAgent } from './machine.ts';
import { aedesBroker, waitFor } from './testing.ts';

const logger = pino({ level: 'silent' });

describe('agent restart', () => {
  it('sends what the previous run queued on disk, in order, after the restart', async () => {
    const sim = await startTcpSimulator({ units: [1] });
    const dir = mkdtempSync(join(tmpdir(), 'sp-restart-'));
    const broker = aedesBroker(await freePort());
    const cfg = resolveMachineConfig(
      {
        path: 'acme/berlin/assembly/line1/edge1',
        broker: { url: `mqtt://127.0.0.1:${broker.port}` },
        dataDir: dir,
        buses: [
          {
            name: 'gw',
            tcp: { host: sim.host, port: sim.port },
            devices: [{ device: 'meter1', profile: 'sdm630', unit: 1, interval: '100ms' }],
          },
        ],
      },
      'test',
    );
    try {
      const first = startMachineAgent(cfg, { logger });
      await waitFor('polls while the broker is down', 10_000, () =>
        first.stats()[0]!.polls >= 8 ? true : undefined,
      );
      await first.close();
      const firstPolls = first.stats()[0]!.polls;
      const restartedAt = Date.now();
      await broker.start();
      const second = startMachineAgent(cfg, { logger });
      const topic = 'acme/berlin/assembly/line1/meter1/metrics';
      const stamp = (p: Buffer) => {
        const e = parse(p, { format: 'openmetrics' });
        const polls = e.families.find((f) => f.name === 'sensorpath_device_polls')!.samples[0]!;
        return { polls: polls.value, ms: Math.round((polls.timestamp ?? 0) * 1000) };
      };
      await waitFor('the first run and fresh data', 10_000, () => {
        const msgs = broker.messages.filter((m) => m.topic === topic).map((m) => stamp(m.payload));
        return msgs.some((m) => m.ms >= restartedAt) ? msgs : undefined;
      });
      await second.close();
      const msgs = broker.messages.filter((m) => m.topic === topic).map((m) => stamp(m.payload));
      const old = msgs.filter((m) => m.ms < restartedAt);
      assert.deepEqual(
        old.map((m) => m.polls),
        Array.from({ length: firstPolls }, (_, i) => i + 1),
        'every message of the first run, once, in order',
      );
      const firstNew = msgs.findIndex((m) => m.ms >= restartedAt);
      assert.equal(firstNew, old.length, 'queued messages go before fresh ones');
    } finally {
      await broker.stop();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The agent's poll schedule with in-process sources: a source that keeps failing is backed off
 * exponentially up to maxBackoffMs (so a dead meter costs its bus little), a healthy one beside it
 * keeps its rate, and a failing one that recovers returns to its interval.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freePort } from '@sensorpath/simulator';
import { pino } from 'pino';
import { startEdgeAgent } from './agent.ts';
import { DeviceError } from './errors.ts';
import type { PollResult, Source } from './source.ts';

class FakeSource implements Source {
  readonly description = 'fake';
  readonly metrics = [{ name: 'x_value', type: 'gauge' as const }];
  readonly identityLabels = undefined;
  polls = 0;
  constructor(public failing: boolean) {}
  async poll(): Promise<PollResult> {
    this.polls++;
    if (this.failing)
      return {
        samples: [],
        errors: [new DeviceError('MODBUS_TIMEOUT', 'no answer')],
        requests: 1,
        durationMs: 1,
      };
    return {
      samples: [{ metric: 'x_value', labels: {}, value: this.polls, timeMs: Date.now() }],
      errors: [],
      requests: 1,
      durationMs: 1,
    };
  }
  async close() {}
}

describe('poll schedule', () => {
  it('backs off a failing device and keeps the healthy one at its rate', async () => {
    const dead = new FakeSource(true);
    const live = new FakeSource(false);
    const agent = startEdgeAgent({
      broker: { url: `mqtt://127.0.0.1:${await freePort()}` },
      devices: [
        { path: 'a/b/c/d/dead', intervalMs: 20, labels: {}, source: dead, maxBackoffMs: 200 },
        { path: 'a/b/c/d/live', intervalMs: 20, labels: {}, source: live },
      ],
      logger: pino({ level: 'silent' }),
    });
    await new Promise((r) => setTimeout(r, 1000));
    const deadPolls = dead.polls;
    // Without backoff ~50 polls; with it 0, 20, 60, 140, 300, 500, 700, 900 ms → ~8.
    assert.ok(deadPolls <= 12, `dead device polled ${deadPolls} times`);
    assert.ok(live.polls >= 30, `live device polled ${live.polls} times`);
    // Recovery: the next poll that succeeds resets the schedule to the interval.
    dead.failing = false;
    await new Promise((r) => setTimeout(r, 600));
    const after = dead.polls;
    await new Promise((r) => setTimeout(r, 400));
    assert.ok(dead.polls - after >= 10, `recovered device polled ${dead.polls - after} times in 400 ms`);
    assert.equal(agent.stats()[0]!.up, true);
    await agent.close();
  });
});

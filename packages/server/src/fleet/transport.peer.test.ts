/**
 * The fleet plane's external broker client (`mqttFleetTransport`) against Debian's Mosquitto (no
 * dynsec, anonymous): retained agent states arrive on subscription (five-segment paths only),
 * configurations are retained with QoS 1, a broker restart (empty retained store) calls the
 * reconnect hook and the subscription is renewed, and an unreachable broker fails with
 * FLEET_BROKER_CONNECT without showing the password. The whole plane with dynsec and the real edge
 * agent is external-fleet.peer.test.ts. Run with
 * `node --import tsx --test packages/server/src/fleet/transport.peer.test.ts`.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freePort } from '@sensorpath/simulator';
import { connectAsync } from 'mqtt';
import { pino } from 'pino';
import { MOSQUITTO, waitFor } from '../testing.ts';
import { type FleetTransport, FleetTransportError, fleetClientId, mqttFleetTransport } from './transport.ts';

const logger = pino({ level: 'silent' });

/** Debian's Mosquitto without persistence: `restart` starts it again with an empty retained store. */
async function broker(port: number) {
  const dir = mkdtempSync(join(tmpdir(), 'sp-fleet-transport-'));
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(
    conf,
    [`listener ${port} 127.0.0.1`, 'allow_anonymous true', 'persistence false', ''].join('\n'),
  );
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(MOSQUITTO, ['-c', conf], { stdio: 'ignore' });
    for (let i = 0; ; i++) {
      try {
        (await connectAsync(`mqtt://127.0.0.1:${port}`, { reconnectPeriod: 0 })).end(true);
        return;
      } catch (err) {
        if (i > 100) throw err;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((ok) => {
      c.once('exit', () => ok());
      c.kill('SIGTERM');
    });
  };
  const client = async () =>
    connectAsync(`mqtt://127.0.0.1:${port}`, { protocolVersion: 5, reconnectPeriod: 0 });
  await start();
  return {
    /** The retained message on a topic (empty when there is none, after 300 ms). */
    async retained(topic: string): Promise<string> {
      const c = await client();
      try {
        const got = new Promise<string>((ok) => c.on('message', (_t, p) => ok(String(p))));
        await c.subscribeAsync(topic, { qos: 1 });
        return await Promise.race([got, new Promise<string>((ok) => setTimeout(() => ok(''), 300))]);
      } finally {
        await c.endAsync(true);
      }
    },
    async publishRetained(topic: string, payload: string) {
      const c = await client();
      await c.publishAsync(topic, payload, { qos: 1, retain: true });
      await c.endAsync();
    },
    async restart() {
      await stop();
      await start();
    },
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('mqttFleetTransport', {
  skip: existsSync(MOSQUITTO) ? false : 'mosquitto not installed (apt-get install mosquitto)',
}, () => {
  const cleanup: (() => Promise<void>)[] = [];
  after(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it('reads retained states, retains configurations, and says when it reconnected', async () => {
    const port = await freePort();
    const b = await broker(port);
    cleanup.push(() => b.close());
    await b.publishRetained('acme/berlin/hall/l1/edge1/state', '{"state":"online"}');
    // Not a five-segment path: outside the filter.
    await b.publishRetained('acme/berlin/state', '{"state":"online"}');
    const t: FleetTransport = await mqttFleetTransport({
      url: `mqtt://127.0.0.1:${port}`,
      receiverClientId: 'sensorpath-abc',
      logger,
      reconnectMs: 50,
    });
    cleanup.push(() => t.close?.() ?? Promise.resolve());
    assert.equal(fleetClientId('sensorpath-abc'), 'sensorpath-abc-fleet');
    const states: string[] = [];
    let reconnects = 0;
    t.onReconnect?.(() => reconnects++);
    await t.subscribeState((topic, payload) => states.push(`${topic} ${payload}`));
    await waitFor('the retained state', 2000, () => (states.length > 0 ? true : undefined));
    assert.deepEqual(states, ['acme/berlin/hall/l1/edge1/state {"state":"online"}']);

    await t.publishConfig('acme/berlin/hall/l1/edge1/config', Buffer.from('{"revision":3}'));
    assert.equal(await b.retained('acme/berlin/hall/l1/edge1/config'), '{"revision":3}');

    // A fresh broker: its retained store is empty; the transport reconnects, says so, and
    // subscribes again (a state published now reaches it).
    await b.restart();
    await waitFor('the reconnect hook', 5000, () => (reconnects === 1 ? true : undefined));
    assert.equal(await b.retained('acme/berlin/hall/l1/edge1/config'), '');
    const before = states.length;
    const deadline = Date.now() + 5000;
    while (states.length === before && Date.now() < deadline) {
      await b.publishRetained('acme/berlin/hall/l1/edge1/state', '{"state":"offline"}');
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(states.at(-1), 'acme/berlin/hall/l1/edge1/state {"state":"offline"}');
  });

  it('fails with FLEET_BROKER_CONNECT when the broker does not answer', async () => {
    const port = await freePort();
    await assert.rejects(
      mqttFleetTransport({
        url: `mqtt://user:secret@127.0.0.1:${port}`,
        receiverClientId: 'sensorpath-abc',
        logger,
        reconnectMs: 50,
        timeoutMs: 300,
      }),
      (err) => {
        assert.ok(err instanceof FleetTransportError);
        assert.equal(err.code, 'FLEET_BROKER_CONNECT');
        assert.match(err.message, /sensorpath-abc-fleet/);
        assert.doesNotMatch(err.message, /secret/);
        return true;
      },
    );
  });
});

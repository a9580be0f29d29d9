/**
 * Store-and-forward through a broker outage, against Aedes and Debian's Mosquitto: the agent polls a
 * simulated SDM630 at 10 Hz, the broker is stopped for 30 s (SENSORPATH_OUTAGE_MS overrides) and
 * started again on the same port. Every poll's message must arrive exactly once and in order: each
 * message carries `sensorpath_device_polls_total`, which numbers the polls, and every series'
 * timestamps must rise. Aedes is checked at the broker (what clients published); Mosquitto through
 * a persistent-session subscriber (the broker keeps its session and queue across the restart).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from '@sensorpath/openmetrics';
import { freePort, startTcpSimulator } from '@sensorpath/simulator';
import { connect } from 'mqtt';
import { pino } from 'pino';
import { startEdgeAgent } from './agent.ts';
import { ModbusTcpTransport } from './modbus.ts';
import { loadProfile } from './profile.ts';
import { DiskQueue } from './queue.ts';
import { aedesBroker, MOSQUITTO, mosquitto, waitFor } from './testing.ts';

const logger = pino({ level: 'silent' });
const OUTAGE_MS = Number(process.env.SENSORPATH_OUTAGE_MS ?? 30_000);
const PATH = 'acme/berlin/assembly/line1/meter1';

interface Broker {
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Payloads of `<PATH>/metrics` in arrival order. */
  received(): Buffer[];
  close(): Promise<void>;
}

async function analyse(kind: string, payloads: Buffer[], sent: number) {
  const polls: number[] = [];
  const lastTs = new Map<string, number>();
  let orderViolations = 0;
  for (const p of payloads) {
    const e = parse(p, { format: 'openmetrics' });
    for (const f of e.families)
      for (const s of f.samples) {
        if (s.name === 'sensorpath_device_polls_total') polls.push(s.value);
        if (s.timestamp === undefined || f.name.startsWith('sensorpath_edge_')) continue;
        const key = `${s.name}${JSON.stringify(s.labels)}`;
        const prev = lastTs.get(key);
        if (prev !== undefined && s.timestamp <= prev && !f.name.startsWith('sensorpath_device_'))
          orderViolations++;
        lastTs.set(key, s.timestamp);
      }
  }
  const unique = new Set(polls);
  const duplicates = polls.length - unique.size;
  let missing = 0;
  const gaps: string[] = [];
  for (let i = 1; i <= sent; i++)
    if (!unique.has(i)) {
      missing++;
      const last = gaps.at(-1);
      const prevMissing = i > 1 && !unique.has(i - 1);
      if (last && prevMissing) gaps[gaps.length - 1] = `${last.split('-')[0]}-${i}`;
      else gaps.push(String(i));
    }
  let outOfOrder = 0;
  for (let i = 1; i < polls.length; i++) if (polls[i]! <= polls[i - 1]!) outOfOrder++;
  const line = `outage ${kind}: ${OUTAGE_MS / 1000}s, sent ${sent}, received ${polls.length} (unique ${unique.size}), duplicates ${duplicates}, missing ${missing}, out of order ${outOfOrder + orderViolations}${gaps.length ? ` (missing polls ${gaps.join(', ')})` : ''}`;
  console.log(line);
  return { duplicates, missing, outOfOrder: outOfOrder + orderViolations, received: polls.length, line };
}

async function runOutage(kind: string, broker: Broker) {
  const sim = await startTcpSimulator({ units: [1] });
  const dir = mkdtempSync(join(tmpdir(), 'sp-outage-'));
  await broker.start();
  const queue = new DiskQueue({ dir, segmentBytes: 256 * 1024 });
  const agent = startEdgeAgent({
    broker: { url: `mqtt://127.0.0.1:${broker.port}`, clientId: `outage-agent-${kind}` },
    devices: [
      {
        path: PATH,
        profile: loadProfile('sdm630'),
        transport: new ModbusTcpTransport({ host: sim.host, port: sim.port }),
        unit: 1,
        intervalMs: 100,
        timeoutMs: 500,
        labels: {},
      },
    ],
    logger,
    queue,
    replayRate: 200,
  });
  try {
    await new Promise((r) => setTimeout(r, 3000));
    const pollsBeforeStop = agent.stats()[0]!.polls;
    const t0 = Date.now();
    await broker.stop();
    const pollsAtStop = agent.stats()[0]!.polls;
    console.log(`${kind}: stopping took ${Date.now() - t0} ms (polls ${pollsBeforeStop} → ${pollsAtStop})`);
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    const queued = queue.stats().depth;
    const pollsDuringOutage = agent.stats()[0]!.polls - pollsAtStop;
    assert.ok(pollsDuringOutage >= (OUTAGE_MS / 100) * 0.6, `polling went on: ${pollsDuringOutage} polls`);
    assert.ok(queued >= pollsDuringOutage - 2, `${queued} messages queued during the outage`);
    await broker.start();
    await waitFor('the backlog to drain', 60_000, () => queue.stats().depth === 0 || undefined);
    await new Promise((r) => setTimeout(r, 2000));
    await agent.close();
    const sent = sentPolls(agent);
    await waitFor('every message at the receiver', 20_000, () => {
      const n = broker.received().length;
      return n >= sentPolls(agent) || undefined;
    }).catch(() => {});
    const r = await analyse(kind, broker.received(), sent);
    assert.equal(r.missing, 0, r.line);
    assert.equal(r.duplicates, 0, r.line);
    assert.equal(r.outOfOrder, 0, r.line);
  } finally {
    await agent.close().catch(() => {});
    await broker.close();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

let lastPolls = 0;
function sentPolls(agent: { stats(): { polls: number }[] }): number {
  const s = agent.stats()[0];
  if (s) lastPolls = s.polls;
  return lastPolls;
}

describe('store-and-forward through a broker outage', () => {
  it(`Aedes stopped for ${OUTAGE_MS / 1000} s: every sample exactly once, in order`, {
    timeout: OUTAGE_MS + 120_000,
  }, async () => {
    const b = aedesBroker(await freePort());
    await runOutage('aedes', {
      port: b.port,
      start: () => b.start(),
      stop: () => b.stop(),
      received: () => b.messages.filter((m) => m.topic === `${PATH}/metrics`).map((m) => m.payload),
      close: () => b.stop(),
    });
  });

  it(`Mosquitto stopped for ${OUTAGE_MS / 1000} s: every sample exactly once, in order`, {
    skip: existsSync(MOSQUITTO) ? false : 'mosquitto missing: apt-get install mosquitto',
    timeout: OUTAGE_MS + 120_000,
  }, async () => {
    const m = mosquitto(await freePort());
    const got: Buffer[] = [];
    const seen = new Set<string>();
    let redelivered = 0;
    let sub: ReturnType<typeof connect> | undefined;
    await runOutage('mosquitto', {
      port: m.port,
      async start() {
        await m.start();
        if (!sub) {
          sub = connect(`mqtt://127.0.0.1:${m.port}`, {
            clientId: 'outage-subscriber',
            clean: false,
            reconnectPeriod: 200,
            protocolVersion: 4,
          });
          sub.on('message', (topic, payload, packet) => {
            if (topic !== `${PATH}/metrics`) return;
            // MQTT 3.1.1 §4.3.2: the broker → subscriber leg is at least once too. A redelivery
            // (DUP set) of a message already received is that leg's duplicate, not the agent's.
            const key = payload.toString('base64');
            if (packet.dup && seen.has(key)) {
              redelivered++;
              return;
            }
            seen.add(key);
            got.push(Buffer.from(payload));
          });
          sub.on('connect', (ack) =>
            console.log(`subscriber connected, session present: ${ack.sessionPresent}`),
          );
          await new Promise<void>((r) => sub!.once('connect', () => r()));
          await sub.subscribeAsync(`${PATH}/metrics`, { qos: 1 });
        }
      },
      stop: () => m.stop(),
      received: () => got,
      async close() {
        console.log(`mosquitto → subscriber redeliveries (DUP) ignored: ${redelivered}`);
        await sub?.endAsync(true);
        await m.close();
      },
    });
  });
});

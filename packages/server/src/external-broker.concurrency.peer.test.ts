/**
 * Peer test of the external broker receiver's concurrency against Debian's Mosquitto: with a store
 * whose commit is slow, messages of different topics are ingested side by side (N messages take
 * about one commit time, not N), never more than `maxInFlight` at once, and messages of one topic
 * are still committed one after the other in arrival order even when a later commit would finish
 * sooner. Run with `node --import tsx --test packages/server/src/external-broker.concurrency.peer.test.ts`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '@sensorpath/simulator';
import { getLabel, MemoryStorage } from '@sensorpath/storage';
import { connectAsync } from 'mqtt';
import { pino } from 'pino';
// The edge package's test support (Debian Mosquitto on a generated config, a polling wait).
import { MOSQUITTO, type Mosquitto, mosquitto, waitFor } from '../../edge/src/testing.ts';
import { receiverClientId } from './external-broker.ts';
import { type ServerHandle, startServer } from './server.ts';

interface Commit {
  device: string;
  values: number[];
  start: number;
  end: number;
}

/** A store whose every commit waits `delayMs(values)` before it lands, as a slow disk sync would. */
class SlowStorage extends MemoryStorage {
  readonly commits: Commit[] = [];
  active = 0;
  maxActive = 0;
  constructor(private readonly delayMs: (values: number[]) => number) {
    super();
  }
  override appender() {
    const app = super.appender();
    const append = app.append.bind(app);
    const commit = app.commit.bind(app);
    const values: number[] = [];
    let device = '';
    app.append = (ref, labels, t, v) => {
      if (!Number.isNaN(v)) values.push(v);
      device = getLabel(labels, 'device') ?? device;
      return append(ref, labels, t, v);
    };
    app.commit = async () => {
      const start = performance.now();
      this.active++;
      this.maxActive = Math.max(this.maxActive, this.active);
      await new Promise((r) => setTimeout(r, this.delayMs(values)));
      await commit();
      this.active--;
      this.commits.push({ device, values, start, end: performance.now() });
    };
    return app;
  }
}

describe('external broker receiver: concurrent ingest, group commit (Mosquitto)', {
  skip: existsSync(MOSQUITTO) ? false : 'mosquitto not installed (apt-get install mosquitto)',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-extconc-'));
  let mosq: Mosquitto;
  let port = 0;
  const servers: ServerHandle[] = [];

  const receiver = async (name: string, storage: SlowStorage, maxInFlight?: number) => {
    const srv = await startServer({
      dataDir: join(dir, name),
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      embeddedBroker: false,
      openStorage: async () => storage,
      externalBroker: {
        url: `mqtt://127.0.0.1:${port}`,
        clientId: receiverClientId(join(dir, name)),
        // Each test has its own share group, so only its receiver gets its messages.
        group: name,
        retryMs: 100,
        maxInFlight,
      },
    });
    servers.push(srv);
    return srv;
  };

  /** Publishes QoS 1 messages to Mosquitto (acknowledged by the broker, not the receiver). */
  const publish = async (msgs: { topic: string; value: number }[]) => {
    const pub = await connectAsync(`mqtt://127.0.0.1:${port}`, { protocolVersion: 5, clean: true });
    const base = Date.now() - 60_000;
    await Promise.all(
      msgs.map((m, i) =>
        pub.publishAsync(m.topic, `c_total ${m.value} ${((base + i) / 1000).toFixed(3)}\n# EOF\n`, {
          qos: 1,
        }),
      ),
    );
    await pub.endAsync();
  };

  before(async () => {
    port = await freePort();
    mosq = mosquitto(port);
    await mosq.start();
  });

  after(async () => {
    for (const s of servers) await s.close().catch(() => {});
    await mosq.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('messages of different topics commit side by side: 16 slow commits in about one commit time', async () => {
    const delay = 400;
    const store = new SlowStorage(() => delay);
    const srv = await receiver('conc', store);
    const n = 16;
    await publish(Array.from({ length: n }, (_, i) => ({ topic: `acme/s/a/l/d${i}/metrics`, value: i })));
    await waitFor(`${n} commits`, 15_000, () => (store.commits.length >= n ? true : undefined));
    const first = Math.min(...store.commits.map((c) => c.start));
    const last = Math.max(...store.commits.map((c) => c.end));
    // One at a time would take n × delay = 6.4 s.
    assert.ok(last - first < 4 * delay, `${n} commits took ${Math.round(last - first)} ms`);
    assert.ok(store.maxActive >= n / 2, `only ${store.maxActive} commits overlapped`);
    const values = store.commits.flatMap((c) => c.values).sort((a, b) => a - b);
    assert.deepEqual(
      values,
      Array.from({ length: n }, (_, i) => i),
      'every message stored once',
    );
    await waitFor('acknowledgements', 5000, async () => {
      const m = await (await fetch(`http://127.0.0.1:${srv.httpPort}/metrics`)).text();
      return m.includes(`sensorpath_external_broker_messages_total{outcome="acked"} ${n}\n`)
        ? true
        : undefined;
    });
  });

  it('never more than maxInFlight messages at once', async () => {
    const store = new SlowStorage(() => 150);
    await receiver('bounded', store, 4);
    const n = 20;
    await publish(Array.from({ length: n }, (_, i) => ({ topic: `acme/s/a/l/e${i}/metrics`, value: i })));
    await waitFor(`${n} commits`, 15_000, () => (store.commits.length >= n ? true : undefined));
    assert.equal(store.maxActive, 4, `${store.maxActive} commits overlapped with maxInFlight 4`);
  });

  it('messages of one topic commit one after the other, in arrival order', async () => {
    // The later a message of topic "ordered", the faster its commit: run concurrently they would
    // land in reverse order. Other topics' messages are interleaved and may overlap them.
    const k = 10;
    const store = new SlowStorage((vs) => (vs[0]! < 100 ? (k - vs[0]!) * 40 : 200));
    await receiver('order', store);
    const msgs: { topic: string; value: number }[] = [];
    for (let i = 0; i < k; i++) {
      msgs.push({ topic: 'acme/s/a/l/ordered/metrics', value: i });
      msgs.push({ topic: `acme/s/a/l/other${i}/metrics`, value: 100 + i });
    }
    await publish(msgs);
    await waitFor(`${2 * k} commits`, 15_000, () => (store.commits.length >= 2 * k ? true : undefined));
    const ordered = store.commits.filter((c) => c.device === 'ordered');
    assert.deepEqual(
      ordered.map((c) => c.values[0]),
      Array.from({ length: k }, (_, i) => i),
      'committed in arrival order',
    );
    for (let i = 1; i < ordered.length; i++)
      assert.ok(ordered[i]!.start >= ordered[i - 1]!.end, `commit ${i} started before commit ${i - 1} ended`);
    const others = store.commits.filter((c) => c.device !== 'ordered');
    assert.ok(
      others.some((o) => o.start < ordered[k - 1]!.start),
      'other topics were not held behind the ordered topic',
    );
  });
});

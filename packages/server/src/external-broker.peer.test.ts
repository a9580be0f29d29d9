/**
 * Peer test of external broker mode against Debian's Mosquitto (package `mosquitto`): two servers
 * share `$share/sensorpath/+/+/+/+/+/metrics` and split the messages, every QoS 1 sample lands
 * exactly once; a commit that fails is not acknowledged and the message comes back; a receiver
 * that was away gets the messages queued in its persistent session. Run with
 * `node --import tsx --test packages/server/src/external-broker.peer.test.ts`.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '@sensorpath/simulator';
import { MemoryStorage, newMatcher, type Storage } from '@sensorpath/storage';
import { connectAsync } from 'mqtt';
import { pino } from 'pino';
import { receiverClientId, sharedMetricsFilter } from './external-broker.ts';
import { type ServerHandle, startServer } from './server.ts';
import { listening, MOSQUITTO, waitFor } from './testing.ts';

/** A storage whose first `failures` commits throw, as a full disk would. */
class FlakyStorage extends MemoryStorage {
  failures = 0;
  override appender() {
    const app = super.appender();
    const commit = app.commit.bind(app);
    app.commit = async () => {
      if (this.failures > 0) {
        this.failures--;
        await app.rollback();
        throw new Error('disk full (test)');
      }
      return commit();
    };
    return app;
  }
}

async function samples(s: Storage, metric: string): Promise<number[]> {
  const q = await s.querier(0, Number.MAX_SAFE_INTEGER);
  const out: number[] = [];
  for (const series of await q.select(false, undefined, [newMatcher('=', '__name__', metric)])) {
    const it = series.iterator();
    while (it.next()) out.push(it.time());
  }
  await q.close();
  return out;
}

describe('external broker mode (Mosquitto)', {
  skip: existsSync(MOSQUITTO) ? false : 'mosquitto not installed (apt-get install mosquitto)',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-extbroker-'));
  let mosq: ChildProcess;
  let port = 0;
  const servers: ServerHandle[] = [];
  const flaky = new Map<string, FlakyStorage>();

  const server = async (name: string) => {
    const srv = await startServer({
      dataDir: join(dir, name),
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      embeddedBroker: false,
      openStorage: async (tenant) => {
        const s = new FlakyStorage();
        flaky.set(`${name}/${tenant}`, s);
        return s;
      },
      externalBroker: {
        url: `mqtt://127.0.0.1:${port}`,
        clientId: receiverClientId(join(dir, name)),
        retryMs: 100,
      },
    });
    servers.push(srv);
    return srv;
  };

  before(async () => {
    chmodSync(dir, 0o777);
    port = await freePort();
    writeFileSync(
      join(dir, 'm.conf'),
      [
        `listener ${port} 127.0.0.1`,
        'allow_anonymous true',
        'persistence false',
        'max_queued_messages 100000',
        '',
      ].join('\n'),
    );
    mosq = spawn(MOSQUITTO, ['-c', join(dir, 'm.conf')], { stdio: 'ignore' });
    await waitFor('mosquitto', 5000, () => listening(port));
  });

  after(async () => {
    for (const s of servers) await s.close().catch(() => {});
    if (mosq.exitCode === null) {
      await new Promise<void>((r) => {
        mosq.once('exit', () => r());
        mosq.kill('SIGTERM');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('derives a stable client id and the shared filter', () => {
    const id = receiverClientId(join(dir, 'ids', 'one'));
    assert.match(id, /^sensorpath-[0-9a-f]{16}$/);
    assert.equal(receiverClientId(join(dir, 'ids', 'one')), id, 'stable for one data directory');
    assert.notEqual(receiverClientId(join(dir, 'ids', 'two')), id, 'unique per data directory');
    assert.equal(sharedMetricsFilter('g'), '$share/g/+/+/+/+/+/metrics');
  });

  it('two receivers split the load; a failed commit is redelivered; every sample once', async () => {
    const a = await server('a');
    const b = await server('b');
    const pub = await connectAsync(`mqtt://127.0.0.1:${port}`, { protocolVersion: 5, clientId: 'pub1' });
    const base = Date.now() - 60_000;
    const n = 200;
    // The first receiver's store fails its next two commits once the tenant exists.
    await pub.publishAsync(
      'acme/berlin/hall/l1/m0/metrics',
      `x_total 0 ${(base / 1000).toFixed(3)}\n# EOF\n`,
      {
        qos: 1,
      },
    );
    await waitFor('first sample', 5000, () => (flaky.size > 0 ? true : undefined));
    const failing = [...flaky.values()];
    for (const s of failing) s.failures = 2;
    for (let i = 1; i < n; i++) {
      await pub.publishAsync(
        `acme/berlin/hall/l1/m${i % 4}/metrics`,
        `x_total ${i} ${((base + i) / 1000).toFixed(3)}\n# EOF\n`,
        { qos: 1 },
      );
    }
    await pub.endAsync();
    const stored = async () => {
      const ts: number[] = [];
      for (const srv of [a, b])
        for (const t of srv.stores.tenants()) ts.push(...(await samples(await srv.stores.get(t), 'x_total')));
      return ts;
    };
    const ts = await waitFor('all samples', 15_000, async () => {
      const t = await stored();
      return t.length >= n ? t : undefined;
    });
    await new Promise((r) => setTimeout(r, 300));
    const final = await stored();
    assert.equal(final.length, n, `stored ${final.length} of ${n}`);
    assert.equal(new Set(final).size, n, 'no duplicates');
    assert.ok(ts.length === n);
    for (const s of failing) assert.equal(s.failures, 0, 'the failed commits happened and were retried');
    const metrics = (
      await Promise.all(
        [a, b].map(async (srv) => (await fetch(`http://127.0.0.1:${srv.httpPort}/metrics`)).text()),
      )
    ).join('\n');
    const total = (re: RegExp) => [...metrics.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
    // At least n: a message stored just before the connection was cycled comes again, is stored
    // as a no-op (the sample count above stayed n) and is acknowledged again.
    assert.ok(total(/^sensorpath_external_broker_messages_total\{outcome="acked"\} (\d+)$/gm) >= n);
    assert.ok(
      total(/^sensorpath_external_broker_reconnects_total (\d+)$/gm) >= 1,
      'the failed commit cycled the connection',
    );
    assert.match(metrics, /^sensorpath_external_broker_connected 1$/m);
    assert.ok(a.ingestor.stats.messages > 0 && b.ingestor.stats.messages > 0, 'both receivers got messages');
  });

  it('a receiver that was away gets what was queued in its session', async () => {
    const c = await server('c');
    await c.close();
    servers.splice(servers.indexOf(c), 1);
    const pub = await connectAsync(`mqtt://127.0.0.1:${port}`, { protocolVersion: 5, clientId: 'pub2' });
    const base = Date.now() - 30_000;
    for (let i = 0; i < 60; i++)
      await pub.publishAsync(
        `globex/p/h/l/d${i % 3}/metrics`,
        `y ${i} ${((base + i) / 1000).toFixed(3)}\n# EOF\n`,
        {
          qos: 1,
        },
      );
    await pub.endAsync();
    const c2 = await server('c');
    const count = async () => {
      let k = 0;
      for (const srv of servers)
        for (const t of srv.stores.tenants()) k += (await samples(await srv.stores.get(t), 'y')).length;
      return k;
    };
    await waitFor('60 samples', 10_000, async () => ((await count()) >= 60 ? true : undefined));
    assert.equal(await count(), 60);
    assert.ok(c2.ingestor.stats.messages > 0, 'the returning receiver got its queued share');
  });
});

/**
 * RemoteWriter and its durable queue against a local HTTP endpoint (`capture.ts`), decoding what it
 * gets with the server's own remote_write decoder: a commit resolves once the batch is on disk, even
 * while the store answers 503; 503, 429 and refused connections are retried until accepted; a 400
 * drops that request (counted) and later ones still go; a writer closed while the store is down
 * leaves its queue on disk and a new one on the same directory delivers every sample exactly once,
 * in order, also after a process killed with SIGKILL right after its commits; large batches are split; the size bound drops the oldest segments and counts them; a
 * torn record at the end of a segment is cut on open.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { labelsFromRecord } from '@sensorpath/storage';
import { uncompress } from 'snappyjs';
import { decodeWriteRequest, encodeWriteRequest } from '../receive/remote-write-proto.ts';
import { type Capture, startCapture } from './capture.ts';
import { DiskQueue, QueueError } from './queue.ts';
import { RemoteStorageError, RemoteWriter, remoteWriteMetrics } from './write.ts';

async function until(what: string, f: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!f()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Timestamps of every sample the capture accepted, in arrival order. */
function received(c: Capture): number[] {
  const out: number[] = [];
  for (const g of c.got)
    if (g.status < 300)
      for (const s of decodeWriteRequest(uncompress(g.body)))
        for (const x of s.samples) out.push(x.timestamp);
  return out;
}

describe('RemoteWriter (durable queue)', () => {
  let cap: Capture;
  let dir = '';
  const writers: RemoteWriter[] = [];
  const labels = labelsFromRecord({ __name__: 'v', enterprise: 'acme', device: 'm1' });
  const open = (over: Partial<ConstructorParameters<typeof RemoteWriter>[0]> = {}) => {
    const w = new RemoteWriter({
      url: `${cap.url}/api/v1/write`,
      tenant: 'acme',
      queueDir: join(dir, 'q'),
      minBackoffMs: 2,
      maxBackoffMs: 20,
      ...over,
    });
    writers.push(w);
    return w;
  };
  const commit = async (w: RemoteWriter, ts: number[]) => {
    const a = w.appender();
    for (const t of ts) a.append(0, labels, t, t / 1000);
    await a.commit();
  };
  before(async () => {
    cap = await startCapture();
  });
  afterEach(async () => {
    for (const w of writers.splice(0)) await w.close();
    rmSync(dir, { recursive: true, force: true });
    cap.got.length = 0;
    cap.answers = [];
    cap.fallback = { status: 204 };
  });
  after(() => cap.close());

  it('a commit resolves once on disk; 503, 429 and 500 are retried until the store takes it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rw-'));
    cap.answers = [{ status: 503 }, { status: 429, headers: { 'Retry-After': '0' } }, { status: 500 }];
    const w = open({ headers: { 'X-Scope-OrgID': 'acme' } });
    await commit(w, [1000, 2000]);
    await until('delivery', () => w.queue.samples === 0);
    assert.deepEqual(received(cap), [1000, 2000]);
    assert.deepEqual(
      cap.got.map((g) => g.status),
      [503, 429, 500, 204],
    );
    const ok = cap.got[3]!;
    assert.equal(ok.path, '/api/v1/write');
    assert.equal(ok.headers['content-encoding'], 'snappy');
    assert.equal(ok.headers['x-prometheus-remote-write-version'], '0.1.0');
    assert.equal(ok.headers['x-scope-orgid'], 'acme');
    assert.deepEqual(w.stats, {
      requests: 4,
      retries: 3,
      failedRequests: 3,
      samplesSent: 2,
      refusedSamples: 0,
    });
    const text = remoteWriteMetrics(new Map([['acme', w]]));
    assert.match(text, /sensorpath_remote_write_samples_total\{tenant="acme"\} 2\n/);
    assert.match(text, /sensorpath_remote_write_retries_total\{tenant="acme"\} 3\n/);
    assert.match(text, /sensorpath_remote_write_pending_samples\{tenant="acme"\} 0\n/);
    assert.match(text, /sensorpath_remote_write_dropped_samples_total\{tenant="acme",reason="refused"\} 0\n/);
  });

  it('a 400 drops that request (counted, logged) and the next one still goes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rw-'));
    cap.answers = [{ status: 400, body: 'out of bounds' }];
    const logged: string[] = [];
    const logger = {
      error: (_o: unknown, m: string) => logged.push(m),
      warn: () => {},
      info: () => {},
    } as unknown as import('pino').Logger;
    const w = open({ logger });
    await commit(w, [1000, 2000, 3000]);
    await until('the refusal', () => w.queue.samples === 0);
    await commit(w, [4000]);
    await until('delivery', () => w.queue.samples === 0);
    assert.deepEqual(received(cap), [4000]);
    assert.equal(w.stats.refusedSamples, 3);
    assert.equal(w.stats.samplesSent, 1);
    assert.match(logged.join('\n'), /refused a request for good \(4xx\)/);
  });

  it('survives a restart while the store is down: every sample once, in order', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rw-'));
    cap.fallback = { status: 503 };
    const w1 = open();
    for (let i = 0; i < 20; i++) await commit(w1, [i * 1000, i * 1000 + 500]);
    await until('a few failed requests', () => w1.stats.failedRequests >= 2);
    assert.equal(w1.queue.samples, 40);
    await w1.close();
    writers.length = 0;
    cap.fallback = { status: 204 };
    const w2 = open({ maxSamplesPerRequest: 8 });
    assert.equal(w2.queue.samples, 40, 'replayed from disk');
    await until('delivery', () => w2.queue.samples === 0);
    const want = Array.from({ length: 20 }, (_, i) => [i * 1000, i * 1000 + 500]).flat();
    assert.deepEqual(received(cap), want);
    assert.ok(cap.got.filter((g) => g.status < 300).length >= 5, 'requests of at most 8 samples');
    await w2.close();
    writers.length = 0;
    // Acknowledged records are gone: a third writer has nothing to send.
    const w3 = open();
    assert.equal(w3.queue.samples, 0);
    assert.deepEqual(readdirSync(join(dir, 'q')).filter((f) => f.endsWith('.seg')).length, 1);
  });

  it('close lets a request in flight finish, so a clean restart sends nothing twice', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rw-'));
    cap.answers = [{ status: 204, delayMs: 300 }];
    const w1 = open();
    await commit(w1, [1000, 2000]);
    await until('the request to arrive', () => cap.got.length === 1);
    await w1.close();
    writers.length = 0;
    const w2 = open();
    assert.equal(w2.queue.samples, 0, 'the answer moved the cursor');
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(received(cap), [1000, 2000]);
  });

  it('a process killed with SIGKILL after its commits loses none of them', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rw-'));
    // A real crash: a child process commits (the store answers 503), then kills itself.
    const child = join(dir, 'child.mts');
    writeFileSync(
      child,
      `import { RemoteWriter } from ${JSON.stringify(new URL('./write.ts', import.meta.url).pathname)};
const w = new RemoteWriter({ url: process.argv[2], tenant: 'acme', queueDir: process.argv[3], minBackoffMs: 5 });
const ls = [{ name: '__name__', value: 'v' }, { name: 'enterprise', value: 'acme' }];
for (let i = 0; i < 30; i++) {
  const a = w.appender();
  a.append(0, ls, i * 1000, i);
  a.append(0, ls, i * 1000 + 1, i);
  await a.commit();
}
process.kill(process.pid, 'SIGKILL');
`,
    );
    cap.fallback = { status: 503 };
    const p = spawn(process.execPath, ['--import', 'tsx', child, `${cap.url}/api/v1/write`, join(dir, 'q')], {
      cwd: new URL('.', import.meta.url).pathname,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    p.stderr.on('data', (b: Buffer) => (err += b));
    const [, signal] = (await once(p, 'exit')) as [number | null, string | null];
    assert.equal(signal, 'SIGKILL', err);
    cap.got.length = 0;
    cap.fallback = { status: 204 };
    const w = open();
    assert.equal(w.queue.samples, 60);
    await until('delivery', () => w.queue.samples === 0);
    assert.deepEqual(received(cap), Array.from({ length: 30 }, (_, i) => [i * 1000, i * 1000 + 1]).flat());
  });

  it('keeps trying while nothing listens, then delivers', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rw-'));
    const w = open({ url: 'http://127.0.0.1:9/api/v1/write' });
    await commit(w, [1000]);
    await until('refused connections', () => w.stats.failedRequests >= 3);
    assert.equal(w.queue.samples, 1);
  });

  it('splits a large commit into requests of at most maxSamplesPerRequest', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rw-'));
    const w = open({ maxSamplesPerRequest: 4 });
    await commit(w, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await until('delivery', () => w.queue.samples === 0);
    assert.deepEqual(received(cap), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(
      cap.got.map((g) => decodeWriteRequest(uncompress(g.body))[0]!.samples.length),
      [4, 4, 2],
    );
  });

  it('sets the tenant label on every series for a shared store (rule output has lost it)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rw-'));
    const w = open({ tenantLabel: 'enterprise' });
    const a = w.appender();
    a.append(0, labelsFromRecord({ __name__: 'job:v:sum' }), 1000, 1);
    a.append(0, labelsFromRecord({ __name__: 'v', enterprise: 'globex', zone: 'z' }), 1000, 1);
    await a.commit();
    await until('delivery', () => w.queue.samples === 0);
    assert.deepEqual(
      decodeWriteRequest(uncompress(cap.got[0]!.body)).map((s) =>
        s.labels.map((l) => `${l.name}=${l.value}`),
      ),
      [
        ['__name__=job:v:sum', 'enterprise=acme'],
        ['__name__=v', 'enterprise=acme', 'zone=z'],
      ],
    );
  });

  it('refuses non-http URLs', () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-rw-'));
    assert.throws(
      () => open({ url: 'ftp://x' }),
      (e: unknown) => e instanceof RemoteStorageError && e.code === 'REMOTE_BAD_URL',
    );
  });
});

describe('DiskQueue', () => {
  const rec = (t: number) =>
    encodeWriteRequest([
      { labels: [{ name: '__name__', value: 'v' }], samples: [{ timestamp: t, value: 1 }] },
    ]);

  it('drops the oldest segments beyond its bound and counts their samples', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-q-'));
    try {
      const warned: unknown[] = [];
      const q = new DiskQueue({
        dir,
        maxBytes: 8192,
        segmentBytes: 1024,
        fsync: 'none',
        warn: (_m, f) => warned.push(f),
      });
      const size = rec(0).length + 12;
      const n = 400;
      for (let t = 0; t < n; t++) await q.append(rec(t), 1);
      assert.ok(q.dropped > 0, 'something was dropped');
      assert.equal(q.samples + q.dropped, n, 'every sample is pending or counted as dropped');
      assert.ok(q.bytes <= 8192 + 2 * (1024 + size), `bytes ${q.bytes} within the bound plus two segments`);
      assert.ok(warned.length > 0);
      // What is left is the newest samples, oldest first.
      const b = q.peek(1_000_000)!;
      const ts = b.parts.flatMap((p) =>
        decodeWriteRequest(p).flatMap((s) => s.samples.map((x) => x.timestamp)),
      );
      assert.equal(ts.length, q.samples);
      assert.equal(ts.at(-1), n - 1);
      assert.deepEqual(
        ts,
        [...ts].sort((x, y) => x - y),
      );
      await q.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('one writer per directory; the lock of a dead owner is taken over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-q-'));
    try {
      const q = new DiskQueue({ dir });
      assert.throws(
        () => new DiskQueue({ dir }),
        (e: unknown) =>
          e instanceof QueueError && e.code === 'REMOTE_QUEUE_IN_USE' && /this process/.test(e.message),
      );
      await q.close();
      // A lock left by a process that has exited (killed, crashed) does not block the next start.
      writeFileSync(join(dir, 'lock'), String(spawnSync('true').pid));
      const q2 = new DiskQueue({ dir });
      await q2.close();
      // A live other process does.
      const other = spawn('sleep', ['30']);
      try {
        writeFileSync(join(dir, 'lock'), String(other.pid));
        assert.throws(
          () => new DiskQueue({ dir }),
          (e: unknown) => e instanceof QueueError && new RegExp(`process ${other.pid}`).test(e.message),
        );
      } finally {
        other.kill('SIGKILL');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cuts a torn record at the end of a segment on open, keeping the ones before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-q-'));
    try {
      const q = new DiskQueue({ dir });
      await q.append(rec(1), 1);
      await q.append(rec(2), 1);
      await q.close();
      const seg = readdirSync(dir).find((f) => f.endsWith('.seg'))!;
      appendFileSync(join(dir, seg), Buffer.from([200, 0, 0, 0, 1, 2, 3])); // a header cut short
      const warned: string[] = [];
      const q2 = new DiskQueue({ dir, warn: (m) => warned.push(m) });
      assert.equal(q2.samples, 2);
      assert.match(warned.join(), /torn or corrupt record/);
      const b = q2.peek(10)!;
      assert.deepEqual(
        b.parts.map((p) => decodeWriteRequest(p)[0]!.samples[0]!.timestamp),
        [1, 2],
      );
      q2.ack();
      await q2.close();
      const q3 = new DiskQueue({ dir });
      assert.equal(q3.samples, 0, 'the cursor moved past both');
      await q3.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

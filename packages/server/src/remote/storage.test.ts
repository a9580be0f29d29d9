/**
 * Remote storage without a remote store: RemoteReader against a stub of VictoriaMetrics' HTTP API
 * (every selector and lookup carries the tenant, whatever the query names; export lines become
 * series with seekable iterators; the dialect's headers are sent), and FanoutStorage (a commit
 * resolves after the local commit and the remote_write queue append; while the store answers 503
 * the samples wait in the queue and arrive once it accepts).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { labelsFromRecord, MemoryStorage, newMatcher } from '@sensorpath/storage';
import { RemoteReader } from './read.ts';
import { FanoutStorage } from './storage.ts';
import { RemoteWriter } from './write.ts';

describe('remote storage', () => {
  let srv: Server;
  let base = '';
  const seen: { path: string; match: string[]; org: string | undefined }[] = [];
  let writeStatus = 204;
  before(async () => {
    srv = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      seen.push({
        path: u.pathname,
        match: u.searchParams.getAll('match[]'),
        org: req.headers['x-scope-orgid'] as string | undefined,
      });
      req.resume();
      req.on('end', () => {
        if (u.pathname === '/api/v1/write') return res.writeHead(writeStatus).end();
        if (u.pathname === '/api/v1/export')
          return res.end(
            `${JSON.stringify({ metric: { __name__: 'v', enterprise: 'acme', device: 'm1' }, values: [1, 2, 3], timestamps: [1000, 2000, 3000] })}\n`,
          );
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ status: 'success', data: ['m2', 'm1'] }));
      });
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => srv.close(() => r())));

  it('RemoteReader enforces the tenant on every selector and lookup', async () => {
    seen.length = 0;
    const q = await new RemoteReader({
      url: `${base}/`,
      tenant: 'acme',
      headers: { 'X-Scope-OrgID': 'acme' },
    }).querier(0, 5000);
    const series = await q.select(true, undefined, [
      newMatcher('=', '__name__', 'v'),
      newMatcher('=', 'enterprise', 'globex'),
    ]);
    assert.equal(seen[0]!.path, '/api/v1/export');
    assert.deepEqual(seen[0]!.match, ['{__name__="v",enterprise="globex",enterprise="acme"}']);
    assert.equal(seen[0]!.org, 'acme');
    const it = series[0]!.iterator();
    assert.ok(it.seek(1500));
    assert.deepEqual([it.time(), it.value()], [2000, 2]);
    assert.ok(it.next());
    assert.equal(it.time(), 3000);
    assert.ok(!it.next());
    assert.deepEqual(await q.labelValues('device'), ['m1', 'm2']);
    assert.deepEqual(seen[1]!.match, ['{enterprise="acme"}']);
    assert.equal(seen[1]!.path, '/api/v1/label/device/values');
    await q.labelNames([newMatcher('=', 'enterprise', 'acme')]);
    assert.deepEqual(seen[2]!.match, ['{enterprise="acme"}']);
  });

  it('FanoutStorage commits locally and into the queue; the queue delivers once the store is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-fan-'));
    const local = new MemoryStorage();
    const w = new RemoteWriter({
      url: `${base}/api/v1/write`,
      tenant: 'acme',
      queueDir: dir,
      minBackoffMs: 2,
      maxBackoffMs: 10,
    });
    const fan = new FanoutStorage(local, w);
    const ls = labelsFromRecord({ __name__: 'v', enterprise: 'acme' });
    writeStatus = 503;
    seen.length = 0;
    const a = fan.appender();
    a.append(0, ls, 1000, 1);
    a.append(0, ls, 2000, 2);
    await a.commit();
    const q = await fan.querier(0, 5000);
    const [s] = await q.select(false, undefined, [newMatcher('=', '__name__', 'v')]);
    const it = s!.iterator();
    const ts: number[] = [];
    while (it.next()) ts.push(it.time());
    assert.deepEqual(ts, [1000, 2000], 'the local store has both at once');
    while (w.stats.failedRequests < 2) await new Promise((r) => setTimeout(r, 5));
    assert.equal(w.queue.samples, 2, 'waiting in the queue while the store answers 503');
    writeStatus = 204;
    while (w.queue.samples > 0) await new Promise((r) => setTimeout(r, 5));
    assert.equal(w.stats.samplesSent, 2);
    await fan.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

/**
 * RemoteWriter against a local HTTP endpoint that decodes what it gets with the server's own
 * remote_write decoder: a commit resolves only after a 2xx, 503s are retried, a 400 fails the
 * commit with REMOTE_REJECTED, a full queue refuses at once, the tenant header is sent in header
 * mode only, and large batches are split.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { labelsFromRecord } from '@sensorpath/storage';
import { uncompress } from 'snappyjs';
import { decodeWriteRequest, type WriteSeries } from '../receive/remote-write-proto.ts';
import { RemoteStorageError, RemoteWriter } from './write.ts';

describe('RemoteWriter', () => {
  let srv: Server;
  let url = '';
  const got: { series: WriteSeries[]; org: string | undefined }[] = [];
  let answers: number[] = [];
  before(async () => {
    srv = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const status = answers.shift() ?? 204;
        if (status < 300) {
          const series = decodeWriteRequest(uncompress(Buffer.concat(chunks)));
          got.push({ series, org: req.headers['x-scope-orgid'] as string | undefined });
        }
        res.writeHead(status).end(status < 300 ? '' : 'nope');
      });
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/api/v1/write`;
  });
  after(() => new Promise<void>((r) => srv.close(() => r())));

  const labels = labelsFromRecord({ __name__: 'v', enterprise: 'acme', device: 'm1' });

  it('sends a batch and resolves after 2xx, retrying 503s', async () => {
    got.length = 0;
    answers = [503, 503];
    const w = new RemoteWriter({ url, tenant: 'acme', minBackoffMs: 5 });
    const a = w.appender();
    a.append(0, labels, 1000, 1);
    a.append(0, labels, 2000, 2);
    await a.commit();
    assert.equal(got.length, 1);
    assert.deepEqual(got[0]!.series[0]!.samples, [
      { value: 1, timestamp: 1000 },
      { value: 2, timestamp: 2000 },
    ]);
    assert.equal(got[0]!.org, undefined, 'label mode sends no tenant header');
    assert.equal(w.stats.retries, 2);
    await w.close();
  });

  it('fails the commit on 400 and after the last attempt', async () => {
    answers = [400];
    const w = new RemoteWriter({ url, tenant: 'acme', minBackoffMs: 1, maxAttempts: 2 });
    const a = w.appender();
    a.append(0, labels, 1000, 1);
    await assert.rejects(
      a.commit(),
      (e: unknown) => e instanceof RemoteStorageError && e.code === 'REMOTE_REJECTED',
    );
    answers = [500, 500];
    const b = w.appender();
    b.append(0, labels, 1000, 1);
    await assert.rejects(
      b.commit(),
      (e: unknown) => e instanceof RemoteStorageError && e.code === 'REMOTE_UNAVAILABLE',
    );
    assert.equal(w.stats.failedCommits, 2);
  });

  it('refuses a commit beyond the bounded queue and splits large batches; header mode names the tenant', async () => {
    got.length = 0;
    answers = [];
    const w = new RemoteWriter({
      url,
      tenant: 'globex',
      tenantMode: 'header',
      maxQueuedSamples: 10,
      maxSamplesPerRequest: 4,
    });
    const big = w.appender();
    for (let i = 0; i < 11; i++) big.append(0, labels, i, i);
    await assert.rejects(
      big.commit(),
      (e: unknown) => e instanceof RemoteStorageError && e.code === 'REMOTE_QUEUE_FULL',
    );
    const a = w.appender();
    for (let i = 0; i < 10; i++) a.append(0, labels, i, i);
    await a.commit();
    assert.equal(got.length, 3, '10 samples in requests of at most 4');
    assert.equal(
      got.reduce((n, g) => n + g.series.reduce((k, s) => k + s.samples.length, 0), 0),
      10,
    );
    assert.ok(got.every((g) => g.org === 'globex'));
  });

  it('refuses non-http URLs', () => {
    assert.throws(() => new RemoteWriter({ url: 'ftp://x', tenant: 'a' }), RemoteStorageError);
  });
});

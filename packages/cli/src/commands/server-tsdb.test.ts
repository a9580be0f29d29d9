/**
 * `sensorpath server --tsdb.chunk-cache-samples N` reaches every tenant's TSDB: the flag is
 * declared and checked (a bad value is a UsageError naming it), the wiring opens the store with it,
 * and the store behaves accordingly (0: repeated queries never hit the decoded-chunk cache; the
 * default: the second query hits).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { labelsFromRecord, newMatcher } from '@sensorpath/storage';
import type { TSDB } from '@sensorpath/tsdb';
import { UsageError } from '../args.ts';
import { makeLogger } from '../logger.ts';
import { serverWiring } from '../wiring.ts';
import { run, tsdbOptions } from './server.ts';

/** Opens a tenant store through the server wiring, writes 2,000 samples and queries them twice. */
async function cacheHitsAfterTwoQueries(flags: Record<string, string>): Promise<{ db: TSDB; hits: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sp-tsdb-flag-'));
  const wiring = serverWiring(makeLogger('error', 'test'), undefined, tsdbOptions(flags));
  const db = (await wiring.openStorage!('t1', dir)) as TSDB;
  try {
    const app = db.appender();
    const ls = labelsFromRecord({ __name__: 'v', site: 'a' });
    for (let i = 0; i < 2000; i++) app.append(0, ls, i * 1000, i);
    await app.commit();
    for (let round = 0; round < 2; round++) {
      const q = await db.querier(0, 2_000_000);
      let n = 0;
      for (const s of await q.select(false, undefined, [newMatcher('=', '__name__', 'v')])) {
        const it = s.iterator();
        while (it.next()) n++;
      }
      await q.close();
      assert.equal(n, 2000);
    }
    return { db, hits: db.stats().chunkCacheHits };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('--tsdb.chunk-cache-samples', () => {
  it('is declared and checked by sensorpath server', async () => {
    await assert.rejects(run(['--tsdb.chunk-cache-samples=-1']), (e: Error) => {
      assert.ok(e instanceof UsageError);
      assert.match(e.message, /--tsdb\.chunk-cache-samples "-1": expected a whole number from 0/);
      return true;
    });
    await assert.rejects(run(['--tsdb.chunk-cache-samples', 'lots']), UsageError);
    assert.deepEqual(tsdbOptions({}), {});
    assert.deepEqual(tsdbOptions({ 'tsdb.chunk-cache-samples': '0' }), { chunkCacheSamples: 0 });
  });

  it('reaches the tenant TSDB: 0 disables the cache, the default keeps decoded chunks', async () => {
    const off = await cacheHitsAfterTwoQueries({ 'tsdb.chunk-cache-samples': '0' });
    assert.equal(off.db.opts.chunkCacheSamples, 0);
    assert.equal(off.hits, 0);
    const small = await cacheHitsAfterTwoQueries({ 'tsdb.chunk-cache-samples': '12345' });
    assert.equal(small.db.opts.chunkCacheSamples, 12345);
    const dflt = await cacheHitsAfterTwoQueries({});
    assert.equal(dflt.db.opts.chunkCacheSamples, 4 * 1024 * 1024);
    assert.ok(dflt.hits > 0, `expected cache hits on the second query, got ${dflt.hits}`);
  });
});

/**
 * Bulk reads (`Series.samples`) over blocks, the head's sealed chunks and its open buffer, with
 * and without the decoded-chunk cache: same samples as the iterator, bit for bit, and the cache
 * stays within its bound.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { labelsFromRecord, newMatcher, readSamples, STALE_NAN } from '@sensorpath/storage';
import { encodeChunk } from './chunk.ts';
import { ChunkCache, QueryChunks } from './chunkcache.ts';
import type { TSDB } from './db.ts';
import { openTSDB } from './index.ts';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const HOUR = 3_600_000;

/** Two series at 1 s for 5 h with 1 h blocks: three blocks are cut, the rest stays in the head. */
async function fill(chunkCacheSamples: number): Promise<TSDB> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sensorpath-chunkcache-'));
  dirs.push(dir);
  const db = await openTSDB(dir, {
    logger: () => {},
    blockRangeMs: HOUR,
    fsync: 'never',
    chunkCacheSamples,
  });
  const ls = [labelsFromRecord({ __name__: 'x', i: '0' }), labelsFromRecord({ __name__: 'x', i: '1' })];
  const refs = [0, 0];
  for (let t = 0; t < 5 * HOUR; t += 10_000) {
    const a = db.appender();
    for (let k = 0; k < 2; k++) {
      for (let j = 0; j < 10_000; j += 1000) {
        const u = t + j;
        const v = u === 2 * HOUR + 5000 ? STALE_NAN : k === 0 ? u / 1000 : Math.sin(u) * 100;
        refs[k] = a.append(refs[k]!, ls[k]!, u, v);
      }
    }
    await a.commit();
  }
  await db.compact();
  return db;
}

function bits(v: number): bigint {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, v);
  return b.getBigUint64(0);
}

async function compare(db: TSDB, mint: number, maxt: number): Promise<number> {
  const q = await db.querier(mint, maxt);
  let n = 0;
  try {
    const ss = await q.select(true, undefined, [newMatcher('=', '__name__', 'x')]);
    assert.equal(ss.length, 2);
    for (const s of ss) {
      const c = readSamples(s, mint, maxt);
      const it = s.iterator();
      let i = 0;
      while (it.next()) {
        assert.equal(c.ts[i], it.time(), `time ${i} of [${mint}, ${maxt}]`);
        assert.equal(bits(c.vs[i]!), bits(it.value()), `value ${i} of [${mint}, ${maxt}]`);
        i++;
      }
      assert.equal(c.ts.length, i);
      n += i;
    }
  } finally {
    await q.close();
  }
  return n;
}

describe('tsdb bulk reads', () => {
  it('agree with the iterator across blocks and head, cached or not', async () => {
    for (const size of [0, 4 * 1024 * 1024]) {
      const db = await fill(size);
      try {
        assert.ok(db.blockMetas().length >= 2, 'data spans blocks');
        const ranges: [number, number][] = [
          [0, 5 * HOUR],
          [HOUR - 1, HOUR],
          [HOUR + 123, 3 * HOUR + 4567],
          [2 * HOUR, 2 * HOUR + 5000],
          [4.5 * HOUR, 6 * HOUR],
        ];
        const first = [];
        for (const [a, b] of ranges) first.push(await compare(db, a, b));
        assert.equal(first[0], 2 * 5 * 3600);
        assert.equal(first[1], 2);
        const misses = db.stats().chunkCacheMisses;
        // Second round: served from the cache when it is on, identical either way.
        for (let r = 0; r < ranges.length; r++) assert.equal(await compare(db, ...ranges[r]!), first[r]);
        const st = db.stats();
        if (size === 0) assert.equal(st.chunkCacheSamples, 0);
        else {
          assert.ok(st.chunkCacheHits > 0, 'second reads hit the cache');
          assert.equal(st.chunkCacheMisses, misses, 'nothing decoded twice');
        }
      } finally {
        await db.close();
      }
    }
  });
});

describe('ChunkCache', () => {
  it('evicts chunks not read since the clock hand passed, beyond its bound, and decodes them again after', () => {
    const chunks = Array.from({ length: 5 }, (_, k) => {
      const ts = Float64Array.from({ length: 100 }, (_, i) => k * 1000 + i);
      return {
        key: {},
        data: encodeChunk(
          ts,
          ts.map((t) => t / 2),
          0,
          100,
        ),
      };
    });
    const cache = new ChunkCache(300);
    for (const c of chunks.slice(0, 3)) cache.get(c.key, () => c.data);
    assert.equal(cache.samples, 300);
    cache.get(chunks[0]!.key, () => c0fail()); // hit: chunk 0 becomes most recent
    cache.get(chunks[3]!.key, () => chunks[3]!.data); // evicts chunk 1
    assert.equal(cache.samples, 300);
    assert.equal(cache.get(chunks[0]!.key, () => c0fail()).ts[5], 5);
    let decoded = false;
    cache.get(chunks[1]!.key, () => {
      decoded = true;
      return chunks[1]!.data;
    });
    assert.equal(decoded, true, 'evicted chunk is read again');
    assert.ok(cache.samples <= 300);
    const off = new ChunkCache(0);
    off.get(chunks[0]!.key, () => chunks[0]!.data);
    assert.equal(off.samples, 0);
  });
});

describe('QueryChunks', () => {
  it('a repeated scan larger than the cache keeps hitting what it cached', () => {
    const chunks = Array.from({ length: 10 }, (_, k) => {
      const ts = Float64Array.from({ length: 100 }, (_, i) => k * 1000 + i);
      return { key: {}, data: encodeChunk(ts, ts, 0, 100) };
    });
    const cache = new ChunkCache(400);
    const scan = () => {
      const q = new QueryChunks(cache);
      for (const c of chunks) q.get(c.key, () => c.data);
    };
    scan();
    assert.equal(cache.samples, 400);
    const before = cache.hits;
    scan();
    // A quarter of the cache (100 samples) may be replaced per scan: at least 3 of 4 chunks hit.
    assert.ok(cache.hits - before >= 3, `hits ${cache.hits - before}`);
    scan();
    assert.ok(cache.samples <= 400);
  });

  it('a query replaces colder chunks within its quarter of the cache', () => {
    const mk = (k: number) => {
      const ts = Float64Array.from({ length: 100 }, (_, i) => k * 1000 + i);
      return { key: {}, data: encodeChunk(ts, ts, 0, 100) };
    };
    const old = [mk(0), mk(1), mk(2), mk(3)];
    const cache = new ChunkCache(400);
    for (const c of old) cache.get(c.key, () => c.data);
    const fresh = [mk(4), mk(5)];
    const q = new QueryChunks(cache);
    for (const c of fresh) q.get(c.key, () => c.data);
    const misses = cache.misses;
    new QueryChunks(cache).get(fresh[0]!.key, () => fresh[0]!.data);
    assert.equal(cache.misses, misses, 'the first new chunk was admitted');
    let decoded = false;
    new QueryChunks(cache).get(fresh[1]!.key, () => {
      decoded = true;
      return fresh[1]!.data;
    });
    assert.equal(decoded, true, 'the second was over the eviction budget');
  });
});

function c0fail(): Uint8Array {
  throw new Error('chunk 0 should have been cached');
}

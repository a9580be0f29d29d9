/**
 * Tests of the TSDB: the shared storage contract (with reopen), WAL replay and torn tails, the
 * out-of-order window, blocks, compaction and retention, using small block ranges so that blocks
 * are cut from a few samples. Every test works in its own temporary directory.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { labelsFromRecord, newMatcher, type Storage } from '@sensorpath/storage';
import { runStorageContract } from '@sensorpath/storage/contract';
import type { TSDB, TSDBOptions } from './db.ts';
import { openTSDB } from './index.ts';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sensorpath-tsdb-'));
  dirs.push(d);
  return d;
}
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const quiet: TSDBOptions = { logger: () => {} };

runStorageContract('tsdb', {
  open: () => openTSDB(tmp(), quiet),
  reopen: async (s: Storage) => {
    const db = s as TSDB;
    await db.close();
    return openTSDB(db.dir, quiet);
  },
});

async function read(db: Storage, mint: number, maxt: number, name = 'x'): Promise<[number, number][][]> {
  const q = await db.querier(mint, maxt);
  try {
    const ss = await q.select(true, undefined, [newMatcher('=', '__name__', name)]);
    return ss.map((s) => {
      const it = s.iterator();
      const out: [number, number][] = [];
      while (it.next()) out.push([it.time(), it.value()]);
      return out;
    });
  } finally {
    await q.close();
  }
}

const X = labelsFromRecord({ __name__: 'x' });

describe('tsdb', () => {
  it('refuses samples older than the out-of-order window with TSDB_OUT_OF_BOUNDS', async () => {
    const db = await openTSDB(tmp(), { ...quiet, outOfOrderWindowMs: 10_000 });
    const a = db.appender();
    a.append(0, X, 100_000, 1);
    await a.commit();
    const b = db.appender();
    b.append(0, X, 95_000, 2);
    assert.throws(() => b.append(0, X, 89_999, 3), { code: 'TSDB_OUT_OF_BOUNDS' });
    await b.commit();
    assert.deepEqual(await read(db, 0, 200_000), [
      [
        [95_000, 2],
        [100_000, 1],
      ],
    ]);
    await db.close();
  });

  it('replays the WAL, truncating a torn last record with a warning', async () => {
    const dir = tmp();
    let db = await openTSDB(dir, quiet);
    for (let i = 0; i < 5; i++) {
      const a = db.appender();
      a.append(0, X, i * 1000, i);
      await a.commit();
    }
    await db.close();
    const walDir = path.join(dir, 'wal');
    const seg = fs
      .readdirSync(walDir)
      .filter((f) => /^\d+$/.test(f))
      .sort()
      .at(-1)!;
    const file = path.join(walDir, seg);
    fs.truncateSync(file, fs.statSync(file).size - 3);
    const warnings: string[] = [];
    db = await openTSDB(dir, { logger: (m) => warnings.push(m) });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /torn/);
    assert.deepEqual(
      (await read(db, 0, 10_000))[0]?.map((s) => s[0]),
      [0, 1000, 2000, 3000],
    );
    // The store keeps working and survives another reopen.
    const a = db.appender();
    a.append(0, X, 9000, 9);
    await a.commit();
    await db.close();
    db = await openTSDB(dir, quiet);
    assert.equal((await read(db, 0, 10_000))[0]?.length, 5);
    await db.close();
  });

  it('cuts blocks, compacts them, merges late data and survives reopen', async () => {
    const dir = tmp();
    const opts: TSDBOptions = {
      ...quiet,
      blockRangeMs: 10_000,
      compactionRangesMs: [30_000],
      outOfOrderWindowMs: 1_000_000,
      retentionMs: 0,
    };
    let db = await openTSDB(dir, opts);
    const series = ['a', 'b', 'c'].map((p) => labelsFromRecord({ __name__: 'x', p }));
    for (let t = 0; t < 100_000; t += 100) {
      const a = db.appender();
      for (let i = 0; i < series.length; i++) a.append(0, series[i]!, t, t / 1000 + i * 0.001);
      await a.commit();
    }
    await db.compact();
    assert.ok(db.blockMetas().length >= 2, 'blocks were cut');
    assert.ok(
      db.blockMetas().some((b) => b.level > 1),
      'blocks were compacted',
    );
    // Late data into a range that is already a block.
    const a = db.appender();
    a.append(0, series[0]!, 1050, 42);
    a.append(0, series[0]!, 1000, 1); // exact duplicate of a sample in a block: no-op
    await a.commit();
    await db.compact({ flushHead: true });
    const check = async (d: TSDB) => {
      const got = await read(d, 0, 200_000);
      assert.equal(got.length, 3);
      assert.equal(got[0]!.length, 1001);
      assert.equal(got[1]!.length, 1000);
      assert.deepEqual(
        got[0]!.find((s) => s[0] === 1050),
        [1050, 42],
      );
      assert.deepEqual(
        got[2]!.find((s) => s[0] === 55_500),
        [55_500, 55.502],
      );
    };
    await check(db);
    await db.close();
    db = await openTSDB(dir, opts);
    await check(db);
    await db.close();
  });

  it('deletes blocks by time retention', async () => {
    const db = await openTSDB(tmp(), {
      ...quiet,
      blockRangeMs: 10_000,
      compactionRangesMs: [30_000],
      retentionMs: 40_000,
    });
    for (let t = 0; t < 200_000; t += 1000) {
      const a = db.appender();
      a.append(0, X, t, t);
      await a.commit();
    }
    await db.compact();
    const metas = db.blockMetas();
    assert.ok(metas.length > 0);
    assert.ok(metas.every((b) => b.maxTime >= 199_000 - 40_000));
    const got = (await read(db, 0, 300_000))[0]!;
    assert.ok(got[0]![0] >= 150_000);
    await db.close();
  });
});

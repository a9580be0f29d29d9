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
    let db = await openTSDB(tmp(), { ...quiet, outOfOrderWindowMs: 10_000 });
    const a = db.appender();
    a.append(0, X, 100_000, 1);
    await a.commit();
    const b = db.appender();
    b.append(0, X, 95_000, 2);
    assert.throws(() => b.append(0, X, 89_999, 3), { code: 'TSDB_OUT_OF_BOUNDS' });
    await b.commit();
    // The window also holds after a restart with the newest data in a block.
    await db.compact({ flushHead: true });
    const dir = db.dir;
    await db.close();
    db = await openTSDB(dir, { ...quiet, outOfOrderWindowMs: 10_000 });
    const c = db.appender();
    assert.throws(() => c.append(0, X, 89_999, 3), { code: 'TSDB_OUT_OF_BOUNDS' });
    await c.rollback();
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
    assert.throws(() => a.append(0, series[0]!, 2000, 7), { code: 'TSDB_DUPLICATE_SAMPLE' });
    await a.commit();
    assert.equal(db.stats().samplesAppended > 0, true);
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

  it('commits with fsync always and reopens', async () => {
    const dir = tmp();
    let db = await openTSDB(dir, { ...quiet, fsync: 'always' });
    await Promise.all(
      [1, 2, 3].map(async (i) => {
        const a = db.appender();
        a.append(0, labelsFromRecord({ __name__: 'x', i: String(i) }), 1000, i);
        await a.commit();
      }),
    );
    await db.close();
    db = await openTSDB(dir, quiet);
    assert.equal((await read(db, 0, 2000)).length, 3);
    await db.close();
  });

  it('drops a corrupt segment tail and the segments after it, with a warning', async () => {
    const dir = tmp();
    let db = await openTSDB(dir, quiet);
    for (let run = 0; run < 3; run++) {
      const a = db.appender();
      a.append(0, X, run * 1000, run);
      a.append(0, X, run * 1000 + 1, run);
      await a.commit();
      await db.close();
      db = await openTSDB(dir, quiet);
    }
    await db.close();
    const walDir = path.join(dir, 'wal');
    const segs = fs
      .readdirSync(walDir)
      .filter((f) => /^\d+$/.test(f) && fs.statSync(path.join(walDir, f)).size > 0)
      .sort();
    assert.equal(segs.length, 3);
    const middle = path.join(walDir, segs[1]!);
    const bytes = fs.readFileSync(middle);
    bytes[bytes.length - 2]! ^= 0xff; // flip a value byte: CRC mismatch
    fs.writeFileSync(middle, bytes);
    const warnings: string[] = [];
    db = await openTSDB(dir, { logger: (m) => warnings.push(m) });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /corrupt record/);
    assert.deepEqual(
      (await read(db, 0, 10_000))[0]?.map((x) => x[0]),
      [0, 1],
    );
    await db.close();
  });

  it('deletes the oldest blocks by size retention', async () => {
    const db = await openTSDB(tmp(), {
      ...quiet,
      blockRangeMs: 10_000,
      compactionRangesMs: [1_000_000],
      retentionMs: 0,
      retentionBytes: 1,
    });
    for (let t = 0; t < 100_000; t += 1000) {
      const a = db.appender();
      a.append(0, X, t, t);
      await a.commit();
    }
    await db.compact();
    assert.equal(db.blockMetas().length, 0);
    const got = (await read(db, 0, 300_000))[0]!;
    assert.ok(got[0]![0] >= 70_000, 'only head data is left');
    await db.close();
  });

  it('merges series across blocks and head; a querier outlives compaction', async () => {
    const db = await openTSDB(tmp(), {
      ...quiet,
      blockRangeMs: 10_000,
      compactionRangesMs: [20_000],
      retentionMs: 0,
    });
    const mk = (site: string) => labelsFromRecord({ __name__: 'x', site });
    for (let t = 0; t < 30_000; t += 1000) {
      const a = db.appender();
      a.append(0, mk('a'), t, 1);
      if (t < 10_000) a.append(0, mk('old'), t, 2);
      await a.commit();
    }
    await db.compact({ flushHead: true });
    const before = db.blockMetas().map((b) => b.name);
    const q = await db.querier(0, 100_000);
    // New data and another compaction that replaces the blocks the querier holds.
    for (let t = 30_000; t < 60_000; t += 1000) {
      const a = db.appender();
      a.append(0, mk('new'), t, 3);
      await a.commit();
    }
    await db.compact({ flushHead: true });
    assert.notDeepEqual(
      db.blockMetas().map((b) => b.name),
      before,
    );
    assert.deepEqual(await q.labelValues('site'), ['a', 'old']);
    const ss = await q.select(true, undefined, [newMatcher('=', 'site', 'a')]);
    const it = ss[0]!.iterator();
    let n = 0;
    while (it.next()) n++;
    assert.equal(n, 30);
    await q.close();
    const q2 = await db.querier(0, 100_000);
    assert.deepEqual(await q2.labelValues('site'), ['a', 'new', 'old']);
    assert.deepEqual(await q2.labelValues('site', [newMatcher('!~', 'site', 'a|n.*')]), ['old']);
    assert.deepEqual(await q2.labelNames(), ['__name__', 'site']);
    await q2.close();
    await db.close();
  });

  it('refuses a second open of the same directory with TSDB_LOCKED', async () => {
    const dir = tmp();
    const db = await openTSDB(dir, quiet);
    await assert.rejects(openTSDB(dir, quiet), { code: 'TSDB_LOCKED' });
    await db.close();
    // A lock left by a dead process is taken over.
    fs.writeFileSync(path.join(dir, 'lock'), '999999999\n');
    const again = await openTSDB(dir, quiet);
    await again.close();
  });

  it('checks options when opening', async () => {
    await assert.rejects(openTSDB(tmp(), { blockRangeMs: -5 }), /blockRangeMs=-5 is invalid/);
    await assert.rejects(
      openTSDB(tmp(), { blockRangeMs: 1000, compactionRangesMs: [1500] }),
      /compactionRangesMs/,
    );
    // biome-ignore lint/suspicious/noExplicitAny: a wrong value on purpose
    await assert.rejects(openTSDB(tmp(), { fsync: 'sometimes' as any }), /fsync="sometimes"/);
  });

  it('takes a late backlog without cutting the head per commit', async () => {
    const db = await openTSDB(tmp(), {
      ...quiet,
      blockRangeMs: 10_000,
      compactionRangesMs: [1_000_000],
      retentionMs: 0,
    });
    const ingest = async (from: number, to: number, skip?: [number, number]) => {
      for (let t = from; t < to; t += 100) {
        if (skip !== undefined && t >= skip[0] && t < skip[1]) continue;
        const a = db.appender();
        a.append(0, X, t, t / 100);
        await a.commit();
      }
    };
    await ingest(0, 50_000, [5_000, 25_000]);
    const cuts = db.stats().headCuts;
    await ingest(5_000, 25_000); // a device replaying its outage buffer
    assert.ok(db.stats().headCuts <= cuts + 1, `${db.stats().headCuts - cuts} head cuts during the backlog`);
    const got = (await read(db, 0, 100_000))[0]!;
    assert.equal(got.length, 500);
    assert.ok(got.every(([t, v], i) => t === i * 100 && v === i));
    await db.close();
  });
});

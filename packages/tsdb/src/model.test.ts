/**
 * Model-based test: random batches (in order, late, exact repeats, conflicting values, NaNs and
 * staleness markers, rollbacks) go both to the TSDB, with tiny block ranges so that head cuts,
 * WAL checkpoints, compactions and reopens happen all the time, and to the in-memory reference
 * store of @sensorpath/storage. After every few steps both must answer every query with the same
 * samples, bit for bit, and refuse the same appends with the same error codes. Seeded, so a
 * failure names the seed that reproduces it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { it } from 'node:test';
import { mulberry32 as rng } from '@sensorpath/simulator/prng';
import {
  type Labels,
  labelsFromRecord,
  MemoryStorage,
  newMatcher,
  STALE_NAN,
  type Storage,
  sameValueBits,
} from '@sensorpath/storage';
import type { TSDB, TSDBOptions } from './db.ts';
import { openTSDB } from './index.ts';

async function dump(s: Storage, mint: number, maxt: number): Promise<string[]> {
  const q = await s.querier(mint, maxt);
  const out: string[] = [];
  for (const series of await q.select(true, undefined, [newMatcher('=', '__name__', 'm')])) {
    const it = series.iterator();
    const parts: string[] = [];
    const view = new DataView(new ArrayBuffer(8));
    while (it.next()) {
      view.setFloat64(0, it.value());
      parts.push(`${it.time()}=${view.getBigUint64(0).toString(16)}`);
    }
    if (parts.length > 0) out.push(`${series.labels.map((l) => l.value).join(',')}: ${parts.join(' ')}`);
  }
  await q.close();
  return out;
}

async function labels(s: Storage): Promise<string[][]> {
  const q = await s.querier(0, Number.MAX_SAFE_INTEGER);
  const out = [
    await q.labelValues('i'),
    await q.labelValues('i', [newMatcher('!~', 'i', 'a|c')]),
    await q.labelNames([newMatcher('=~', 'i', 'b|d')]),
    (await q.select(true, undefined, [newMatcher('!=', 'i', 'e'), newMatcher('=~', '__name__', 'm|x')])).map(
      (x) => x.labels.map((l) => l.value).join(','),
    ),
  ];
  await q.close();
  return out;
}

const opts: TSDBOptions = {
  blockRangeMs: 1000,
  compactionRangesMs: [3000, 9000],
  outOfOrderWindowMs: 1e12,
  retentionMs: 0,
  fsync: 'never',
  logger: () => {},
};

for (const seed of [1, 2, 3, 4]) {
  it(`matches the in-memory reference store (seed ${seed})`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sensorpath-tsdb-model-'));
    const rnd = rng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const series: Labels[] = ['a', 'b', 'c', 'd', 'e'].map((i) => labelsFromRecord({ __name__: 'm', i }));
    const ref = new MemoryStorage();
    let db: TSDB = await openTSDB(dir, opts);
    const committed = new Map<string, number>(); // "series|t" → value, for repeats and conflicts
    let clock = 10_000;
    try {
      for (let step = 0; step < 150; step++) {
        const a = db.appender();
        const b = ref.appender();
        const used = new Set<string>();
        const n = 1 + Math.floor(rnd() * 15);
        const staged: [string, number][] = [];
        for (let i = 0; i < n; i++) {
          const si = Math.floor(rnd() * series.length);
          const r = rnd();
          let t: number;
          if (r < 0.7) t = clock += Math.floor(rnd() * 60);
          else if (r < 0.9) t = clock - Math.floor(rnd() * 8000);
          else {
            const keys = [...committed.keys()].filter((k) => k.startsWith(`${si}|`));
            t = keys.length > 0 ? Number(pick(keys).split('|')[1]) : clock;
          }
          const key = `${si}|${t}`;
          if (used.has(key)) continue;
          used.add(key);
          const prev = committed.get(key);
          // No array literal of candidate values: V8 would canonicalise the NaNs in it.
          const c = Math.floor(rnd() * 6);
          const fresh =
            c < 2
              ? Math.round(rnd() * 1000) / 10
              : c === 2
                ? STALE_NAN
                : c === 3
                  ? Number.NaN
                  : c === 4
                    ? -0
                    : 7;
          const v = prev !== undefined && rnd() < 0.6 ? prev : fresh;
          let e1: unknown;
          let e2: unknown;
          try {
            a.append(0, series[si]!, t, v);
          } catch (err) {
            e1 = (err as { code?: string }).code;
          }
          try {
            b.append(0, series[si]!, t, v);
          } catch (err) {
            e2 = (err as { code?: string }).code;
          }
          assert.equal(e1, e2, `seed ${seed} step ${step}: append ${key}=${v}`);
          if (e1 === undefined && prev === undefined) staged.push([key, v]);
        }
        if (rnd() < 0.1) {
          await a.rollback();
          await b.rollback();
        } else {
          await a.commit();
          await b.commit();
          for (const [k, v] of staged) committed.set(k, v);
        }
        const r = rnd();
        if (r < 0.05) {
          await db.close();
          db = await openTSDB(dir, opts);
        } else if (r < 0.1) await db.compact({ flushHead: rnd() < 0.5 });
        if (step % 10 === 9 || step === 149) {
          const lo = clock - Math.floor(rnd() * 20_000);
          const hi = lo + Math.floor(rnd() * 20_000);
          for (const [mint, maxt] of [
            [0, Number.MAX_SAFE_INTEGER],
            [lo, hi],
          ] as const) {
            assert.deepEqual(
              await dump(db, mint, maxt),
              await dump(ref, mint, maxt),
              `seed ${seed} step ${step}`,
            );
          }
          assert.deepEqual(await labels(db), await labels(ref), `seed ${seed} step ${step}: labels`);
        }
      }
      assert.ok(db.blockMetas().length > 0, 'blocks were involved');
      // The staleness marker survived somewhere in all of this, bit for bit.
      const q = await db.querier(0, Number.MAX_SAFE_INTEGER);
      let stale = 0;
      for (const s of await q.select(false, undefined, [newMatcher('=', '__name__', 'm')])) {
        const it = s.iterator();
        while (it.next()) if (sameValueBits(it.value(), STALE_NAN)) stale++;
      }
      await q.close();
      assert.ok(stale > 0);
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

/**
 * The storage contract suite. Every `Storage` implementation runs it from its own test file:
 *
 *   runStorageContract('tsdb', { open: async () => ..., reopen: async (s) => ... });
 *
 * `reopen`, when given, closes the store and opens it again on the same state, and the suite then
 * checks that committed samples survive. A case an implementation cannot support is listed in
 * `skip` with a reason; the suite reports it as skipped (never silently passes it).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSamples } from './columns.ts';
import type { Series, Storage } from './interface.ts';
import { labelsFromRecord, labelsToRecord } from './labels.ts';
import { newMatcher } from './matchers.ts';
import { isStaleNaN, STALE_NAN } from './value.ts';

export interface ContractSubject {
  open(): Promise<Storage>;
  reopen?(s: Storage): Promise<Storage>;
  /** Case name → reason it does not apply to this implementation. */
  skip?: Record<string, string>;
}

const L = (rec: Record<string, string>) => labelsFromRecord(rec);

async function readAll(s: Storage, mint: number, maxt: number, ...m: [string, string, string][]) {
  const q = await s.querier(mint, maxt);
  try {
    const series = await q.select(
      true,
      undefined,
      m.map(([n, t, v]) => newMatcher(t as '=', n, v)),
    );
    return series.map((x) => {
      const it = x.iterator();
      const samples: [number, number][] = [];
      while (it.next()) samples.push([it.time(), it.value()]);
      return { labels: labelsToRecord(x.labels), samples };
    });
  } finally {
    await q.close();
  }
}

export function runStorageContract(name: string, subject: ContractSubject): void {
  const skip = subject.skip ?? {};
  const test = (title: string, fn: (s: Storage) => Promise<void>) => {
    const reason = skip[title];
    it(title, reason ? { skip: reason } : {}, async () => {
      const s = await subject.open();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    });
  };

  describe(`storage contract: ${name}`, () => {
    test('committed samples are returned in time order', async (s) => {
      const a = s.appender();
      const ls = L({ __name__: 'volts', phase: 'L1' });
      let ref = 0;
      for (const t of [1000, 2000, 3000]) ref = a.append(ref, ls, t, t / 10);
      await a.commit();
      const got = await readAll(s, 0, 10_000, ['__name__', '=', 'volts']);
      assert.deepEqual(got, [
        {
          labels: { __name__: 'volts', phase: 'L1' },
          samples: [
            [1000, 100],
            [2000, 200],
            [3000, 300],
          ],
        },
      ]);
    });

    test('nothing is visible before commit and rollback discards', async (s) => {
      const a = s.appender();
      a.append(0, L({ __name__: 'x' }), 1, 1);
      assert.deepEqual(await readAll(s, 0, 10, ['__name__', '=', 'x']), []);
      await a.rollback();
      assert.deepEqual(await readAll(s, 0, 10, ['__name__', '=', 'x']), []);
    });

    test('mint and maxt are inclusive', async (s) => {
      const a = s.appender();
      for (let t = 0; t <= 10; t++) a.append(0, L({ __name__: 'x' }), t * 1000, t);
      await a.commit();
      const [r] = await readAll(s, 3000, 5000, ['__name__', '=', 'x']);
      assert.deepEqual(r?.samples, [
        [3000, 3],
        [4000, 4],
        [5000, 5],
      ]);
    });

    test('all four matchers, anchored regexes and absent labels', async (s) => {
      const a = s.appender();
      a.append(0, L({ __name__: 'v', phase: 'L1' }), 1, 1);
      a.append(0, L({ __name__: 'v', phase: 'L2' }), 1, 2);
      a.append(0, L({ __name__: 'v', phase: 'L12' }), 1, 3);
      a.append(0, L({ __name__: 'v' }), 1, 4);
      await a.commit();
      const vals = async (...m: [string, string, string][]) =>
        (await readAll(s, 0, 10, ['__name__', '=', 'v'], ...m)).map((x) => x.samples[0]?.[1]);
      assert.deepEqual(await vals(['phase', '=', 'L1']), [1]);
      assert.deepEqual(await vals(['phase', '!=', 'L1']), [4, 3, 2]);
      assert.deepEqual(await vals(['phase', '=~', 'L1']), [1]);
      assert.deepEqual(await vals(['phase', '=~', 'L1.*']), [1, 3]);
      assert.deepEqual(await vals(['phase', '!~', 'L1|L2']), [4, 3]);
      assert.deepEqual(await vals(['phase', '=', '']), [4]);
      assert.deepEqual(await vals(['phase', '!=', '']), [1, 3, 2]);
    });

    test('select sorts by labels when asked', async (s) => {
      const a = s.appender();
      for (const p of ['L3', 'L1', 'L2']) a.append(0, L({ __name__: 'v', phase: p }), 1, 1);
      await a.commit();
      const got = await readAll(s, 0, 10, ['__name__', '=', 'v']);
      assert.deepEqual(
        got.map((x) => x.labels.phase),
        ['L1', 'L2', 'L3'],
      );
    });

    test('label names and values', async (s) => {
      const a = s.appender();
      a.append(0, L({ __name__: 'v', phase: 'L1', site: 'berlin' }), 1, 1);
      a.append(0, L({ __name__: 'w', phase: 'L2' }), 1, 1);
      await a.commit();
      const q = await s.querier(0, 10);
      assert.deepEqual(await q.labelNames(), ['__name__', 'phase', 'site']);
      assert.deepEqual(await q.labelValues('phase'), ['L1', 'L2']);
      assert.deepEqual(await q.labelValues('phase', [newMatcher('=', '__name__', 'w')]), ['L2']);
      assert.deepEqual(await q.labelNames([newMatcher('=', '__name__', 'w')]), ['__name__', 'phase']);
      await q.close();
    });

    test('an exact duplicate is a no-op; a different value at the same time is refused', async (s) => {
      const ls = L({ __name__: 'x' });
      const a = s.appender();
      a.append(0, ls, 1000, 5);
      await a.commit();
      const b = s.appender();
      b.append(0, ls, 1000, 5);
      await b.commit();
      const c = s.appender();
      assert.throws(() => c.append(0, ls, 1000, 6), { code: 'TSDB_DUPLICATE_SAMPLE' });
      await c.rollback();
      const [r] = await readAll(s, 0, 5000, ['__name__', '=', 'x']);
      assert.deepEqual(r?.samples, [[1000, 5]]);
    });

    test('late samples within the window are accepted and read in order', async (s) => {
      const ls = L({ __name__: 'x' });
      const a = s.appender();
      a.append(0, ls, 10_000, 10);
      a.append(0, ls, 20_000, 20);
      await a.commit();
      const b = s.appender();
      b.append(0, ls, 15_000, 15);
      b.append(0, ls, 5_000, 5);
      await b.commit();
      const [r] = await readAll(s, 0, 30_000, ['__name__', '=', 'x']);
      assert.deepEqual(r?.samples, [
        [5000, 5],
        [10_000, 10],
        [15_000, 15],
        [20_000, 20],
      ]);
    });

    test('the staleness marker survives bit for bit', async (s) => {
      const a = s.appender();
      a.append(0, L({ __name__: 'x' }), 1, 1);
      a.append(0, L({ __name__: 'x' }), 2, STALE_NAN);
      a.append(0, L({ __name__: 'x' }), 3, Number.NaN);
      await a.commit();
      // Read straight from the iterator: V8 canonicalises NaNs kept in plain number arrays.
      const q = await s.querier(0, 10);
      const [series] = await q.select(false, undefined, [newMatcher('=', '__name__', 'x')]);
      const it = series!.iterator();
      const stale: boolean[] = [];
      const nan: boolean[] = [];
      while (it.next()) {
        stale.push(isStaleNaN(it.value()));
        nan.push(Number.isNaN(it.value()));
      }
      await q.close();
      assert.deepEqual(stale, [false, true, false]);
      assert.deepEqual(nan, [false, true, true]);
    });

    test('seek lands on the first sample at or after t', async (s) => {
      const a = s.appender();
      for (let t = 0; t < 100; t++) a.append(0, L({ __name__: 'x' }), t * 10, t);
      await a.commit();
      const q = await s.querier(0, 10_000);
      const [series] = await q.select(false, undefined, [newMatcher('=', '__name__', 'x')]);
      const it = series!.iterator();
      assert.equal(it.seek(55), true);
      assert.equal(it.time(), 60);
      assert.equal(it.seek(10), true, 'seek never moves backwards');
      assert.equal(it.time(), 60);
      assert.equal(it.next(), true);
      assert.equal(it.time(), 70);
      assert.equal(it.seek(5000), false);
      await q.close();
    });

    test('bulk reads (samples) agree with the iterator, bit for bit', async (s) => {
      const a = s.appender();
      let ref = 0;
      for (let t = 0; t < 500; t++) {
        const v = t === 100 ? STALE_NAN : t === 200 ? Number.NaN : t % 3 === 0 ? t / 7 : t;
        ref = a.append(ref, L({ __name__: 'x' }), 1000 + t * 10, v);
      }
      await a.commit();
      const q = await s.querier(1500, 5000);
      try {
        const [series] = await q.select(false, undefined, [newMatcher('=', '__name__', 'x')]);
        const bits = (v: number) => {
          const b = new DataView(new ArrayBuffer(8));
          b.setFloat64(0, v);
          return b.getBigUint64(0);
        };
        const viaIterator = (x: Series, mint: number, maxt: number) => {
          const it = x.iterator();
          const out: [number, bigint][] = [];
          while (it.next())
            if (it.time() >= mint && it.time() <= maxt) out.push([it.time(), bits(it.value())]);
          return out;
        };
        for (const [mint, maxt] of [
          [1500, 5000],
          [0, 100_000],
          [2000, 2000],
          [2001, 2009],
          [1995, 3005],
          [4990, 9000],
        ] as const) {
          const c = readSamples(series!, mint, maxt);
          assert.equal(c.ts.length, c.vs.length);
          const got: [number, bigint][] = [];
          for (let i = 0; i < c.ts.length; i++) got.push([c.ts[i]!, bits(c.vs[i]!)]);
          const want = viaIterator(series!, Math.max(mint, 1500), Math.min(maxt, 5000));
          assert.deepEqual(got, want, `[${mint}, ${maxt}]`);
        }
        const all = readSamples(series!, 1500, 5000);
        assert.equal(all.ts.length, 351);
        assert.equal(isStaleNaN(all.vs[(2000 - 1500) / 10]!), true, 'staleness marker in the bulk read');
      } finally {
        await q.close();
      }
    });

    test('a querier is a snapshot', async (s) => {
      const a = s.appender();
      a.append(0, L({ __name__: 'x' }), 1, 1);
      await a.commit();
      const q = await s.querier(0, 100);
      const b = s.appender();
      b.append(0, L({ __name__: 'x' }), 2, 2);
      b.append(0, L({ __name__: 'y' }), 2, 2);
      await b.commit();
      const got = await q.select(true, undefined, [newMatcher('=~', '__name__', 'x|y')]);
      assert.equal(got.length, 1);
      const it = got[0]!.iterator();
      let n = 0;
      while (it.next()) n++;
      assert.equal(n, 1);
      await q.close();
    });

    test('invalid labels are refused with a typed error', async (s) => {
      const a = s.appender();
      assert.throws(() => a.append(0, L({ phase: 'L1' }), 1, 1), { code: 'TSDB_INVALID_LABELS' });
      await a.rollback();
    });

    if (subject.reopen) {
      const reopen = subject.reopen;
      const title = 'committed samples survive a reopen';
      it(title, skip[title] ? { skip: skip[title] } : {}, async () => {
        let s = await subject.open();
        const a = s.appender();
        for (let t = 1; t <= 1000; t++) a.append(0, L({ __name__: 'x', i: String(t % 7) }), t, t);
        await a.commit();
        s = await reopen(s);
        try {
          const got = await readAll(s, 0, 10_000, ['__name__', '=', 'x']);
          assert.equal(got.length, 7);
          assert.equal(
            got.reduce((n, x) => n + x.samples.length, 0),
            1000,
          );
        } finally {
          await s.close();
        }
      });
    }
  });
}

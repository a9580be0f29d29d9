/**
 * Tests of `importOpenMetrics`: a file read in pieces much smaller than a family (so the family
 * metadata is carried across cuts), counters and gauges, sub-second timestamps, blocks that a
 * TSDB then serves, and the refusal of samples without timestamps.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { labelsFromRecord, newMatcher } from '@sensorpath/storage';
import { importOpenMetrics, openTSDB } from './index.ts';

function withTmp(fn: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sensorpath-tsdb-import-'));
    try {
      await fn(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

describe('importOpenMetrics', () => {
  it(
    'never cuts a histogram or counter point in two between pieces',
    withTmp(async (dir) => {
      const lines = ['# TYPE poll_seconds histogram'];
      let expected = 0;
      for (const dev of ['m1', 'm2'])
        for (let i = 0; i < 200; i++) {
          const t = 1_795_132_800 + i;
          for (const le of ['0.01', '0.1', '+Inf'])
            lines.push(`poll_seconds_bucket{device="${dev}",le="${le}"} ${i} ${t}`);
          lines.push(
            `poll_seconds_count{device="${dev}"} ${i} ${t}`,
            `poll_seconds_sum{device="${dev}"} ${i / 10} ${t}`,
          );
          expected += 5;
        }
      lines.push('# TYPE energy_wh counter');
      for (let i = 0; i < 200; i++) {
        lines.push(
          `energy_wh_total{device="m1"} ${i} ${1_795_132_800 + i}`,
          `energy_wh_created{device="m1"} 1795132000 ${1_795_132_800 + i}`,
        );
        expected += 2;
      }
      lines.push('# EOF');
      const file = path.join(dir, 'h.om');
      fs.writeFileSync(file, `${lines.join('\n')}\n`);
      // Pieces of 64..400 bytes land inside points at many different offsets.
      for (const chunkBytes of [64, 97, 150, 233, 400]) {
        const r = await importOpenMetrics(file, path.join(dir, `d${chunkBytes}`), {
          chunkBytes,
          fsync: false,
        });
        assert.equal(r.samples, expected, `chunkBytes ${chunkBytes}`);
        assert.equal(r.series, 2 * 5 + 2);
      }
    }),
  );

  it(
    'writes a chunked OpenMetrics file as blocks the TSDB serves',
    withTmp(async (dir) => {
      const lines: string[] = [];
      lines.push('# HELP sdm630_energy_import_wh Energy imported.', '# TYPE sdm630_energy_import_wh counter');
      for (const p of ['L1', 'L2'])
        for (let i = 0; i < 300; i++)
          lines.push(
            `sdm630_energy_import_wh_total{phase="${p}"} ${1000 + i * 10} ${1_795_132_800 + i * 0.1}`,
          );
      lines.push('# TYPE sdm630_voltage_volts gauge', '# UNIT sdm630_voltage_volts volts');
      for (let i = 0; i < 300; i++)
        lines.push(`sdm630_voltage_volts{phase="L1"} 230.${i % 10} ${1_795_132_800 + i}.123`);
      lines.push('# EOF');
      const file = path.join(dir, 'in.om');
      fs.writeFileSync(file, `${lines.join('\n')}\n`);
      const data = path.join(dir, 'data');
      const r = await importOpenMetrics(file, data, { chunkBytes: 500, fsync: false });
      assert.deepEqual(r, { samples: 900, series: 3, blocks: 1 });
      const db = await openTSDB(data, { logger: () => {} });
      const q = await db.querier(0, Number.MAX_SAFE_INTEGER);
      const ss = await q.select(true, undefined, [newMatcher('=~', '__name__', 'sdm630_.*')]);
      assert.deepEqual(
        ss.map((s) => s.labels.map((l) => l.value).join(',')),
        ['sdm630_energy_import_wh_total,L1', 'sdm630_energy_import_wh_total,L2', 'sdm630_voltage_volts,L1'],
      );
      const it = ss[2]!.iterator();
      assert.ok(it.next());
      assert.deepEqual([it.time(), it.value()], [1_795_132_800_123, 230]);
      assert.ok(it.seek(1_795_132_805_000));
      assert.deepEqual([it.time(), it.value()], [1_795_132_805_123, 230.5]);
      const e = ss[1]!.iterator();
      let n = 0;
      while (e.next()) {
        assert.equal(e.time(), 1_795_132_800_000 + n * 100);
        assert.equal(e.value(), 1000 + n * 10);
        n++;
      }
      assert.equal(n, 300);
      await q.close();
      await db.close();
    }),
  );

  it(
    'refuses samples without timestamps',
    withTmp(async (dir) => {
      const file = path.join(dir, 'in.om');
      fs.writeFileSync(file, '# TYPE x gauge\nx 1\n# EOF\n');
      await assert.rejects(importOpenMetrics(file, path.join(dir, 'data')), { code: 'TSDB_IMPORT_INVALID' });
    }),
  );

  it(
    'imports Prometheus text into a store that already has overlapping data',
    withTmp(async (dir) => {
      const data = path.join(dir, 'data');
      let db = await openTSDB(data, { logger: () => {} });
      const a = db.appender();
      a.append(0, labelsFromRecord({ __name__: 'w', m: '1' }), 1_795_132_800_000, 1);
      a.append(0, labelsFromRecord({ __name__: 'w', m: '1' }), 1_795_132_802_000, 3);
      await a.commit();
      await db.compact({ flushHead: true });
      await db.close();
      const file = path.join(dir, 'in.prom');
      fs.writeFileSync(
        file,
        '# TYPE w gauge\nw{m="1"} 1 1795132800000\nw{m="1"} 2 1795132801000\nw{m="2"} 5 1795132801000\n',
      );
      const r = await importOpenMetrics(file, data, { format: 'prometheus', fsync: false });
      assert.deepEqual(r, { samples: 3, series: 2, blocks: 1 });
      db = await openTSDB(data, { logger: () => {} });
      assert.equal(db.blockMetas().length, 1, 'the overlapping blocks were merged on open');
      const q = await db.querier(0, Number.MAX_SAFE_INTEGER);
      const got: string[] = [];
      for (const s of await q.select(true, undefined, [newMatcher('=', '__name__', 'w')])) {
        const it = s.iterator();
        while (it.next()) got.push(`${s.labels[1]!.value}@${it.time()}=${it.value()}`);
      }
      assert.deepEqual(got, [
        '1@1795132800000=1',
        '1@1795132801000=2',
        '1@1795132802000=3',
        '2@1795132801000=5',
      ]);
      await q.close();
      await db.close();
    }),
  );
});

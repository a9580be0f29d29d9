/**
 * Fixture for the durability test (durability.test.ts): ingests into the TSDB at argv[2] without
 * end, starting at timestamp argv[3] (ms), one batch per 100 ms of sample time over SERIES series,
 * and prints `ack <t>` on stdout after each commit resolves. Values are a function of (series, t),
 * so the test can check every acknowledged sample. Small block ranges make head cuts, WAL
 * checkpoints and compactions happen every few hundred batches, so kills land in them too.
 */
import { labelsFromRecord } from '@sensorpath/storage';
import { openTSDB } from '../index.ts';

export const SERIES = 20;
export const STEP = 100;
export function valueAt(series: number, t: number): number {
  return Math.round((t / 1000 + series) * 10) / 10;
}

const dir = process.argv[2];
const start = Number(process.argv[3]);
if (dir !== undefined && Number.isFinite(start)) {
  const db = await openTSDB(dir, {
    blockRangeMs: 20_000,
    compactionRangesMs: [60_000, 180_000],
    logger: (m) => process.stderr.write(`warning: ${m}\n`),
  });
  const labels = Array.from({ length: SERIES }, (_, i) =>
    labelsFromRecord({ __name__: 'durability_test', series: String(i) }),
  );
  const refs = new Array<number>(SERIES).fill(0);
  for (let t = start; ; t += STEP) {
    const a = db.appender();
    for (let i = 0; i < SERIES; i++) refs[i] = a.append(refs[i]!, labels[i]!, t, valueAt(i, t));
    await a.commit();
    process.stdout.write(`ack ${t}\n`);
  }
}

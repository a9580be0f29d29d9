/**
 * Durability under SIGKILL. A child process (testdata/ingest-child.ts) ingests continuously and
 * prints every acknowledged batch; the test kills it at seeded random moments, several times, and
 * after each kill reopens the store and checks that every acknowledged sample is present with its
 * value and that opening never fails (a torn WAL tail is only a warning). The child runs with the
 * default fsync policy: a SIGKILL must not lose anything `commit` acknowledged.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { newMatcher } from '@sensorpath/storage';
import { openTSDB } from './index.ts';
import { SERIES, STEP, valueAt } from './testdata/ingest-child.ts';

const CHILD = fileURLToPath(new URL('./testdata/ingest-child.ts', import.meta.url));
const KILLS = 7;

function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Runs the child from `start` until killed; returns the acknowledged timestamps. */
function runAndKill(
  dir: string,
  start: number,
  delayMs: number,
): Promise<{ acked: number[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let buf = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buf += chunk;
      let nl = buf.indexOf('\n');
      while (nl >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
        nl = buf.indexOf('\n');
      }
      if (timer === undefined && acked.length > 0) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child exited without being killed: ${stderr}`));
      else resolve({ acked, stderr });
    });
  });
}

it('acknowledged samples survive SIGKILL at random moments', { timeout: 60_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sensorpath-tsdb-durability-'));
  const rand = lcg(20261127);
  const acked = new Set<number>();
  let next = 1_800_000_000_000;
  let torn = 0;
  try {
    for (let k = 0; k < KILLS; k++) {
      const run = await runAndKill(dir, next, 150 + Math.floor(rand() * 900));
      assert.ok(run.acked.length > 0);
      for (const t of run.acked) acked.add(t);
      const warnings: string[] = [];
      const db = await openTSDB(dir, {
        blockRangeMs: 20_000,
        compactionRangesMs: [60_000, 180_000],
        autoCompact: false,
        logger: (m) => warnings.push(m),
      });
      torn += warnings.filter((w) => /torn/.test(w)).length;
      try {
        const q = await db.querier(0, Number.MAX_SAFE_INTEGER);
        const series = await q.select(true, undefined, [newMatcher('=', '__name__', 'durability_test')]);
        assert.equal(series.length, SERIES);
        let maxT = next;
        for (const s of series) {
          const idx = Number(s.labels.find((l) => l.name === 'series')!.value);
          const have = new Map<number, number>();
          const it = s.iterator();
          while (it.next()) have.set(it.time(), it.value());
          for (const t of acked) assert.equal(have.get(t), valueAt(idx, t), `series ${idx} lost t=${t}`);
          for (const t of have.keys()) if (t > maxT) maxT = t;
        }
        await q.close();
        next = maxT + STEP;
      } finally {
        await db.close();
      }
    }
    // Every acknowledged sample was checked after every kill; record what the run covered.
    assert.ok(acked.size > KILLS, `only ${acked.size} batches acknowledged`);
    console.log(
      `durability: ${KILLS} kills, ${acked.size} batches (${acked.size * SERIES} samples) verified, ${torn} torn tails repaired`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The forecasting benchmark of issue 10, end to end on fixed, seeded data: backfill 14 days of the
 * virtual machine (seed 10, ending 2026-11-27 00:00 UTC) into a fresh TSDB directory, serve it with
 * a real server (embedded TSDB + PromQL API), train with the CLI's defaults through `query_range`,
 * and print the MAE/RMSE/MAPE tables of the LSTM and every baseline on the held-out test split,
 * plus the JSON report. Model, report.json and forecast.svg go to the output directory.
 *
 * Run: node --import tsx packages/forecast/bench/forecast.bench.ts [OUT_DIR]
 * (default OUT_DIR: a temporary directory, printed at the end). Takes about 3-4 minutes on 2 cores.
 * The data are identical on every run; training stops on a wall-clock budget as well as on
 * validation loss, so on a busier machine fewer epochs run and the LSTM's scores differ.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSensorPath } from '@sensorpath/protocol';
import { startServer } from '@sensorpath/server';
import { createPromApi } from '@sensorpath/server/promapi';
import { freePort } from '@sensorpath/simulator';
import { openTSDB } from '@sensorpath/tsdb';
import { pino } from 'pino';
import { backfillMachine } from '../src/backfill.ts';
import { DEFAULT_MACHINE_PATH, machineSpec } from '../src/defaults.ts';
import { renderPlot } from '../src/plot.ts';
import { formatResults, jsonReport, saveTrained, train } from '../src/train.ts';

const END = Date.UTC(2026, 10, 27);
const DAY = 86_400_000;
const MIN = 60_000;

const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'sp-forecast-bench-'));
const data = mkdtempSync(join(tmpdir(), 'sp-forecast-bench-data-'));
try {
  const t0 = Date.now();
  const db = await openTSDB(join(data, 'tenants', 'acme'), { fsync: 'never', logger: () => {} });
  const bf = await backfillMachine(db, {
    path: parseSensorPath(DEFAULT_MACHINE_PATH),
    seed: 10,
    startMs: END - 14 * DAY,
    endMs: END,
  });
  await db.close();
  const tBackfill = Date.now() - t0;
  const srv = await startServer({
    dataDir: data,
    http: { host: '127.0.0.1', port: await freePort() },
    mqtt: { host: '127.0.0.1', port: await freePort() },
    logger: pino({ level: 'silent' }),
    openStorage: (_t, d) => openTSDB(d, { logger: () => {} }),
    promApi: ({ queryable }) => createPromApi({ queryable }),
  });
  try {
    const t1 = Date.now();
    const r = await train({
      url: `http://127.0.0.1:${srv.httpPort}`,
      ...machineSpec(DEFAULT_MACHINE_PATH, '1m'),
      start: END - 14 * DAY,
      end: END,
      step: MIN,
      lookback: 20,
      horizons: [1, 5, 15],
      timeBudgetMs: 150_000,
      seed: 1,
      onStage: (m) => process.stderr.write(`${m}\n`),
      onProgress: (p) => {
        if (p.epochFraction >= 1)
          process.stderr.write(
            `epoch ${p.epoch}: loss ${p.loss.toFixed(4)} val ${p.valLoss.toFixed(4)} (${(p.elapsedMs / 1000).toFixed(0)} s)\n`,
          );
      },
    });
    const tTrain = Date.now() - t1;
    await saveTrained(r, out);
    const report = jsonReport(r.meta, out);
    writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(out, 'forecast.svg'), renderPlot(r.plot, `Test split, ${r.plot.horizon} ahead`));
    const tr = r.meta.training;
    process.stdout.write(
      `backfill: ${bf.samples} samples in ${(tBackfill / 1000).toFixed(1)} s\n` +
        `train+evaluate: ${(tTrain / 1000).toFixed(1)} s (${tr.epochs} epochs, best ${tr.bestEpoch}, stopped by ${tr.stoppedBy})\n\n` +
        `Validation split (model choices may look here)\n${formatResults(r.meta.validationResults, 'validation').split('RMSE')[0]}` +
        `Test split (reported, never tuned on)\n${formatResults(r.meta.results)}` +
        `${JSON.stringify(report)}\n` +
        `output: ${out}\n`,
    );
  } finally {
    await srv.close();
  }
} finally {
  rmSync(data, { recursive: true, force: true });
}

/**
 * The data path end to end on a short history: backfill two hours of the virtual machine into a
 * TSDB directory, start a real server on it (embedded TSDB, PromQL API), and read the series back
 * through `query_range` in chunks, matching what the machine produced. Then a forecaster with a
 * small untrained model serves from the same API into a store: forecasts land at the times they
 * predict with `model`/`horizon` labels, and actuals outside the interval raise anomaly events.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseSensorPath } from '@sensorpath/protocol';
import { type ServerHandle, startServer } from '@sensorpath/server';
import { createPromApi } from '@sensorpath/server/promapi';
import { freePort } from '@sensorpath/simulator';
import { getLabel, MemoryStorage, newMatcher } from '@sensorpath/storage';
import { openTSDB } from '@sensorpath/tsdb';
import { pino } from 'pino';
import { backfillMachine } from './backfill.ts';
import { machineSpec } from './defaults.ts';
import { evaluateModel } from './evaluate.ts';
import { buildLstm, initBackend } from './lstm.ts';
import { Machine } from './machine.ts';
import { queryRange } from './promql-client.ts';
import { type ForecastEvent, Forecaster, httpRangeQuery } from './serve.ts';
import type { ModelMeta } from './train.ts';

const PATH = 'acme/berlin/extrusion/line2/extruder1';
const MIN = 60_000;
/** Tuesday 2026-11-17 08:00 UTC: production is running. */
const END = Date.UTC(2026, 10, 17, 10, 0);
const START = END - 2 * 60 * MIN;

describe('backfill → server → query_range', () => {
  let dir: string;
  let srv: ServerHandle;
  let url: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sp-forecast-e2e-'));
    const db = await openTSDB(join(dir, 'tenants', 'acme'), { fsync: 'never', logger: () => {} });
    const res = await backfillMachine(db, {
      path: parseSensorPath(PATH),
      seed: 10,
      startMs: START,
      endMs: END,
    });
    await db.close();
    assert.equal(res.series, 19);
    assert.equal(res.samples, 19 * (2 * 360 + 1));
    srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: await freePort() },
      mqtt: { host: '127.0.0.1', port: await freePort() },
      logger: pino({ level: 'silent' }),
      openStorage: (_t, d) => openTSDB(d, { logger: () => {} }),
      promApi: ({ queryable }) => createPromApi({ queryable, now: () => END }),
    });
    url = `http://127.0.0.1:${srv.httpPort}`;
  });

  after(async () => {
    await srv?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('returns the backfilled series with the labels the server gives, chunked or not', async () => {
    const q = 'machine_motor_temperature_celsius';
    const one = await queryRange({ url, query: q, start: START, end: END, step: MIN });
    assert.equal(one.series.length, 1);
    const labels = one.series[0]!.labels;
    assert.deepEqual(
      { ...labels },
      {
        __name__: q,
        enterprise: 'acme',
        site: 'berlin',
        area: 'extrusion',
        line: 'line2',
        device: 'extruder1',
      },
    );
    const m = new Machine({ seed: 10 });
    const v = one.series[0]!.values;
    assert.equal(v.length, 121);
    for (let i = 0; i < v.length; i++) assert.equal(v[i], m.at(START + i * MIN).motorTempC, `point ${i}`);
    // Seven requests of at most 20 points give the same grid.
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const chunked = await queryRange({
      url,
      query: q,
      start: START,
      end: END,
      step: MIN,
      maxPoints: 20,
      fetch: counting,
    });
    assert.equal(calls, 7);
    assert.deepEqual(chunked.series[0]!.values, v);
  });

  it('the default training queries each return one series', async () => {
    const spec = machineSpec(PATH, '1m');
    for (const s of [...spec.targets, ...spec.inputs]) {
      const r = await queryRange({ url, query: s.query, start: START + 10 * MIN, end: END, step: MIN });
      assert.equal(r.series.length, 1, s.name);
      assert.ok(
        r.series[0]!.values.every((x) => Number.isFinite(x)),
        s.name,
      );
    }
  });

  it('a typed error names the query when the API refuses it', async () => {
    await assert.rejects(
      queryRange({ url, query: 'rate(', start: START, end: END, step: MIN }),
      (e: Error & { code?: string }) => e.code === 'FORECAST_QUERY_FAILED' && e.message.includes('rate('),
    );
  });

  it('serves forecasts as series at the predicted times and raises anomaly events', async () => {
    await initBackend();
    const spec = machineSpec(PATH, '1m');
    const inputs = [...spec.targets, ...spec.inputs];
    const horizons = [1, 5];
    const features = inputs.length + 2 * (2 + 1);
    const meta: ModelMeta = {
      version: 1,
      createdAt: new Date(0).toISOString(),
      step: MIN,
      lookback: 5,
      horizons,
      calendar: { daily: 2, weekly: 1 },
      seasonSteps: 30,
      maxFillSteps: 2,
      diffStd: [],
      inputs: inputs.map((s) => ({ ...s, mean: 0, std: 1000 })),
      // A tiny interval for the motor temperature, so its actuals fall outside it.
      targets: spec.targets.map((s) => ({
        ...s,
        deltaStd: [1e-6, 1e-6],
        interval99: s.name === 'motor_temperature' ? [1e-9, 1e-9] : [1e9, 1e9],
      })),
      units: 4,
      data: { start: 0, end: 0, points: 0 },
      splits: {
        train: { start: 0, end: 0, windows: 0 },
        validation: { start: 0, end: 0, windows: 0 },
        test: { start: 0, end: 0, windows: 0 },
      },
      gapSteps: 0,
      training: {
        epochs: 0,
        bestEpoch: 0,
        bestValLoss: 0,
        trainLoss: 0,
        stoppedBy: 'max_epochs',
        ms: 0,
        history: [],
      },
      validationResults: [],
      results: [],
    };
    const model = buildLstm({
      lookback: 5,
      features,
      outputs: spec.targets.length * horizons.length,
      units: 4,
    });
    const store = new MemoryStorage();
    let now = END - 30 * MIN;
    const events: ForecastEvent[] = [];
    const f = new Forecaster({
      meta,
      model,
      name: 'm1',
      query: httpRangeQuery(url),
      store,
      labels: { job: 'forecast' },
      onEvent: (e) => {
        events.push(e);
      },
      now: () => now,
    });
    const first = await f.tick();
    assert.equal(first.forecasts.length, 6);
    assert.equal(first.events.length, 0);
    const p = first.forecasts.find((x) => x.target === 'motor_temperature' && x.horizon === '5m')!;
    assert.equal(p.t, first.anchor + 5 * MIN);
    // The model's output is scaled by 1e-6: the forecast is the last value.
    const last = (
      await queryRange({ url, query: inputs[1]!.query, start: first.anchor, end: first.anchor, step: MIN })
    ).series[0]!.values[0]!;
    assert.ok(Math.abs(p.value - last) < 1e-3);
    const q = await store.querier(0, END + 60 * MIN);
    const series = await q.select(true, undefined, [
      newMatcher('=', '__name__', 'forecast_motor_temperature'),
    ]);
    await q.close();
    assert.equal(series.length, 2);
    const s5 = series.find((s) => getLabel(s.labels, 'horizon') === '5m')!;
    assert.equal(getLabel(s5.labels, 'model'), 'm1');
    assert.equal(getLabel(s5.labels, 'job'), 'forecast');
    const it5 = s5.iterator();
    assert.ok(it5.next());
    assert.equal(it5.time(), p.t);
    // The same anchor again (ticking faster than the step) appends nothing new.
    const again = await f.tick();
    assert.equal(again.anchor, first.anchor);
    assert.deepEqual(again.forecasts, first.forecasts);
    // Ten minutes later every earlier forecast has an actual; the temperature moved by more than
    // the (tiny) interval, so anomalies are raised for it, and only for it.
    now += 10 * MIN;
    const second = await f.tick();
    assert.ok(second.events.length >= 1);
    assert.deepEqual(second.events, events);
    // The same model re-scored on the backfilled range: every method on the same windows.
    const ev = await evaluateModel({ url, meta, model, start: START + 40 * MIN, end: END - 5 * MIN });
    assert.equal(ev.results.length, 6);
    assert.ok(ev.windows > 60);
    for (const r of ev.results) {
      assert.equal(r.n, ev.windows);
      for (const m of ['lstm', 'persistence', 'seasonal_naive', 'linear_trend', 'moving_average'] as const)
        assert.ok(Number.isFinite(r.mae[m]), `${r.target} ${r.horizon} ${m}`);
      // The untrained model's output is scaled to nothing: it is persistence.
      assert.ok(Math.abs(r.mae.lstm - r.mae.persistence) < 1e-3 * (1 + r.mae.persistence));
    }
    for (const e of events) {
      assert.equal(e.type, 'forecast_anomaly');
      assert.deepEqual(e.labels, { target: 'motor_temperature', horizon: e.labels.horizon, model: 'm1' });
      assert.ok(['1m', '5m'].includes(e.labels.horizon!));
      assert.ok(Number.isInteger(e.time));
      assert.ok(['warning', 'critical'].includes(e.severity));
      assert.ok(Number.isFinite(e.value));
    }
  });
});

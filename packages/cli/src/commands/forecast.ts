/**
 * `sensorpath forecast train | run | evaluate`: trains an LSTM on series pulled through any
 * Prometheus-compatible `query_range` API and scores it against baselines on a held-out test split
 * (train), serves a trained model on a schedule, writing forecasts back as series over MQTT and
 * raising anomaly events (run), and prints a saved model's evaluation (evaluate).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_MACHINE_PATH,
  evaluateModel,
  type FitProgress,
  formatResults,
  jsonReport,
  loadForecastModel,
  type ModelMeta,
  machineSpec,
  renderPlot,
  type SeriesSpec,
  saveTrained,
  train,
} from '@sensorpath/forecast';
import { durationMs, intArg, UsageError } from '../args.ts';

export const help = `Usage: sensorpath forecast <train|run|evaluate> [options]

Forecasting from the store, through PromQL. "train" pulls inputs and targets through a
Prometheus-compatible query_range API (sensorpath's or a real Prometheus), splits them by time
into train / validation / test with a gap of one window between splits, normalises on the
training split only, trains an LSTM (tfjs, wasm backend, CPU) with early stopping on the
validation loss, and scores it on the test split against persistence, seasonal naive (same
time yesterday), linear trend and moving average. Without --target it learns the virtual
machine (sensorpath simulate machine) at --path.

train options:
  --url URL            Prometheus API base URL (default: http://127.0.0.1:9090)
  --path P             sensor path of the virtual machine for the default series
                       (default: ${DEFAULT_MACHINE_PATH})
  --target NAME=PROMQL series to forecast (repeatable; each must return one series)
  --input NAME=PROMQL  extra input series (repeatable)
  --range DURATION     history to use, ending at --end (default: 14d)
  --end TIME           end of the history, RFC 3339 or unix seconds (default: now)
  --step DURATION      resampling step (default: 1m)
  --lookback DURATION  input window (default: 20m)
  --horizons LIST      forecast horizons (default: 1m,5m,15m)
  --units N            LSTM units (default: 32)
  --epochs N           most epochs (default: 40; early stopping usually ends sooner)
  --time-budget D      wall-clock budget of the training loop (default: 150s)
  --seed N             seed of initialisation and sampling (default: 1)
  --out DIR            where model.json, weights.bin, forecast.json, report.json and
                       forecast.svg go (default: ./forecast-model)
  --json               print the JSON report on stdout (tables go to stderr)

run options (see docs/forecast.md):
  --model DIR          trained model directory (default: ./forecast-model)
  --url URL            Prometheus API to read the latest inputs from
  --broker URL         MQTT broker to publish forecasts and events to (default: mqtt://127.0.0.1:1883)
  --forecast-path P    sensor path the forecasts are published under
                       (default: the machine path with device "<device>-forecast")
  --name NAME          value of the "model" label (default: the model directory's name)
  --every DURATION     how often to forecast (default: the model's step)
  --once               forecast once and exit

evaluate options:
  --model DIR          model directory (default: ./forecast-model)
  --url URL            re-score the model on data from this API (e.g. data that arrived after
                       training); without --url, print the training run's test-split scores
  --range DURATION     windows to score, ending at --end minus the largest horizon (default: 1d)
  --end TIME           RFC 3339 or unix seconds (default: now)
  --json               JSON instead of tables

Examples:
  sensorpath simulate machine --backfill 14d --data ./data
  sensorpath server --data ./data &
  sensorpath forecast train --url http://127.0.0.1:9090 --json
`;

function seriesArgs(flag: string, values: string[] | undefined): SeriesSpec[] {
  return (values ?? []).map((v) => {
    const i = v.indexOf('=');
    const name = v.slice(0, i);
    if (i < 1 || !/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name) || i === v.length - 1)
      throw new UsageError(
        `${flag} ${JSON.stringify(v)}: expected NAME=PROMQL, e.g. ${flag} temp=avg_over_time(t_celsius[1m])`,
      );
    return { name, query: v.slice(i + 1) };
  });
}

function timeArg(flag: string, text: string): number {
  const n = Number(text);
  if (Number.isFinite(n)) return Math.round(n * 1000);
  const t = Date.parse(text);
  if (Number.isNaN(t))
    throw new UsageError(`${flag} ${JSON.stringify(text)}: expected RFC 3339 or unix seconds`);
  return t;
}

/** A one-line progress bar on stderr: epoch, loss, validation loss, time left. */
function progressBar(): { update(p: FitProgress): void; done(): void } {
  const tty = process.stderr.isTTY;
  let lastLine = 0;
  const fmt = (ms: number) => {
    const s = Math.round(ms / 1000);
    return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
  };
  return {
    update(p) {
      const width = 24;
      const frac = Math.min(1, (p.epoch - 1 + p.epochFraction) / p.maxEpochs);
      const fill = Math.round(frac * width);
      const loss = Number.isFinite(p.loss) ? p.loss.toFixed(4) : '-';
      const val = Number.isFinite(p.valLoss) ? p.valLoss.toFixed(4) : '-';
      const line =
        `epoch ${String(p.epoch).padStart(2)}/${p.maxEpochs} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ` +
        `loss ${loss} val ${val} elapsed ${fmt(p.elapsedMs)} left ≤${fmt(p.etaMs)}`;
      if (tty) process.stderr.write(`\r${line}\x1b[K`);
      else if (p.epochFraction >= 1 || Date.now() - lastLine > 10_000) {
        lastLine = Date.now();
        process.stderr.write(`${line}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}

async function runTrain(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:9090' },
      path: { type: 'string', default: DEFAULT_MACHINE_PATH },
      target: { type: 'string', multiple: true },
      input: { type: 'string', multiple: true },
      range: { type: 'string', default: '14d' },
      end: { type: 'string' },
      step: { type: 'string', default: '1m' },
      lookback: { type: 'string', default: '20m' },
      horizons: { type: 'string', default: '1m,5m,15m' },
      units: { type: 'string', default: '32' },
      epochs: { type: 'string', default: '40' },
      'time-budget': { type: 'string', default: '150s' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: './forecast-model' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const step = durationMs('--step', values.step);
  if (step < 1000) throw new UsageError(`--step ${values.step}: use at least 1s`);
  const steps = (flag: string, text: string) => {
    const ms = durationMs(flag, text);
    if (ms % step !== 0 || ms < step)
      throw new UsageError(`${flag} ${text}: use a whole multiple of --step ${values.step}`);
    return ms / step;
  };
  const lookback = steps('--lookback', values.lookback);
  const horizons = values.horizons.split(',').map((h) => steps('--horizons', h.trim()));
  let targets = seriesArgs('--target', values.target);
  let inputs = seriesArgs('--input', values.input);
  if (targets.length === 0) {
    if (inputs.length > 0)
      throw new UsageError('--input given without --target: name the series to forecast');
    ({ targets, inputs } = machineSpec(values.path, values.step));
  }
  const end = Math.floor((values.end ? timeArg('--end', values.end) : Date.now()) / step) * step;
  const range = durationMs('--range', values.range);
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const bar = progressBar();
  const t0 = Date.now();
  const r = await train({
    url: values.url,
    targets,
    inputs,
    start: end - range,
    end,
    step,
    lookback,
    horizons,
    units: intArg('--units', values.units, 1, 1024),
    maxEpochs: intArg('--epochs', values.epochs, 1, 10_000),
    timeBudgetMs: durationMs('--time-budget', values['time-budget']),
    seed: intArg('--seed', values.seed, 0, 2 ** 31),
    onStage: log,
    onProgress: (p) => bar.update(p),
  });
  bar.done();
  const tr = r.meta.training;
  log(
    `trained ${tr.epochs} epoch(s) in ${(tr.ms / 1000).toFixed(1)} s (best epoch ${tr.bestEpoch}, val loss ${tr.bestValLoss.toFixed(4)}, ` +
      `stopped by ${tr.stoppedBy.replace('_', ' ')}); total ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  await saveTrained(r, values.out);
  const report = jsonReport(r.meta, values.out);
  writeFileSync(join(values.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(
    join(values.out, 'forecast.svg'),
    renderPlot(
      r.plot,
      `Test split: forecast ${r.plot.horizon} ahead vs actual (${new Date(r.meta.splits.test.start).toISOString().slice(0, 16)} to ${new Date(r.meta.splits.test.end).toISOString().slice(0, 16)} UTC)`,
    ),
  );
  const table = formatResults(r.meta.results);
  if (values.json) {
    process.stderr.write(table);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    process.stdout.write(table);
    process.stdout.write(`model, report.json and forecast.svg written to ${values.out}\n`);
  }
  return 0;
}

async function runEvaluate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: 'string', default: './forecast-model' },
      url: { type: 'string' },
      range: { type: 'string', default: '1d' },
      end: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  if (values.url === undefined) {
    // Without an API: the stored test-split evaluation of the training run.
    const meta = JSON.parse(readFileSync(join(values.model, 'forecast.json'), 'utf8')) as ModelMeta;
    if (values.json) process.stdout.write(`${JSON.stringify(jsonReport(meta, values.model))}\n`);
    else process.stdout.write(formatResults(meta.results));
    return 0;
  }
  const { meta, model } = await loadForecastModel(values.model);
  const maxH = meta.horizons[meta.horizons.length - 1]! * meta.step;
  // The last anchor must leave room for the largest horizon.
  const end =
    Math.floor(((values.end ? timeArg('--end', values.end) : Date.now()) - maxH) / meta.step) * meta.step;
  const start = end - durationMs('--range', values.range);
  if (start <= meta.data.end)
    process.stderr.write(
      `note: the range starts before the end of the training data (${new Date(meta.data.end).toISOString()}); ` +
        'only data after it is unseen by the model\n',
    );
  const r = await evaluateModel({ url: values.url, meta, model, start, end });
  const split = `${new Date(start).toISOString().slice(0, 16)}..${new Date(end).toISOString().slice(0, 16)} (${r.windows} windows)`;
  if (values.json) {
    const mae: Record<string, Record<string, Record<string, number>>> = {};
    for (const row of r.results) {
      mae[row.target] ??= {};
      mae[row.target]![row.horizon] = { ...row.mae };
    }
    process.stdout.write(
      `${JSON.stringify({ model: values.model, start: new Date(start).toISOString(), end: new Date(end).toISOString(), windows: r.windows, mae, results: r.results })}\n`,
    );
  } else process.stdout.write(formatResults(r.results, split));
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'train') return runTrain(rest);
  if (sub === 'evaluate') return runEvaluate(rest);
  if (sub === 'run') return (await import('./forecast-run.ts')).run(rest);
  if (sub === undefined || sub === '--help' || sub === '-h') {
    process.stdout.write(help);
    return sub === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown subcommand ${JSON.stringify(sub)}: use train, run or evaluate`);
}

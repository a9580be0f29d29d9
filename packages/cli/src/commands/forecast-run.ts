/**
 * `sensorpath forecast run`: serves a trained model. Every --every it reads the latest inputs
 * through the Prometheus API, predicts, and publishes the forecasts as OpenMetrics over MQTT to
 * `<forecast-path>/metrics` (so the server stores them as series of a "forecast device"), and
 * publishes anomaly events as JSON to `<forecast-path>/events` and to the log.
 */
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_MACHINE_PATH,
  Forecaster,
  httpRangeQuery,
  loadForecastModel,
  MqttAppendable,
} from '@sensorpath/forecast';
import { parseSensorPath, topicFor } from '@sensorpath/protocol';
import { connectAsync } from 'mqtt';
import { durationMs, UsageError } from '../args.ts';
import { makeLogger } from '../logger.ts';
import { waitForSignal } from '../signals.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: 'string', default: './forecast-model' },
      url: { type: 'string', default: 'http://127.0.0.1:9090' },
      broker: { type: 'string', default: 'mqtt://127.0.0.1:1883' },
      'forecast-path': { type: 'string' },
      name: { type: 'string' },
      every: { type: 'string' },
      once: { type: 'boolean', default: false },
      'log-level': { type: 'string', default: 'info' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write((await import('./forecast.ts')).help);
    return 0;
  }
  const logger = makeLogger(values['log-level'], 'forecast');
  const { meta, model } = await loadForecastModel(values.model);
  const machine = parseSensorPath(DEFAULT_MACHINE_PATH);
  let path: ReturnType<typeof parseSensorPath>;
  try {
    path = parseSensorPath(
      values['forecast-path'] ??
        `${machine.enterprise}/${machine.site}/${machine.area}/${machine.line}/${machine.device}-forecast`,
    );
  } catch (err) {
    throw new UsageError(`--forecast-path: ${(err as Error).message}`);
  }
  const every = values.every ? durationMs('--every', values.every) : meta.step;
  const name = values.name ?? basename(resolve(values.model));
  const client = await connectAsync(values.broker, {
    clientId: `sensorpath-forecast-${process.pid}`,
    reconnectPeriod: 1000,
  });
  const eventsTopic = topicFor(path, 'events');
  const f = new Forecaster({
    meta,
    model,
    name,
    query: httpRangeQuery(values.url),
    store: new MqttAppendable(client, path),
    onEvent: async (e) => {
      logger.warn({ event: e }, e.message);
      await client.publishAsync(eventsTopic, JSON.stringify(e), { qos: 1 });
    },
  });
  const cycle = async () => {
    try {
      const r = await f.tick();
      if (r.forecasts.length === 0)
        logger.warn(
          { anchor: new Date(r.anchor).toISOString() },
          'no forecast: the input window is incomplete',
        );
      else
        logger.info(
          {
            anchor: new Date(r.anchor).toISOString(),
            forecasts: r.forecasts.map((p) => `${p.target}@${p.horizon}=${p.value.toFixed(2)}`),
          },
          'forecasts published',
        );
    } catch (err) {
      logger.error({ err: (err as Error).message }, 'forecast cycle failed');
    }
  };
  try {
    await cycle();
    if (!values.once) {
      logger.info(
        { every, topic: topicFor(path, 'metrics'), events: eventsTopic },
        'forecasting on a schedule',
      );
      const timer = setInterval(() => void cycle(), every);
      await waitForSignal();
      clearInterval(timer);
    }
  } finally {
    await client.endAsync();
  }
  return 0;
}

/**
 * `sensorpath server`: runs the central server (embedded broker, storage, HTTP API) until SIGINT or
 * SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startServer } from '@sensorpath/server';
import { hostPort } from '../args.ts';
import { makeLogger } from '../logger.ts';
import { serverWiring } from '../wiring.ts';

export const help = `Usage: sensorpath server [options]

Runs the sensorpath server: an embedded MQTT broker receiving OpenMetrics from edge agents on
<enterprise>/<site>/<area>/<line>/<device>/metrics, the embedded time-series store, and the
Prometheus-compatible HTTP API (point Grafana or promtool at --http).

Options:
  --data DIR          data directory (default: ./data)
  --http HOST:PORT    HTTP API address (default: 127.0.0.1:9090)
  --mqtt HOST:PORT    embedded MQTT broker address (default: 127.0.0.1:1883)
  --log-level LEVEL   debug, info, warn or error (default: info)
  -h, --help          show this help

Without configured users the server runs in open mode: anonymous, loopback addresses only.

Example:
  sensorpath server --data /var/lib/sensorpath --http 127.0.0.1:9090 --mqtt 127.0.0.1:1883
  curl '127.0.0.1:9090/api/v1/query?query=meter_voltage_volts'
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: './data' },
      http: { type: 'string', default: '127.0.0.1:9090' },
      mqtt: { type: 'string', default: '127.0.0.1:1883' },
      'log-level': { type: 'string', default: 'info' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const logger = makeLogger(values['log-level'], 'server');
  const srv = await startServer({
    dataDir: values.data,
    http: hostPort('--http', values.http),
    mqtt: hostPort('--mqtt', values.mqtt),
    logger,
    ...serverWiring(logger),
  });
  logger.info({ http: srv.httpPort, mqtt: srv.mqttPort, data: values.data }, 'sensorpath server ready');
  await waitForSignal();
  logger.info({}, 'shutting down');
  await srv.close();
  return 0;
}

export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

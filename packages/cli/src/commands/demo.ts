/**
 * `sensorpath demo`: the whole data path on one machine. A server with its embedded broker and
 * store, a simulated SDM630 on Modbus TCP, and an edge agent polling it once a second and
 * publishing to the server, all on loopback. Prints where to look and a query to paste.
 */
import { parseArgs } from 'node:util';
import { loadProfile, ModbusTcpTransport, startEdgeAgent } from '@sensorpath/edge';
import { parseSensorPath } from '@sensorpath/protocol';
import { startServer } from '@sensorpath/server';
import { startTcpSimulator } from '@sensorpath/simulator';
import { sharedBundle } from '@sensorpath/web';
import { hostPort } from '../args.ts';
import { makeLogger } from '../logger.ts';
import { waitForSignal } from '../signals.ts';
import { serverWiring } from '../wiring.ts';

export const DEMO_PATH = 'acme/berlin/assembly/line1/meter1';

export const help = `Usage: sensorpath demo [--http HOST:PORT] [--mqtt HOST:PORT] [--data DIR]

Runs a complete single-machine sensorpath: the server (embedded MQTT broker, store, Prometheus
API, web UI at /), a simulated Eastron SDM630 meter on Modbus TCP, and an edge agent polling it
every second under the sensor path ${DEMO_PATH}. Everything listens on loopback.

Options:
  --http HOST:PORT    HTTP API address (default: 127.0.0.1:9090)
  --mqtt HOST:PORT    embedded MQTT broker address (default: 127.0.0.1:1883)
  --data DIR          data directory (default: ./data)
  --with-machine      also run the virtual machine for forecasting (an extruder fed through an
                      SDM630) under acme/berlin/extrusion/line2/extruder1, every 10 s
  --log-level LEVEL   log level of the parts (default: warn)
  -h, --help          show this help
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      http: { type: 'string', default: '127.0.0.1:9090' },
      mqtt: { type: 'string', default: '127.0.0.1:1883' },
      data: { type: 'string', default: './data' },
      'log-level': { type: 'string', default: 'warn' },
      'with-machine': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const level = values['log-level'];
  const http = hostPort('--http', values.http);
  const mqtt = hostPort('--mqtt', values.mqtt);
  const logger = makeLogger(level, 'server');
  const srv = await startServer({ dataDir: values.data, http, mqtt, logger, ...serverWiring(logger) });
  const sim = await startTcpSimulator({ host: '127.0.0.1', port: 0, units: [1] });
  const agent = startEdgeAgent({
    broker: { url: `mqtt://${mqtt.host}:${srv.mqttPort}`, clientId: 'sensorpath-demo-edge' },
    devices: [
      {
        path: DEMO_PATH,
        profile: loadProfile('sdm630'),
        transport: new ModbusTcpTransport({ host: sim.host, port: sim.port }),
        unit: 1,
        intervalMs: 1000,
        timeoutMs: 500,
        labels: { machine: 'press3' },
      },
    ],
    logger: makeLogger(level, 'edge'),
  });
  // With --with-machine the virtual machine for forecasting publishes beside the meter, like any
  // device. It is off by default: its SDM630 feed would add a second set of meter_voltage_volts
  // series to the demo's one meter.
  const machineStop = new AbortController();
  const forecast = values['with-machine'] ? await import('@sensorpath/forecast') : undefined;
  const machinePath = forecast?.DEFAULT_MACHINE_PATH;
  const machine = forecast
    ? forecast
        .runMachineLive({
          brokerUrl: `mqtt://${mqtt.host}:${srv.mqttPort}`,
          path: parseSensorPath(forecast.DEFAULT_MACHINE_PATH),
          clientId: 'sensorpath-demo-machine',
          signal: machineStop.signal,
          onError: (err) => logger.warn({ err: err.message }, 'virtual machine publish failed'),
        })
        .catch((err: Error) => logger.warn({ err: err.message }, 'virtual machine stopped'))
    : Promise.resolve();
  const api = `http://${http.host}:${srv.httpPort}`;
  const query = 'meter_voltage_volts{site="berlin"}';
  process.stdout.write(
    [
      'sensorpath demo is running.',
      srv.access.open
        ? `  web UI (open mode, no sign-in):   ${api}/`
        : `  web UI (sign in with a token):    ${api}/  (users exist in ${values.data}: sensorpath user create)`,
      `  HTTP API (Prometheus-compatible): ${api}`,
      `  MQTT broker:                      mqtt://${mqtt.host}:${srv.mqttPort}`,
      `  simulated SDM630 (Modbus TCP):    ${sim.host}:${sim.port}, unit 1, serial ${sim.meters.get(1)!.serial}`,
      `  edge agent publishing to:         ${DEMO_PATH}/metrics every 1s`,
      ...(machinePath ? [`  virtual machine (forecasting):    ${machinePath}/metrics every 10s`] : []),
      `  data directory:                   ${values.data}`,
      '',
      'Try:',
      `  curl -s '${api}/api/v1/query' --data-urlencode 'query=${query}' -G`,
      `  mosquitto_sub -h ${mqtt.host} -p ${srv.mqttPort} -t '${DEMO_PATH}/metrics' -C 1`,
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  // Build the web UI's bundle now (after the banner), so the first page load does not wait for it.
  void sharedBundle().catch((err: Error) =>
    logger.warn({ err: err.message }, 'web UI bundle failed to build'),
  );
  await waitForSignal();
  machineStop.abort();
  await machine;
  await agent.close();
  await sim.close();
  await srv.close();
  return 0;
}

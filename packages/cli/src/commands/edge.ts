/**
 * `sensorpath edge`: the edge agent, either from a machine configuration (`--config FILE`, checked
 * without touching devices by `--dry-run`) or in quick mode (one device from flags).
 */
import { parseArgs } from 'node:util';
import {
  collectGarbageEvery,
  DiskQueue,
  loadMachineConfig,
  loadProfile,
  ModbusRtuTransport,
  ModbusTcpTransport,
  planMachine,
  queueDir,
  startEdgeAgent,
  startMachineAgent,
} from '@sensorpath/edge';
import { parseSensorPath } from '@sensorpath/protocol';
import { durationMs, hostPort, intArg, labelArgs, UsageError } from '../args.ts';
import { makeLogger } from '../logger.ts';
import { waitForSignal } from '../signals.ts';

export const help = `Usage: sensorpath edge --config FILE [--dry-run] [--queue-dir DIR]
       sensorpath edge --profile NAME (--modbus-tcp HOST:PORT | --modbus-rtu DEVICE)
                       --broker URL --path ENTERPRISE/SITE/AREA/LINE/DEVICE [options]

Polls devices and publishes each poll as one OpenMetrics message (QoS 1) to <path>/metrics,
through a disk-backed store-and-forward queue. The sensor path's five segments become labels;
the enterprise is the tenant. With --config, the machine configuration (YAML; reference in
packages/edge/README.md) names the broker, the sensor path, buses and devices; the agent also
accepts configurations pushed on the retained <path>/config topic.

Configuration file mode:
  --config FILE           machine configuration (YAML)
  --dry-run               validate the configuration and print the plan; touch no device
  --queue-dir DIR         store-and-forward queue directory (default: <dataDir>/queue)

Quick mode (one device):
  --profile NAME|FILE     device profile: a built-in name (sdm630) or a .yaml file
  --modbus-tcp HOST:PORT  read over Modbus TCP (gateway or meter), e.g. 192.168.1.20:502
  --modbus-rtu DEVICE     read over Modbus RTU on a serial port (/dev/ttyUSB0, COM3)
  --baud N                serial baud rate (default: 9600)
  --parity none|even|odd  serial parity (default: none)
  --stop-bits 1|2         serial stop bits (default: 1)
  --unit N                Modbus unit id (default: 1)
  --interval DURATION     poll interval, 100ms or more (default: 1s)
  --timeout DURATION      per-request timeout (default: 500ms)
  --broker URL            MQTT broker, e.g. mqtt://127.0.0.1:1883
  --username USER         MQTT username (with --password)
  --password TOKEN        MQTT password or API token
  --path SENSOR/PATH      sensor path enterprise/site/area/line/device
  --label NAME=VALUE      extra context label on every series; repeatable
  --queue-dir DIR         keep unsent messages on disk in DIR (default: in memory)
  --log-level LEVEL       debug, info, warn or error (default: info)
  -h, --help              show this help

Example:
  sensorpath edge --profile sdm630 --modbus-tcp 127.0.0.1:5020 --unit 1 \\
    --broker mqtt://127.0.0.1:1883 --path acme/berlin/assembly/line1/meter1 --label machine=press3
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      profile: { type: 'string' },
      'modbus-tcp': { type: 'string' },
      'modbus-rtu': { type: 'string' },
      baud: { type: 'string', default: '9600' },
      parity: { type: 'string', default: 'none' },
      'stop-bits': { type: 'string', default: '1' },
      unit: { type: 'string', default: '1' },
      interval: { type: 'string', default: '1s' },
      timeout: { type: 'string', default: '500ms' },
      broker: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      path: { type: 'string' },
      label: { type: 'string', multiple: true },
      'log-level': { type: 'string', default: 'info' },
      config: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'queue-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  if (values.config)
    return runConfig(values.config, !!values['dry-run'], values['queue-dir'], values['log-level']);
  if (values['dry-run']) throw new UsageError('--dry-run checks a configuration: give --config FILE');
  if (!values.profile) throw new UsageError('missing --profile (e.g. --profile sdm630)');
  if (!values.broker) throw new UsageError('missing --broker URL (e.g. --broker mqtt://127.0.0.1:1883)');
  if (!values.path) throw new UsageError('missing --path enterprise/site/area/line/device');
  if (!!values['modbus-tcp'] === !!values['modbus-rtu'])
    throw new UsageError('give exactly one of --modbus-tcp HOST:PORT or --modbus-rtu DEVICE');
  parseSensorPath(values.path);
  const intervalMs = durationMs('--interval', values.interval);
  if (intervalMs < 100)
    throw new UsageError(`--interval ${values.interval}: the shortest poll interval is 100ms`);
  if (!['none', 'even', 'odd'].includes(values.parity))
    throw new UsageError(`--parity ${values.parity}: expected none, even or odd`);
  const profile = loadProfile(values.profile);
  const transport = values['modbus-tcp']
    ? new ModbusTcpTransport(hostPort('--modbus-tcp', values['modbus-tcp']))
    : new ModbusRtuTransport({
        path: values['modbus-rtu']!,
        baudRate: intArg('--baud', values.baud, 300, 921600),
        parity: values.parity as 'none',
        stopBits: intArg('--stop-bits', values['stop-bits'], 1, 2) as 1 | 2,
        dataBits: 8,
      });
  const logger = makeLogger(values['log-level'], 'edge');
  const queue = values['queue-dir'] ? new DiskQueue({ dir: values['queue-dir'] }) : undefined;
  const agent = startEdgeAgent({
    queue,
    broker: { url: values.broker, username: values.username, password: values.password },
    devices: [
      {
        path: values.path,
        profile,
        transport,
        unit: intArg('--unit', values.unit, 0, 255),
        intervalMs,
        timeoutMs: durationMs('--timeout', values.timeout),
        labels: labelArgs(values.label),
        retries: 1,
      },
    ],
    logger,
  });
  logger.info(
    { path: values.path, profile: profile.name, transport: transport.description },
    'edge agent started',
  );
  await runUntilSignal(agent);
  return 0;
}

/** `--config FILE`: validates (a bad field fails with its path, value and fix) and runs or plans. */
async function runConfig(file: string, dryRun: boolean, queueOverride: string | undefined, level: string) {
  const config = loadMachineConfig(file);
  const plan = planMachine(config, file);
  if (dryRun) {
    const lines = [
      `configuration ${file} is valid`,
      `  agent path: ${config.path}`,
      `  broker:     ${config.broker.url}`,
      `  queue:      ${queueDir(config, queueOverride)} (max ${config.queue.maxBytes} bytes, fsync ${config.queue.fsync})`,
      `  devices (${plan.devices.length}):`,
      ...plan.devices.map(
        (d) =>
          `    ${d.path}  ${d.kind}${d.profile ? ` ${d.profile.name}` : ''} via ${d.where} every ${d.intervalMs}ms`,
      ),
      '',
    ];
    process.stdout.write(lines.join('\n'));
    return 0;
  }
  const logger = makeLogger(level, 'edge');
  const agent = startMachineAgent(config, { logger, queueDir: queueOverride, source: file });
  logger.info({ path: config.path, devices: plan.devices.length, config: file }, 'edge agent started');
  await runUntilSignal(agent);
  return 0;
}

/**
 * Keeps the agent running until SIGINT or SIGTERM, then stops it. Meanwhile a full GC every 5 s
 * holds resident memory near the live heap (packages/edge/src/heap.ts; the bench measures it).
 */
async function runUntilSignal(agent: { close(): Promise<void> }): Promise<void> {
  const stopGc = collectGarbageEvery(5_000);
  await waitForSignal();
  stopGc();
  await agent.close();
}

/**
 * The machine configuration: one YAML file (or the same object pushed as JSON on `<path>/config`)
 * that says where the agent publishes (broker, credentials, TLS), under which sensor path, with
 * which context labels, and what it reads: Modbus buses (RTU serial lines and TCP gateways) with
 * their devices, HTTP/XML endpoints, OPC UA servers and the Revolution Pi process image. The user
 * shape is a zod schema (the reference in packages/edge/README.md is generated from it); it is
 * validated once into a resolved shape with durations in milliseconds, defaults filled in and every
 * device's own sensor path computed. A bad field fails with its path, the value found and the fix.
 */
import { readFileSync } from 'node:fs';
import { parseSensorPath } from '@sensorpath/protocol';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError, formatZodIssues } from './errors.ts';

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/** Parses `100ms`, `1.5s`, `2m`, `1h` or a number of milliseconds; undefined if malformed. */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = DURATION.exec(v.trim());
  if (!m) return undefined;
  return Math.round(Number(m[1]) * UNIT_MS[(m[2] ?? 'ms') as keyof typeof UNIT_MS]);
}

function duration(minMs: number, description: string) {
  return z
    .union([z.number(), z.string()])
    .describe(`${description} A duration: \`500ms\`, \`1s\`, \`2m\`, or a number of milliseconds.`)
    .transform((v, ctx) => {
      const ms = parseDuration(v);
      if (ms === undefined) {
        ctx.addIssue({ code: 'custom', message: 'expected a duration such as 100ms, 1s or 2m' });
        return z.NEVER;
      }
      if (ms < minMs) {
        ctx.addIssue({ code: 'custom', message: `must be at least ${minMs}ms; use ${minMs}ms or more` });
        return z.NEVER;
      }
      return ms;
    });
}

const labelName = z
  .string()
  .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'a label name is letters, digits and "_", not starting with a digit');
const labels = z
  .record(labelName, z.string().min(1, 'a label value must not be empty'))
  .describe('Extra labels on every series, e.g. `{machine: press3}`.');
const metricName = z
  .string()
  .regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'a metric name is letters, digits, "_" and ":"');
const segment = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
    'a sensor path segment is 1-64 letters, digits, "_", "." or "-", starting with a letter or digit',
  );
const sensorPath = z
  .string()
  .describe("The agent's sensor path `enterprise/site/area/line/device`; the enterprise is the tenant.")
  .superRefine((v, ctx) => {
    try {
      parseSensorPath(v);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
    }
  });

const tlsSchema = z
  .strictObject({
    ca: z.string().optional().describe('File with the CA certificate(s) (PEM) that signed the broker.'),
    cert: z.string().optional().describe('Client certificate file (PEM), for mutual TLS.'),
    key: z.string().optional().describe('Client key file (PEM), for mutual TLS.'),
    rejectUnauthorized: z
      .boolean()
      .default(true)
      .describe('Refuse brokers whose certificate does not verify. Set false only for tests.'),
  })
  .describe('TLS for `mqtts://` and `wss://` brokers.');

const brokerSchema = z
  .strictObject({
    url: z
      .string()
      .regex(/^(mqtt|mqtts|ws|wss|tcp|ssl):\/\/[^\s]+$/, 'expected mqtt://HOST:PORT or mqtts://HOST:PORT')
      .describe('Broker URL, e.g. `mqtt://127.0.0.1:1883` or `mqtts://broker.example:8883`.'),
    username: z.string().optional().describe('MQTT username.'),
    password: z.string().optional().describe('MQTT password or API token.'),
    passwordFile: z.string().optional().describe('File holding the password (wins over `password`).'),
    clientId: z.string().optional().describe('MQTT client id; default: derived from the sensor path.'),
    tls: tlsSchema.optional(),
  })
  .describe('Where the agent publishes.');

const queueSchema = z
  .strictObject({
    dir: z
      .string()
      .optional()
      .describe('Directory of the store-and-forward queue; default `<dataDir>/queue` (`--queue-dir` wins).'),
    maxBytes: z
      .number()
      .int()
      .min(1 << 16, 'must be at least 65536 bytes')
      .default(256 * 1024 * 1024)
      .describe('Upper bound of the queue on disk; beyond it the oldest segment is dropped.'),
    segmentBytes: z
      .number()
      .int()
      .min(4096, 'must be at least 4096 bytes')
      .default(4 * 1024 * 1024)
      .describe('Size at which a segment file is closed and a new one started.'),
    fsync: z
      .enum(['always', 'interval', 'never'])
      .default('interval')
      .describe('When appended messages are fsynced: every message, once per second, or never.'),
    replayRate: z
      .number()
      .min(1)
      .default(200)
      .describe('Messages per second a backlog drains at after a reconnect, on top of the live rate.'),
  })
  .describe('Store-and-forward queue (format: docs/format/edge-queue.md).');

const rtuSchema = z
  .strictObject({
    port: z.string().min(1).describe('Serial device, e.g. `/dev/ttyUSB0` or `/dev/ttyAMA0`.'),
    baud: z
      .union(
        [
          z.literal(1200),
          z.literal(2400),
          z.literal(4800),
          z.literal(9600),
          z.literal(19200),
          z.literal(38400),
          z.literal(57600),
          z.literal(115200),
        ],
        { error: 'expected one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200' },
      )
      .default(9600)
      .describe('Baud rate: 1200, 2400, 4800, 9600, 19200, 38400, 57600 or 115200.'),
    parity: z.enum(['none', 'even', 'odd']).default('none').describe('Parity.'),
    stopBits: z
      .union([z.literal(1), z.literal(2)], { error: 'expected 1 or 2' })
      .default(1)
      .describe('Stop bits: 1 or 2.'),
    dataBits: z
      .union([z.literal(7), z.literal(8)], { error: 'expected 7 or 8' })
      .default(8)
      .describe('Data bits: 8 (Modbus RTU) or 7.'),
  })
  .describe('A Modbus RTU serial line (RS-485). One request is on the wire at a time.');

const tcpSchema = z
  .strictObject({
    host: z.string().min(1).describe('Host name or address of the meter or gateway.'),
    port: z.number().int().min(1).max(65535).default(502).describe('TCP port.'),
  })
  .describe('A Modbus TCP connection to a meter or an RTU gateway; re-opened with backoff when it drops.');

const modbusDeviceSchema = z.strictObject({
  device: segment.describe("The device's own sensor path segment (replaces the agent path's last one)."),
  profile: z
    .string()
    .min(1)
    .describe('Device profile: a built-in name (`sdm630`, …) or a `.yaml` file path.'),
  unit: z
    .number()
    .int()
    .min(0)
    .max(247)
    .default(1)
    .describe('Modbus unit (slave) id, 1-247 (0 on TCP only).'),
  interval: duration(100, 'Poll interval, 100ms or more.').default(1000),
  timeout: duration(10, 'Per-request timeout; default: the bus timeout.').optional(),
  labels: labels.optional(),
});

const busSchema = z
  .strictObject({
    name: segment.describe('Name of the bus in logs and self-metrics.'),
    rtu: rtuSchema.optional(),
    tcp: tcpSchema.optional(),
    timeout: duration(10, 'Default per-request timeout of its devices.').default(500),
    retries: z
      .number()
      .int()
      .min(0)
      .max(5)
      .default(1)
      .describe('Retries of a failed request while the device is up (none while it is down).'),
    maxBackoff: duration(100, 'Longest pause between polls of a device that does not answer.').default(
      30_000,
    ),
    devices: z
      .array(modbusDeviceSchema)
      .min(1, 'a bus needs at least one device')
      .describe('Devices on the bus.'),
  })
  .superRefine((b, ctx) => {
    if (!!b.rtu === !!b.tcp)
      ctx.addIssue({
        code: 'custom',
        message: 'give exactly one of rtu: {port, baud, …} or tcp: {host, port}',
      });
  });

const xmlMetricSchema = z.strictObject({
  name: metricName.describe('Metric name, e.g. `plc_temperature_celsius`.'),
  type: z.enum(['gauge', 'counter']).default('gauge').describe('Metric type.'),
  unit: z.string().optional().describe('OpenMetrics unit; the name must end in `_<unit>`.'),
  help: z.string().optional().describe('Help text.'),
  path: z
    .string()
    .min(1)
    .describe(
      'XPath-like location: `/a/b[@name="x"]/value`, `//item/@v`, `/a/b[2]`; with `each`, relative to each element (`value`, `@v`, `.`).',
    ),
  each: z
    .string()
    .optional()
    .describe(
      'Absolute path selecting several elements; each gives one sample (value from `path`, labels from `labelsFrom`).',
    ),
  labelsFrom: z
    .record(labelName, z.string().min(1))
    .optional()
    .describe('With `each`: labels whose values are relative paths, e.g. `{variable: "@name"}`.'),
  scale: z.number().default(1).describe('Multiplier applied to the value.'),
  labels: labels.optional(),
});

const httpSchema = z.strictObject({
  device: segment.describe("The device's own sensor path segment."),
  url: z
    .string()
    .regex(/^https?:\/\//, 'expected an http:// or https:// URL')
    .describe('URL of the XML document.'),
  method: z.enum(['GET', 'POST']).default('GET').describe('HTTP method.'),
  body: z.string().optional().describe('Request body for POST.'),
  username: z.string().optional().describe('Basic auth user.'),
  password: z.string().optional().describe('Basic auth password.'),
  interval: duration(100, 'Poll interval, 100ms or more.').default(1000),
  timeout: duration(10, 'Request timeout.').default(2000),
  labels: labels.optional(),
  metrics: z.array(xmlMetricSchema).min(1, 'map at least one value').describe('Values to extract.'),
});

const opcuaNodeSchema = z.strictObject({
  nodeId: z.string().min(1).describe('OPC UA node id, e.g. `ns=1;s=Temperature`.'),
  name: metricName.describe('Metric name.'),
  type: z.enum(['gauge', 'counter']).default('gauge').describe('Metric type.'),
  unit: z.string().optional().describe('OpenMetrics unit; the name must end in `_<unit>`.'),
  help: z.string().optional().describe('Help text.'),
  scale: z.number().default(1).describe('Multiplier applied to the value.'),
  labels: labels.optional(),
});

const opcuaSchema = z.strictObject({
  device: segment.describe("The device's own sensor path segment."),
  endpoint: z
    .string()
    .regex(/^opc\.tcp:\/\//, 'expected opc.tcp://HOST:PORT/PATH')
    .describe('Endpoint URL, e.g. `opc.tcp://plc:4840`.'),
  interval: duration(100, 'Publish interval (values come from monitored items).').default(1000),
  samplingInterval: duration(0, 'Server-side sampling interval of the monitored items.').default(100),
  labels: labels.optional(),
  nodes: z.array(opcuaNodeSchema).min(1, 'monitor at least one node').describe('Monitored items.'),
});

const revpiValueSchema = z.strictObject({
  variable: z.string().min(1).describe('PiCtory variable name, e.g. `InputValue_1`.'),
  name: metricName.describe('Metric name.'),
  type: z.enum(['gauge', 'counter']).default('gauge').describe('Metric type.'),
  unit: z.string().optional().describe('OpenMetrics unit; the name must end in `_<unit>`.'),
  help: z.string().optional().describe('Help text.'),
  signed: z.boolean().default(false).describe('Read 16/32-bit values as signed.'),
  scale: z.number().default(1).describe('Multiplier applied to the value.'),
  labels: labels.optional(),
});

const revpiSchema = z.strictObject({
  device: segment.describe("The device's own sensor path segment."),
  config: z
    .string()
    .default('/etc/revpi/config.rsc')
    .describe('PiCtory configuration (JSON) giving each variable its offset.'),
  image: z.string().default('/dev/piControl0').describe('The process image (device or file).'),
  interval: duration(100, 'Poll interval, 100ms or more.').default(1000),
  labels: labels.optional(),
  values: z.array(revpiValueSchema).min(1, 'read at least one variable').describe('Variables to read.'),
});

export const machineConfigSchema = z
  .strictObject({
    path: sensorPath,
    broker: brokerSchema,
    labels: labels.optional(),
    dataDir: z.string().default('/var/lib/sensorpath-edge').describe('Data directory of the agent.'),
    queue: queueSchema.optional(),
    buses: z
      .array(busSchema)
      .default([])
      .describe('Modbus buses (RTU lines, TCP connections) and their devices.'),
    http: z.array(httpSchema).default([]).describe('HTTP/XML inputs (PLC values as XML documents).'),
    opcua: z.array(opcuaSchema).default([]).describe('OPC UA inputs (monitored items).'),
    revpi: z.array(revpiSchema).default([]).describe('Revolution Pi process image inputs.'),
  })
  .superRefine((c, ctx) => {
    const seen = new Map<string, string>();
    const check = (device: string, where: (string | number)[]) => {
      const prev = seen.get(device);
      if (prev)
        ctx.addIssue({
          code: 'custom',
          path: where,
          message: `device "${device}" is already used at ${prev}; give each device its own name`,
        });
      else seen.set(device, where.join('.'));
    };
    c.buses.forEach((b, i) => {
      b.devices.forEach((d, j) => {
        check(d.device, ['buses', i, 'devices', j, 'device']);
      });
    });
    for (const kind of ['http', 'opcua', 'revpi'] as const)
      c[kind].forEach((d, i) => {
        check(d.device, [kind, i, 'device']);
      });
    if (seen.size === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['buses'],
        message: 'no devices: add a bus with devices (or an http, opcua or revpi input)',
      });
  });

export type MachineConfigInput = z.input<typeof machineConfigSchema>;
type Parsed = z.output<typeof machineConfigSchema>;
export type BusConfig = Parsed['buses'][number];
export type ModbusDeviceConfig = BusConfig['devices'][number];
export type HttpInputConfig = Parsed['http'][number];
export type OpcuaInputConfig = Parsed['opcua'][number];
export type RevpiInputConfig = Parsed['revpi'][number];

/** The resolved machine configuration. */
export interface MachineConfig extends Omit<Parsed, 'queue'> {
  queue: z.output<typeof queueSchema>;
}

/** Validates a parsed document; `source` names it in errors (file name or `config revision N`). */
export function resolveMachineConfig(doc: unknown, source: string): MachineConfig {
  const r = machineConfigSchema.safeParse(doc);
  if (!r.success) {
    throw new ConfigError(
      'CONFIG_INVALID',
      `machine configuration ${source} is invalid:\n${formatZodIssues(r.error.issues, doc)}`,
      {
        context: {
          issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
        },
      },
    );
  }
  const c = r.data;
  const queue = c.queue ?? queueSchema.parse({});
  if (c.broker.passwordFile) {
    try {
      c.broker.password = readFileSync(c.broker.passwordFile, 'utf8').trim();
    } catch {
      throw new ConfigError(
        'CONFIG_INVALID',
        `machine configuration ${source} is invalid:\n  - broker.passwordFile: cannot be read (found: ${JSON.stringify(c.broker.passwordFile)}); give a readable file`,
      );
    }
  }
  return { ...c, queue };
}

/** Reads and validates a YAML machine configuration file. */
export function loadMachineConfig(file: string): MachineConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(
      'CONFIG_INVALID',
      `machine configuration ${file} cannot be read: ${(err as Error).message}`,
    );
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new ConfigError(
      'CONFIG_INVALID',
      `machine configuration ${file} is not valid YAML: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  return resolveMachineConfig(doc, file);
}

/** The sensor path of one device: the agent's path with the last segment replaced. */
export function devicePath(agentPath: string, device: string): string {
  const parts = agentPath.split('/');
  parts[parts.length - 1] = device;
  return parts.join('/');
}

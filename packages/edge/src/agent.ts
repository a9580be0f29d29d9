/**
 * The edge agent: polls its devices at their intervals and publishes one OpenMetrics message per
 * poll to `<sensor path>/metrics`, through the store-and-forward queue. Each device has its own loop
 * on a fixed-rate schedule (a late poll skips missed ticks rather than bunching up); devices sharing
 * a bus share its transport, which puts one request on the wire at a time. A device that stops
 * answering reports `sensorpath_device_up 0` (its series go stale on the server, which marks series
 * missing from a device's message stale) and is polled with exponential backoff up to
 * `maxBackoffMs`, so a dead meter costs its bus one timeout per backoff period instead of one per
 * interval; it never stops the others.
 *
 * Remote configuration: the agent subscribes to its retained `<path>/config`; a pushed
 * `{"revision", "config"}` document is validated by `applyConfig` (given by the caller, which knows
 * the machine-configuration schema) and, when valid, replaces the running devices without a
 * restart. The outcome is reported in the retained `<path>/state` (docs/format/sensor-path.md).
 */
import { formatSensorPath, parseSensorPath, type SensorPath, topicFor } from '@sensorpath/protocol';
import { ModbusDevice } from './device.ts';
import { DeviceError } from './errors.ts';
import { type AgentStats, buildMessage, type DeviceStats } from './message.ts';
import type { ModbusTransport } from './modbus.ts';
import type { DeviceProfile } from './profile.ts';
import { MqttPublisher } from './publisher.ts';
import type { DiskQueue } from './queue.ts';
import type { Source } from './source.ts';

export const AGENT_VERSION = '0.2.0';

/** The one empty label set passed for every poll, so its sorted pairs are cached (buildMessage). */
const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});

export interface Logger {
  info(o: object, msg: string): void;
  warn(o: object, msg: string): void;
  error(o: object, msg: string): void;
}

export interface AgentDeviceConfig {
  /** Sensor path of this device: enterprise/site/area/line/device. */
  path: string;
  intervalMs: number;
  labels: Record<string, string>;
  /** What to poll; when absent a Modbus device is built from profile, transport and unit. */
  source?: Source;
  profile?: DeviceProfile;
  transport?: ModbusTransport;
  unit?: number;
  timeoutMs?: number;
  retries?: number;
  /** Longest pause between polls of a device that does not answer. @default 30000 */
  maxBackoffMs?: number;
}

export interface RemoteConfigResult {
  devices: AgentDeviceConfig[];
}

export interface AgentConfig {
  broker: {
    url: string;
    username?: string;
    password?: string;
    clientId?: string;
    tls?: { ca?: string; cert?: string; key?: string; rejectUnauthorized?: boolean };
  };
  /** The agent's own sensor path (state and config topics); default: the first device's. */
  path?: string;
  devices: AgentDeviceConfig[];
  logger: Logger;
  now?: () => number;
  /** Store-and-forward queue; without it messages are handed straight to mqtt.js. */
  queue?: DiskQueue;
  replayRate?: number;
  /** Revision of the configuration the agent starts with (0 = local file or flags). */
  configRevision?: number;
  /** Validates and builds a pushed configuration; throws a ConfigError when it is invalid. */
  applyConfig?: (config: unknown, revision: number) => Promise<RemoteConfigResult>;
}

export interface DeviceStatus {
  path: string;
  polls: number;
  errors: number;
  up: boolean;
  failures: number;
}

export interface EdgeAgent {
  readonly publisher: MqttPublisher;
  readonly configRevision: number;
  stats(): DeviceStatus[];
  /** Replaces the running devices (used by remote config; exposed for tests and reloads). */
  reconfigure(devices: AgentDeviceConfig[], revision: number): Promise<void>;
  close(): Promise<void>;
}

interface Running {
  cfg: AgentDeviceConfig;
  path: SensorPath;
  topic: string;
  source: Source;
  stats: DeviceStats;
  timer: NodeJS.Timeout | undefined;
  active: Promise<void> | undefined;
  lastError: string;
  failures: number;
  stopped: boolean;
}

function sourceOf(cfg: AgentDeviceConfig, now: () => number): Source {
  if (cfg.source) return cfg.source;
  if (!cfg.profile || !cfg.transport)
    throw new DeviceError(
      'CONFIG_INVALID',
      `device ${cfg.path} has neither a source nor a profile and transport`,
    );
  return new ModbusDevice({
    profile: cfg.profile,
    transport: cfg.transport,
    unit: cfg.unit ?? 1,
    timeoutMs: cfg.timeoutMs ?? 500,
    retries: cfg.retries ?? 0,
    now,
  });
}

export function startEdgeAgent(config: AgentConfig): EdgeAgent {
  const now = config.now ?? Date.now;
  const log = config.logger;
  const first = config.devices[0];
  if (!first && !config.path) throw new Error('the agent needs at least one device');
  const agentPath = parseSensorPath(config.path ?? first!.path);
  const configTopic = topicFor(agentPath, 'config');
  let revision = config.configRevision ?? 0;
  let devices = config.devices;
  const agentStats: AgentStats = { queueDepth: 0, droppedMessages: 0, droppedSamples: 0, inflight: 0 };
  const birth = () => ({
    agent: 'sensorpath-edge',
    version: AGENT_VERSION,
    devices: devices.map((d) => d.path),
    configRevision: revision,
  });
  let applyChain: Promise<void> = Promise.resolve();
  let failedRevision = -1;
  const publisher = new MqttPublisher({
    url: config.broker.url,
    clientId: config.broker.clientId ?? `sensorpath-edge-${formatSensorPath(agentPath).replaceAll('/', '-')}`,
    username: config.broker.username,
    password: config.broker.password,
    tls: config.broker.tls,
    stateTopic: topicFor(agentPath, 'state'),
    birth: birth(),
    logger: log,
    queue: config.queue,
    replayRate: config.replayRate,
    subscribe: config.applyConfig ? [configTopic] : [],
    onMessage: (topic, payload) => {
      if (topic === configTopic && payload.length > 0) {
        applyChain = applyChain.then(() => onRemoteConfig(payload)).catch(() => {});
      }
    },
  });
  let closed = false;
  let running: Running[] = [];

  const onRemoteConfig = async (payload: Buffer) => {
    let doc: { revision?: unknown; config?: unknown };
    try {
      doc = JSON.parse(payload.toString('utf8')) as typeof doc;
    } catch (err) {
      return reportConfigError(-1, `(root): not JSON: ${(err as Error).message}`);
    }
    const rev = doc?.revision;
    if (typeof rev !== 'number' || !Number.isSafeInteger(rev) || rev < 0)
      return reportConfigError(-1, `revision: expected a whole number >= 0 (found: ${JSON.stringify(rev)})`);
    // A retained config is delivered again on every reconnect: apply each revision once.
    if (rev <= revision || rev === failedRevision) return;
    try {
      const built = await config.applyConfig!(doc.config, rev);
      await reconfigure(built.devices, rev);
      log.info({ revision: rev, devices: built.devices.length }, 'applied remote configuration');
    } catch (err) {
      failedRevision = rev;
      reportConfigError(rev, configErrorMessage(err));
    }
  };

  const reportConfigError = (rev: number, message: string) => {
    log.warn({ revision: rev, err: message }, 'remote configuration refused; the old one keeps running');
    publisher.setState({ ...birth(), configError: { revision: rev, message } }, true);
  };

  const pollOnce = async (r: Running) => {
    const res = await r.source.poll();
    r.stats.pollsTotal++;
    r.stats.errorsTotal += res.errors.length;
    r.stats.up = res.errors.length === 0;
    r.stats.pollDurationSeconds = res.durationMs / 1000;
    r.stats.requests = res.requests;
    r.failures = res.samples.length === 0 && res.errors.length > 0 ? r.failures + 1 : 0;
    const msg = res.errors[0]?.message ?? '';
    if (msg && msg !== r.lastError) log.warn({ device: r.cfg.path, code: res.errors[0]?.code }, msg);
    if (!msg && r.lastError) log.info({ device: r.cfg.path }, 'device answers again');
    r.lastError = msg;
    // A poll that completed is published even while the device is being stopped: its data is real.
    if (config.queue) {
      const q = config.queue.stats();
      agentStats.queueDepth = q.depth;
      agentStats.droppedMessages = q.droppedMessages;
      agentStats.droppedSamples = q.droppedSamples;
    }
    agentStats.inflight = publisher.inFlight;
    const payload = buildMessage(
      r.source.metrics,
      res.samples,
      r.cfg.labels,
      r.stats,
      // Self-metrics carry only the context labels, so their series stay the same when the
      // identity (serial) becomes known after a failed first read.
      NO_LABELS,
      now(),
      agentStats,
    );
    try {
      publisher.enqueue(r.topic, payload, res.samples.length);
    } catch (err) {
      log.error({ device: r.cfg.path, err: (err as Error).message }, 'cannot queue the message');
    }
  };

  const start = (cfg: AgentDeviceConfig): Running => {
    const path = parseSensorPath(cfg.path);
    const r: Running = {
      cfg,
      path,
      topic: topicFor(path, 'metrics'),
      source: sourceOf(cfg, now),
      stats: { up: false, pollDurationSeconds: 0, requests: 0, errorsTotal: 0, pollsTotal: 0 },
      timer: undefined,
      active: undefined,
      lastError: '',
      failures: 0,
      stopped: false,
    };
    let phase = now();
    let tick = 0;
    const maxBackoff = cfg.maxBackoffMs ?? 30_000;
    const schedule = () => {
      if (r.stopped) return;
      const t = now();
      if (r.failures >= 2) {
        // Backoff: the pause doubles with each failed poll, up to maxBackoff.
        const delay = Math.min(maxBackoff, cfg.intervalMs * 2 ** Math.min(20, r.failures - 1));
        phase = t + delay;
        tick = 0;
        r.timer = setTimeout(loop, delay);
        return;
      }
      tick++;
      let next = phase + tick * cfg.intervalMs;
      if (next <= t) {
        // Missed ticks are skipped, keeping the phase of the schedule.
        tick += Math.ceil((t - next) / cfg.intervalMs);
        next = phase + tick * cfg.intervalMs;
      }
      r.timer = setTimeout(loop, next - t);
    };
    const loop = () => {
      r.active = pollOnce(r)
        .catch((err: Error) =>
          log.error({ device: r.cfg.path, err: err.message }, 'poll failed unexpectedly'),
        )
        .finally(() => {
          r.active = undefined;
          schedule();
        });
    };
    r.timer = setTimeout(loop, 0);
    return r;
  };

  const stopAll = async (rs: Running[]) => {
    for (const r of rs) {
      r.stopped = true;
      clearTimeout(r.timer);
    }
    await Promise.race([
      Promise.allSettled(rs.map((r) => r.active)),
      new Promise((res) => setTimeout(res, 5000)),
    ]);
    for (const r of rs) await r.source.close().catch(() => {});
    const transports = new Set(rs.map((r) => r.cfg.transport).filter((t) => t !== undefined));
    for (const t of transports) await t.close().catch(() => {});
  };

  const reconfigure = async (next: AgentDeviceConfig[], rev: number) => {
    if (closed) return;
    const old = running;
    running = [];
    await stopAll(old);
    devices = next;
    revision = rev;
    running = next.map(start);
    publisher.setState(birth(), true);
  };

  running = devices.map(start);

  return {
    publisher,
    get configRevision() {
      return revision;
    },
    stats: () =>
      running.map((r) => ({
        path: r.cfg.path,
        polls: r.stats.pollsTotal,
        errors: r.stats.errorsTotal,
        up: r.stats.up,
        failures: r.failures,
      })),
    reconfigure: (next, rev) => {
      const p = applyChain.then(() => reconfigure(next, rev));
      applyChain = p.catch(() => {});
      return p;
    },
    async close() {
      closed = true;
      await applyChain;
      await stopAll(running);
      await publisher.close();
      config.queue?.close();
    },
  };
}

/** `path: reason` of the first problem, as reported in the state document's configError. */
function configErrorMessage(err: unknown): string {
  const e = err as { context?: { issues?: { path: string; message: string }[] }; message?: string };
  const issue = e.context?.issues?.[0];
  if (issue) return `${issue.path || '(root)'}: ${issue.message}`;
  const m = /\n\s+- (.*)/.exec(e.message ?? '');
  return m?.[1] ?? e.message ?? String(err);
}

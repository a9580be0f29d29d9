/**
 * The edge agent: polls its devices at their intervals and publishes one OpenMetrics message per
 * poll to `<sensor path>/metrics`. Each device has its own loop on a fixed-rate schedule (a late
 * poll skips missed ticks rather than bunching up); devices sharing a bus share its transport, which
 * serialises requests. A failing device logs, reports `sensorpath_device_up 0` and keeps trying;
 * it never stops the others.
 */
import { formatSensorPath, parseSensorPath, type SensorPath, topicFor } from '@sensorpath/protocol';
import { ModbusDevice } from './device.ts';
import { buildMessage, type DeviceStats } from './message.ts';
import type { ModbusTransport } from './modbus.ts';
import type { DeviceProfile } from './profile.ts';
import { MqttPublisher } from './publisher.ts';

export const AGENT_VERSION = '0.1.0';

export interface Logger {
  info(o: object, msg: string): void;
  warn(o: object, msg: string): void;
  error(o: object, msg: string): void;
}

export interface AgentDeviceConfig {
  /** Sensor path of this device: enterprise/site/area/line/device. */
  path: string;
  profile: DeviceProfile;
  transport: ModbusTransport;
  unit: number;
  intervalMs: number;
  timeoutMs: number;
  labels: Record<string, string>;
}

export interface AgentConfig {
  broker: { url: string; username?: string; password?: string; clientId?: string };
  devices: AgentDeviceConfig[];
  logger: Logger;
  now?: () => number;
}

export interface EdgeAgent {
  readonly publisher: MqttPublisher;
  stats(): { path: string; polls: number; errors: number; up: boolean }[];
  close(): Promise<void>;
}

interface Running {
  cfg: AgentDeviceConfig;
  path: SensorPath;
  device: ModbusDevice;
  stats: DeviceStats;
  timer: NodeJS.Timeout | undefined;
  lastError: string;
}

export function startEdgeAgent(config: AgentConfig): EdgeAgent {
  const now = config.now ?? Date.now;
  const log = config.logger;
  const first = config.devices[0];
  if (!first) throw new Error('the agent needs at least one device');
  const agentPath = parseSensorPath(first.path);
  const publisher = new MqttPublisher({
    url: config.broker.url,
    clientId: config.broker.clientId ?? `sensorpath-edge-${formatSensorPath(agentPath).replaceAll('/', '-')}`,
    username: config.broker.username,
    password: config.broker.password,
    stateTopic: topicFor(agentPath, 'state'),
    birth: { agent: 'sensorpath-edge', version: AGENT_VERSION, devices: config.devices.map((d) => d.path) },
    logger: log,
  });
  let stopped = false;
  const running: Running[] = config.devices.map((cfg) => ({
    cfg,
    path: parseSensorPath(cfg.path),
    device: new ModbusDevice({
      profile: cfg.profile,
      transport: cfg.transport,
      unit: cfg.unit,
      timeoutMs: cfg.timeoutMs,
      now,
    }),
    stats: { up: false, pollDurationSeconds: 0, requests: 0, errorsTotal: 0, pollsTotal: 0 },
    timer: undefined,
    lastError: '',
  }));
  const inflight = new Set<Promise<unknown>>();

  const pollOnce = async (r: Running) => {
    const res = await r.device.poll();
    r.stats.pollsTotal++;
    r.stats.errorsTotal += res.errors.length;
    r.stats.up = res.errors.length === 0;
    r.stats.pollDurationSeconds = res.durationMs / 1000;
    r.stats.requests = res.requests;
    const msg = res.errors[0]?.message ?? '';
    if (msg && msg !== r.lastError)
      log.warn({ device: r.cfg.path, unit: r.cfg.unit, code: res.errors[0]?.code }, msg);
    if (!msg && r.lastError) log.info({ device: r.cfg.path }, 'device answers again');
    r.lastError = msg;
    const payload = buildMessage(
      r.cfg.profile.metrics,
      res.samples,
      r.cfg.labels,
      r.stats,
      r.device.identityLabels ?? {},
      now(),
    );
    const p = publisher.publish(topicFor(r.path, 'metrics'), payload).catch((err: Error) => {
      log.warn({ device: r.cfg.path, err: err.message }, 'publish failed');
    });
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  };

  for (const r of running) {
    const start = now();
    let tick = 0;
    const schedule = () => {
      if (stopped) return;
      tick++;
      let next = start + tick * r.cfg.intervalMs;
      const t = now();
      if (next <= t) {
        // Missed ticks are skipped, keeping the phase of the schedule.
        tick += Math.ceil((t - next) / r.cfg.intervalMs);
        next = start + tick * r.cfg.intervalMs;
      }
      r.timer = setTimeout(loop, next - t);
    };
    const loop = () => {
      pollOnce(r)
        .catch((err: Error) =>
          log.error({ device: r.cfg.path, err: err.message }, 'poll failed unexpectedly'),
        )
        .finally(schedule);
    };
    r.timer = setTimeout(loop, 0);
  }

  return {
    publisher,
    stats: () =>
      running.map((r) => ({
        path: r.cfg.path,
        polls: r.stats.pollsTotal,
        errors: r.stats.errorsTotal,
        up: r.stats.up,
      })),
    async close() {
      stopped = true;
      for (const r of running) clearTimeout(r.timer);
      await Promise.race([Promise.allSettled([...inflight]), new Promise((r) => setTimeout(r, 2000))]);
      await publisher.close();
      const transports = new Set(running.map((r) => r.cfg.transport));
      for (const t of transports) await t.close();
    },
  };
}

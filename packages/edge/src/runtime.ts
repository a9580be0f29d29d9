/**
 * From a resolved machine configuration to running parts: `planMachine` loads every profile and
 * computes every device's sensor path without touching a device (what `--dry-run` prints and what a
 * remote config is checked with), naming the config path of anything that fails; `buildDevices`
 * then opens nothing yet but creates one transport per bus (shared by the bus's devices, so one
 * request is on the wire at a time) and one source per device, ready for the agent.
 */
import { join } from 'node:path';
import type { AgentDeviceConfig, Logger } from './agent.ts';
import { devicePath, type MachineConfig, resolveMachineConfig } from './config.ts';
import { ConfigError } from './errors.ts';
import { HttpXmlSource } from './inputs/http-xml.ts';
import { OpcuaSource } from './inputs/opcua.ts';
import { RevpiSource, readPictoryConfig } from './inputs/revpi.ts';
import { compileXPath } from './inputs/xpath.ts';
import { ModbusRtuTransport, ModbusTcpTransport, type ModbusTransport } from './modbus.ts';
import { type DeviceProfile, loadProfile } from './profile.ts';

export interface PlannedDevice {
  path: string;
  kind: 'modbus' | 'http-xml' | 'opcua' | 'revpi';
  where: string;
  intervalMs: number;
  profile?: DeviceProfile;
  requestsPerPoll?: number;
}

export interface MachinePlan {
  config: MachineConfig;
  devices: PlannedDevice[];
  profiles: Map<string, DeviceProfile>;
}

function fail(source: string, path: string, value: unknown, message: string): never {
  throw new ConfigError(
    'CONFIG_INVALID',
    `machine configuration ${source} is invalid:\n  - ${path}: ${message} (found: ${JSON.stringify(value)})`,
    { context: { issues: [{ path, message }] } },
  );
}

/** Checks everything that can be checked without touching devices. */
export function planMachine(config: MachineConfig, source: string): MachinePlan {
  const profiles = new Map<string, DeviceProfile>();
  const devices: PlannedDevice[] = [];
  config.buses.forEach((bus, i) => {
    bus.devices.forEach((d, j) => {
      let profile = profiles.get(d.profile);
      if (!profile) {
        try {
          profile = loadProfile(d.profile);
        } catch (err) {
          fail(source, `buses.${i}.devices.${j}.profile`, d.profile, (err as Error).message);
        }
        profiles.set(d.profile, profile);
      }
      if (bus.rtu && d.unit === 0)
        fail(
          source,
          `buses.${i}.devices.${j}.unit`,
          d.unit,
          'unit 0 is broadcast on a serial line; use 1-247',
        );
      devices.push({
        path: devicePath(config.path, d.device),
        kind: 'modbus',
        where: bus.rtu
          ? `modbus-rtu ${bus.rtu.port} ${bus.rtu.baud} unit ${d.unit}`
          : `modbus-tcp ${bus.tcp!.host}:${bus.tcp!.port} unit ${d.unit}`,
        intervalMs: d.interval,
        profile,
      });
    });
  });
  const unitCheck = (kind: string, i: number, j: number, m: { name: string; unit?: string | undefined }) => {
    if (m.unit && !m.name.endsWith(`_${m.unit}`))
      fail(
        source,
        `${kind}.${i}.${kind === 'http' ? 'metrics' : kind === 'opcua' ? 'nodes' : 'values'}.${j}.name`,
        m.name,
        `with unit "${m.unit}" the name must end in "_${m.unit}"`,
      );
  };
  config.http.forEach((h, i) => {
    h.metrics.forEach((m, j) => {
      unitCheck('http', i, j, m);
      const check = (field: string, expr: string, relative: boolean) => {
        try {
          compileXPath(expr, relative);
        } catch (err) {
          fail(source, `http.${i}.metrics.${j}.${field}`, expr, (err as Error).message);
        }
      };
      if (m.each) check('each', m.each, false);
      check('path', m.path, !!m.each);
      for (const [k, v] of Object.entries(m.labelsFrom ?? {})) check(`labelsFrom.${k}`, v, true);
      if (m.labelsFrom && !m.each)
        fail(
          source,
          `http.${i}.metrics.${j}.labelsFrom`,
          m.labelsFrom,
          'labelsFrom needs each: give the elements to iterate',
        );
    });
  });
  config.opcua.forEach((o, i) => {
    o.nodes.forEach((m, j) => {
      unitCheck('opcua', i, j, m);
    });
  });
  config.revpi.forEach((r, i) => {
    r.values.forEach((m, j) => {
      unitCheck('revpi', i, j, m);
    });
  });
  for (const h of config.http)
    devices.push({
      path: devicePath(config.path, h.device),
      kind: 'http-xml',
      where: h.url,
      intervalMs: h.interval,
    });
  for (const o of config.opcua)
    devices.push({
      path: devicePath(config.path, o.device),
      kind: 'opcua',
      where: o.endpoint,
      intervalMs: o.interval,
    });
  for (const r of config.revpi)
    devices.push({
      path: devicePath(config.path, r.device),
      kind: 'revpi',
      where: r.image,
      intervalMs: r.interval,
    });
  return { config, devices, profiles };
}

/** Validates a pushed configuration object the same way a file is validated. */
export function checkRemoteConfig(doc: unknown, revision: number): MachinePlan {
  const source = `revision ${revision}`;
  return planMachine(resolveMachineConfig(doc, source), source);
}

export function queueDir(config: MachineConfig, override?: string): string {
  return override ?? config.queue.dir ?? join(config.dataDir, 'queue');
}

/** Builds transports and sources (nothing is opened until the first poll). */
export function buildDevices(plan: MachinePlan, logger: Logger): AgentDeviceConfig[] {
  const c = plan.config;
  const out: AgentDeviceConfig[] = [];
  for (const bus of c.buses) {
    const transport: ModbusTransport = bus.rtu
      ? new ModbusRtuTransport({
          path: bus.rtu.port,
          baudRate: bus.rtu.baud,
          parity: bus.rtu.parity,
          stopBits: bus.rtu.stopBits,
          dataBits: bus.rtu.dataBits,
        })
      : new ModbusTcpTransport({ host: bus.tcp!.host, port: bus.tcp!.port });
    for (const d of bus.devices) {
      out.push({
        path: devicePath(c.path, d.device),
        profile: plan.profiles.get(d.profile)!,
        transport,
        unit: d.unit,
        intervalMs: d.interval,
        timeoutMs: d.timeout ?? bus.timeout,
        retries: bus.retries,
        maxBackoffMs: bus.maxBackoff,
        labels: { ...c.labels, ...d.labels },
      });
    }
  }
  for (const h of c.http)
    out.push({
      path: devicePath(c.path, h.device),
      intervalMs: h.interval,
      labels: { ...c.labels, ...h.labels },
      source: new HttpXmlSource(h),
    });
  for (const o of c.opcua)
    out.push({
      path: devicePath(c.path, o.device),
      intervalMs: o.interval,
      labels: { ...c.labels, ...o.labels },
      source: new OpcuaSource(o, logger, join(c.dataDir, 'opcua-pki')),
    });
  for (const r of c.revpi)
    out.push({
      path: devicePath(c.path, r.device),
      intervalMs: r.interval,
      labels: { ...c.labels, ...r.labels },
      source: new RevpiSource(r, readPictoryConfig),
    });
  return out;
}

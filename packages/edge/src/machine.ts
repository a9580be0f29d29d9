/**
 * The full agent from a machine configuration: opens the store-and-forward queue (`--queue-dir`,
 * else `queue.dir`, else `<dataDir>/queue`), builds the buses and devices, starts the agent on the
 * configured sensor path and lets it accept remote configurations pushed on `<path>/config`, which
 * are validated exactly like the file. Broker, queue and sensor-path changes in a pushed config are
 * refused with a message: they need a restart, the devices, buses, intervals and labels do not.
 */
import { type AgentDeviceConfig, type EdgeAgent, type Logger, startEdgeAgent } from './agent.ts';
import type { MachineConfig } from './config.ts';
import { ConfigError } from './errors.ts';
import { DiskQueue } from './queue.ts';
import { buildDevices, checkRemoteConfig, planMachine, queueDir } from './runtime.ts';

export interface MachineAgentOptions {
  logger: Logger;
  /** Overrides the queue directory of the configuration. */
  queueDir?: string;
  /** Names the configuration in messages (the file). */
  source?: string;
  now?: () => number;
}

export interface MachineAgent extends EdgeAgent {
  readonly queue: DiskQueue;
  readonly devices: readonly AgentDeviceConfig[];
}

export function startMachineAgent(config: MachineConfig, opts: MachineAgentOptions): MachineAgent {
  const plan = planMachine(config, opts.source ?? 'file');
  const queue = new DiskQueue({
    dir: queueDir(config, opts.queueDir),
    maxBytes: config.queue.maxBytes,
    segmentBytes: config.queue.segmentBytes,
    fsync: config.queue.fsync,
  });
  let devices = buildDevices(plan, opts.logger);
  const agent = startEdgeAgent({
    broker: config.broker,
    path: config.path,
    devices,
    logger: opts.logger,
    now: opts.now,
    queue,
    replayRate: config.queue.replayRate,
    configRevision: 0,
    applyConfig: async (doc, revision) => {
      const next = checkRemoteConfig(doc, revision).config;
      for (const [field, same] of [
        ['path', next.path === config.path],
        ['broker', JSON.stringify(next.broker) === JSON.stringify(config.broker)],
        ['queue', JSON.stringify(next.queue) === JSON.stringify(config.queue)],
      ] as const) {
        if (!same)
          throw new ConfigError(
            'CONFIG_INVALID',
            `revision ${revision}: ${field} differs from the running agent's; changing it needs a restart with a new file`,
            {
              context: {
                issues: [{ path: field, message: 'cannot change without a restart; keep the running value' }],
              },
            },
          );
      }
      devices = buildDevices(planMachine(next, `revision ${revision}`), opts.logger);
      return { devices };
    },
  });
  return Object.assign(agent, {
    queue,
    get devices() {
      return devices;
    },
  }) as MachineAgent;
}

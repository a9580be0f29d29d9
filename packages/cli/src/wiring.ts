/**
 * Which implementations the commands plug into the server: the embedded TSDB as each tenant's
 * storage (in `<data>/tenants/<tenant>`), the PromQL engine behind the Prometheus API, and the
 * rules subsystem (alerting and recording rules, notifications, events, stream processors). Kept in
 * one place so `server` and `demo` run the same system.
 */

import { mkdirSync } from 'node:fs';
import type { RulesSystem } from '@sensorpath/rules';
import {
  createRemoteQueryApi,
  openRemoteStorage,
  type RemoteStorageOptions,
  type RemoteWriter,
  remoteWriteMetrics,
  type ServerOptions,
} from '@sensorpath/server';
import { createPromApi } from '@sensorpath/server/promapi';
import { openTSDB, type TSDBOptions } from '@sensorpath/tsdb';
import type { Logger } from 'pino';

export function serverWiring(
  logger: Logger,
  /** Remote storage mode (`--remote-write`, `--remote-query`, `--remote-dialect`; docs/scale-out.md). */
  remote?: RemoteStorageOptions,
  /** Options of every tenant's embedded TSDB (`--tsdb.chunk-cache-samples`). */
  tsdb: Pick<TSDBOptions, 'chunkCacheSamples'> = {},
): Pick<ServerOptions, 'openStorage' | 'promApi' | 'selfMetrics'> {
  const local = (tenant: string, dir: string) =>
    openTSDB(dir, { ...tsdb, logger: (message) => logger.warn({ tenant }, message) });
  const writers = new Map<string, RemoteWriter>();
  return {
    selfMetrics: remote ? () => remoteWriteMetrics(writers) : undefined,
    openStorage: remote
      ? async (tenant, dir) => {
          // The directory marks the tenant as known, so it is opened (and queryable) after a restart.
          mkdirSync(dir, { recursive: true });
          return openRemoteStorage(
            tenant,
            { ...remote, logger: logger.child({ component: 'remote-write' }) },
            () => local(tenant, dir),
            writers,
          );
        }
      : local,
    // With --remote-query the remote store's own Prometheus API answers queries, tenant enforced.
    promApi: remote?.queryUrl
      ? ({ queryable, tenants, scope, allTenants }) =>
          createRemoteQueryApi({
            dialect: remote.dialect,
            queryUrl: remote.queryUrl!,
            accounts: remote.accounts,
            tenants,
            scope,
            allTenants: allTenants ?? (() => []),
            local: createPromApi({ queryable }),
          })
      : ({ queryable }) => createPromApi({ queryable }),
  };
}

export interface RulesFlags {
  dataDir: string;
  ruleFiles: readonly string[];
  processorFiles: readonly string[];
  alertmanagers: readonly string[];
  webhooks: readonly string[];
  /** Receives the subsystem once the server has built it (for SIGHUP reloads). */
  onReady?: (system: RulesSystem) => void;
}

/** The rules subsystem over the server's tenant stores; rule files apply to every tenant. */
export function rulesWiring(flags: RulesFlags): Pick<ServerOptions, 'rules'> {
  return {
    rules: async ({ stores, logger }) => {
      // Loaded here, not at the top: commands that never start a server (demo's edge side, check
      // metrics) do not pay for the rules package's start-up.
      const { RulesSystem } = await import('@sensorpath/rules');
      const system = await RulesSystem.open(
        {
          dataDir: flags.dataDir,
          ruleFiles: flags.ruleFiles,
          processorFiles: flags.processorFiles,
          alertmanagers: flags.alertmanagers,
          webhooks: flags.webhooks,
          logger: logger.child({ component: 'rules' }),
        },
        {
          queryable: (tenant) => stores.queryable([tenant]),
          appendable: (tenant) => stores.get(tenant),
          tenants: () => stores.tenants(),
        },
      );
      flags.onReady?.(system);
      return system;
    },
  };
}

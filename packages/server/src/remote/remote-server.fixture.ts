/**
 * Test fixture: a server wired as `sensorpath server --remote-write … --remote-query …
 * --remote-dialect …` wires it (packages/cli/src/wiring.ts): each tenant's storage is the remote
 * store behind its durable queue, queries are proxied with the tenant enforced. Used in process by
 * the peer tests (`remoteServer`), and run as a process of its own
 * (`node --import tsx remote-server.fixture.ts DATA DIALECT WRITE_URL QUERY_URL`, printing one JSON
 * line `{"http":…,"mqtt":…}` once ready) so a test can kill it with SIGKILL.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import { createPromApi } from '../promapi/index.ts';
import { type ServerHandle, type ServerOptions, startServer } from '../server.ts';
import { isRemoteDialect } from './dialect.ts';
import { createRemoteQueryApi } from './proxy.ts';
import { openRemoteStorage, type RemoteStorageOptions } from './storage.ts';
import { type RemoteWriter, remoteWriteMetrics } from './write.ts';

export async function remoteServer(
  dataDir: string,
  remote: Omit<RemoteStorageOptions, 'queueRoot'>,
  extra: Partial<ServerOptions> = {},
): Promise<{ srv: ServerHandle; writers: Map<string, RemoteWriter> }> {
  const writers = new Map<string, RemoteWriter>();
  const opts: RemoteStorageOptions = {
    ...remote,
    queueRoot: join(dataDir, 'remote-write'),
    send: { minBackoffMs: 50, maxBackoffMs: 1000, timeoutMs: 2000 },
  };
  const queryUrl = opts.queryUrl;
  if (!queryUrl) throw new Error('remoteServer needs a query URL');
  const srv = await startServer({
    dataDir,
    http: { host: '127.0.0.1', port: 0 },
    mqtt: { host: '127.0.0.1', port: 0 },
    logger: pino({ level: 'silent' }),
    openStorage: async (tenant, dir) => {
      // As the CLI wiring does: the directory marks the tenant as known, so it opens at the next start.
      mkdirSync(dir, { recursive: true });
      return openRemoteStorage(tenant, opts, () => Promise.reject(new Error('no local store')), writers);
    },
    promApi: ({ queryable, tenants, scope, allTenants }) =>
      createRemoteQueryApi({
        dialect: opts.dialect,
        queryUrl,
        tenants,
        scope,
        allTenants: allTenants ?? (() => []),
        local: createPromApi({ queryable }),
      }),
    selfMetrics: () => remoteWriteMetrics(writers),
    ...extra,
  });
  return { srv, writers };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dataDir, dialect, writeUrl, queryUrl] = process.argv.slice(2);
  if (!dataDir || !dialect || !isRemoteDialect(dialect) || !writeUrl || !queryUrl)
    throw new Error('usage: remote-server.fixture.ts DATA DIALECT WRITE_URL QUERY_URL');
  const { srv } = await remoteServer(dataDir, { dialect, writeUrl, queryUrl });
  process.stdout.write(`${JSON.stringify({ http: srv.httpPort, mqtt: srv.mqttPort })}\n`);
  process.once('SIGTERM', () => void srv.close().then(() => process.exit(0)));
}

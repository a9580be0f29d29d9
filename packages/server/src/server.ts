/**
 * `sensorpath server`: composes the pieces of the central side. Storage per tenant (the embedded
 * store under `--data`), the ingestor, the embedded MQTT broker and the HTTP API. Each piece gets its
 * dependencies here and owns nothing else; closing the server closes them in reverse order.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { isIP } from 'node:net';
import { MemoryStorage, type Storage } from '@sensorpath/storage';
import type { Logger } from 'pino';
import { type BrokerHandle, startBroker } from './broker.ts';
import { type ApiHandler, type HttpHandle, startHttp } from './http.ts';
import { Ingestor } from './ingest.ts';
import { TenantStores } from './tenants.ts';

export interface ServerOptions {
  dataDir: string;
  http: { host: string; port: number };
  mqtt: { host: string; port: number };
  logger: Logger;
  /** Opens the storage of one tenant; defaults to in-memory. */
  openStorage?: (tenant: string, dir: string) => Promise<Storage>;
  /** Mounts the PromQL API on /api/v1/*. */
  promApi?: (deps: { queryable: ReturnType<TenantStores['queryable']> }) => ApiHandler;
}

export interface ServerHandle {
  readonly httpPort: number;
  readonly mqttPort: number;
  readonly stores: TenantStores;
  readonly ingestor: Ingestor;
  close(): Promise<void>;
}

export class ServerConfigError extends Error {
  readonly code = 'SERVER_CONFIG';
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

export async function startServer(opts: ServerOptions): Promise<ServerHandle> {
  const log = opts.logger;
  // Open mode: no users are configured yet, so only loopback binds are allowed.
  for (const [what, hp] of [
    ['--http', opts.http],
    ['--mqtt', opts.mqtt],
  ] as const) {
    if (!isLoopback(hp.host)) {
      throw new ServerConfigError(
        `${what} ${hp.host}:${hp.port}: without configured users sensorpath runs unauthenticated and binds to loopback only; ` +
          `use ${what} 127.0.0.1:${hp.port}, or create users first (sensorpath user create)`,
      );
    }
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const openStorage = opts.openStorage ?? (async () => new MemoryStorage());
  const stores = new TenantStores((tenant) => openStorage(tenant, `${opts.dataDir}/tenants/${tenant}`));
  // Tenants already on disk (earlier runs, a backfill) are opened now, so their history is
  // queryable before the first new sample of that tenant arrives.
  for (const t of existingTenants(opts.dataDir)) await stores.get(t);
  const ingestor = new Ingestor(stores);
  let ready = false;
  let broker: BrokerHandle | undefined;
  let http: HttpHandle | undefined;
  try {
    const queryable = stores.queryable();
    http = await startHttp({
      host: opts.http.host,
      port: opts.http.port,
      logger: log,
      queryable,
      ready: () => ready,
      selfMetrics: () => selfMetrics(ingestor, stores),
      promApi: opts.promApi?.({ queryable }),
    });
    broker = await startBroker({ host: opts.mqtt.host, port: opts.mqtt.port, ingestor, logger: log });
  } catch (err) {
    await http?.close();
    await stores.close();
    throw err;
  }
  ready = true;
  log.warn(
    { http: `${opts.http.host}:${http.port}`, mqtt: `${opts.mqtt.host}:${broker.port}` },
    'open mode: no users configured, anonymous clients accepted on loopback only',
  );
  const b = broker;
  const h = http;
  return {
    httpPort: h.port,
    mqttPort: b.port,
    stores,
    ingestor,
    async close() {
      ready = false;
      await b.close();
      await h.close();
      await stores.close();
    },
  };
}

/** Tenant directories under `<data>/tenants/` with a valid tenant name. */
function existingTenants(dataDir: string): string[] {
  try {
    return readdirSync(`${dataDir}/tenants`, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

function selfMetrics(ing: Ingestor, stores: TenantStores): string {
  const s = ing.stats;
  return [
    '# HELP sensorpath_ingest_messages_total MQTT/HTTP metric messages received.',
    '# TYPE sensorpath_ingest_messages_total counter',
    `sensorpath_ingest_messages_total ${s.messages}`,
    '# HELP sensorpath_ingest_samples_total Samples stored.',
    '# TYPE sensorpath_ingest_samples_total counter',
    `sensorpath_ingest_samples_total ${s.samples}`,
    '# HELP sensorpath_ingest_bad_payloads_total Messages refused as malformed.',
    '# TYPE sensorpath_ingest_bad_payloads_total counter',
    `sensorpath_ingest_bad_payloads_total ${s.badPayloads}`,
    '# HELP sensorpath_ingest_rejected_samples_total Samples refused by storage.',
    '# TYPE sensorpath_ingest_rejected_samples_total counter',
    `sensorpath_ingest_rejected_samples_total ${s.rejectedSamples}`,
    '# HELP sensorpath_tenants Tenants with open storage.',
    '# TYPE sensorpath_tenants gauge',
    `sensorpath_tenants ${stores.tenants().length}`,
    '',
  ].join('\n');
}

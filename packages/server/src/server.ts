/**
 * `sensorpath server`: composes the pieces of the central side. Storage per tenant (the embedded
 * store under `--data`), users and limits (`<data>/auth.db`), the ingestor, the embedded MQTT
 * broker, the fleet registry (`<data>/fleet.db`) and the HTTP API with its receivers, admin API and
 * the tenant-scoped Prometheus API. Each piece gets its dependencies here and owns nothing else;
 * closing the server closes them in reverse order.
 *
 * Security mode is decided by the data: with no active user and no OIDC provider the server runs
 * in open mode (single operator, anonymous, loopback binds only, said loudly at start); as soon as
 * a user exists, every MQTT connection and HTTP API call must authenticate (checked per request, so
 * a user created while the server runs ends open mode at once).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import {
  Authenticator,
  authDbPath,
  checkAdmin,
  checkQuery,
  DEFAULT_LIMITS,
  JwtVerifier,
  type LimitsConfig,
  type OidcOptions,
  scopeLabels,
  TenantLimiter,
  tenantsFor,
  UserStore,
} from '@sensorpath/auth';
import { MemoryStorage, type Storage } from '@sensorpath/storage';
import type { Logger } from 'pino';
import { Access } from './access.ts';
import { createAdminRoutes } from './admin.ts';
import { type BrokerHandle, startBroker } from './broker.ts';
import { type DynsecHandle, dynsecMetrics, startDynsec } from './dynsec.ts';
import {
  type ExternalBrokerHandle,
  type ExternalBrokerOptions,
  externalBrokerMetrics,
  startExternalBroker,
} from './external-broker.ts';
import { FleetControl } from './fleet/control.ts';
import { FleetRegistry, fleetDbPath } from './fleet/registry.ts';
import { aedesTransport, mqttFleetTransport } from './fleet/transport.ts';
import { type ApiHandler, type HttpHandle, startHttp } from './http.ts';
import { type IngestObserver, Ingestor } from './ingest.ts';
import { createQueryRoutes, type PromApiFactory } from './query.ts';
import { createPushRoute } from './receive/push.ts';
import { createRemoteWriteRoute } from './receive/remote-write.ts';
import { TenantStores } from './tenants.ts';
import { createUi } from './ui.ts';

/**
 * A subsystem plugged into the server (the rules subsystem: alerting, events, stream processing,
 * @sensorpath/rules). It serves its own HTTP paths for the tenants the caller may see (undefined:
 * all), sees every committed sample batch and every `<path>/events` publish.
 */
export interface ServerPlugin {
  /** True for the HTTP paths the plugin serves. */
  owns(pathname: string): boolean;
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    tenants: readonly string[] | undefined,
    /** Label equalities of the caller's sensor-path scope (`acme/berlin/#`: site=berlin). */
    scope?: readonly (readonly [string, string])[],
  ): Promise<boolean>;
  onSamples: IngestObserver;
  onEvents(topic: string, payload: Uint8Array): void;
  /** Its self-monitoring in Prometheus text format, appended to `/metrics`. */
  selfMetrics?(): string;
  close(): Promise<void>;
}

export type ServerPluginFactory = (deps: { stores: TenantStores; logger: Logger }) => Promise<ServerPlugin>;

export interface ServerOptions {
  dataDir: string;
  http: { host: string; port: number };
  mqtt: { host: string; port: number };
  logger: Logger;
  /** Opens the storage of one tenant; defaults to in-memory. */
  openStorage?: (tenant: string, dir: string) => Promise<Storage>;
  /** The rules subsystem (`--rules`, `--events`, `--alertmanager`); none when omitted. */
  rules?: ServerPluginFactory | undefined;
  /**
   * Builds the Prometheus API (`/api/v1/*`) over a Queryable. Called once per tenant and scope
   * with that tenant's (scope-narrowed) Queryable, and the handler cached; defaults to query-lite.
   */
  promApi?: PromApiFactory;
  /** Certificate and key files (PEM): HTTP becomes HTTPS and MQTT becomes MQTT over TLS. */
  tls?: { cert: string; key: string } | undefined;
  /** Accept JWTs of an OpenID Connect provider (as Bearer token, or as MQTT password). */
  oidc?: OidcOptions | undefined;
  /** Default per-tenant limits (overrides per tenant live in auth.db). */
  limits?: Partial<LimitsConfig> | undefined;
  /** How often the fleet control plane looks for new configurations (ms). @default 1000 */
  fleetPollMs?: number;
  /** More self-monitoring in Prometheus text format for `/metrics` (remote storage mode). */
  selfMetrics?: (() => string) | undefined;
  /**
   * Also receive `…/metrics` through an external MQTT 5 broker with a shared subscription and a
   * persistent session (docs/scale-out.md).
   */
  externalBroker?: Omit<ExternalBrokerOptions, 'ingestor' | 'logger' | 'onDeviceMessage'> | undefined;
  /**
   * The external broker's dynamic security admin (Mosquitto): users, their roles and ACLs are
   * kept in step with auth.db there, and the receiver's own client is provisioned (dynsec.ts).
   */
  brokerAdmin?: { username: string; password: string } | undefined;
  /**
   * Listen with the embedded broker on `mqtt`. Without it (external broker mode) the fleet control
   * plane reads agent states and publishes configurations through the external broker.
   * @default true
   */
  embeddedBroker?: boolean;
}

export interface ServerHandle {
  readonly httpPort: number;
  readonly mqttPort: number;
  readonly stores: TenantStores;
  readonly ingestor: Ingestor;
  readonly access: Access;
  readonly users: UserStore;
  readonly limiter: TenantLimiter;
  readonly fleet: FleetControl;
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
  mkdirSync(opts.dataDir, { recursive: true });
  const users = new UserStore(authDbPath(opts.dataDir));
  const jwt = opts.oidc ? new JwtVerifier(opts.oidc) : undefined;
  const access = new Access(new Authenticator({ users, jwt }), log);
  const openMode = access.open;
  if (openMode) {
    // Open mode: no users are configured yet, so only loopback binds are allowed.
    for (const [what, hp] of [
      ['--http', opts.http],
      ['--mqtt', opts.mqtt],
    ] as const) {
      if (!isLoopback(hp.host)) {
        users.close();
        throw new ServerConfigError(
          `${what} ${hp.host}:${hp.port}: without configured users sensorpath runs unauthenticated and binds to loopback only; ` +
            `use ${what} 127.0.0.1:${hp.port}, or create users first (sensorpath user create)`,
        );
      }
    }
  }
  const limiter = new TenantLimiter({ ...DEFAULT_LIMITS, ...opts.limits }, (t) => users.limits(t));
  const openStorage = opts.openStorage ?? (async () => new MemoryStorage());
  const stores = new TenantStores((tenant) => openStorage(tenant, `${opts.dataDir}/tenants/${tenant}`));
  const registry = new FleetRegistry(fleetDbPath(opts.dataDir));
  // Tenants already on disk (earlier runs, a backfill) are opened now, so their history is
  // queryable before the first new sample of that tenant arrives.
  for (const t of existingTenants(opts.dataDir)) await stores.get(t);
  const ingestor = new Ingestor(stores, Date.now, limiter);
  let rules: ServerPlugin | undefined;
  try {
    rules = await opts.rules?.({ stores, logger: log });
  } catch (err) {
    await stores.close();
    registry.close();
    users.close();
    throw err;
  }
  const plugin = rules;
  let fleet: FleetControl | undefined;
  const ui = createUi({ access, fleet: () => fleet });
  ingestor.observer = ui.observer(plugin?.onSamples);
  let ready = false;
  let broker: BrokerHandle | undefined;
  let external: ExternalBrokerHandle | undefined;
  let dynsec: DynsecHandle | undefined;
  let http: HttpHandle | undefined;
  try {
    if (opts.brokerAdmin && !opts.externalBroker)
      throw new ServerConfigError(
        'a broker admin (--broker-admin-user) needs an external broker (--broker URL)',
      );
    broker = await (opts.embeddedBroker === false ? unlistenedBroker() : startBroker)({
      host: opts.mqtt.host,
      port: opts.mqtt.port,
      ingestor,
      logger: log,
      access,
      limiter,
      tls: opts.tls,
      onDeviceMessage: (topic, ok) => fleet?.seen(topic, ok),
      onEvents: plugin && ((topic, payload) => plugin.onEvents(topic, payload)),
    });
    if (opts.externalBroker && opts.brokerAdmin)
      dynsec = await startDynsec({
        brokerUrl: opts.externalBroker.url,
        admin: opts.brokerAdmin,
        receiverClientId: opts.externalBroker.clientId,
        group: opts.externalBroker.group ?? 'sensorpath',
        users,
        logger: log,
      });
    // Agents talk to the external broker when the embedded one does not listen: the fleet plane
    // follows them there (fleet/transport.ts); with both, it stays on the embedded broker.
    fleet = new FleetControl(
      registry,
      opts.externalBroker && opts.embeddedBroker === false
        ? await mqttFleetTransport({
            url: opts.externalBroker.url,
            receiverClientId: opts.externalBroker.clientId,
            username: opts.externalBroker.username,
            password: opts.externalBroker.password,
            ...dynsec?.receiver,
            logger: log,
            reconnectMs: opts.externalBroker.retryMs,
          })
        : aedesTransport(broker.aedes),
      log,
      opts.fleetPollMs,
    );
    await fleet.start();
    if (opts.externalBroker) {
      const f = fleet;
      external = await startExternalBroker({
        ...opts.externalBroker,
        ...dynsec?.receiver,
        ingestor,
        logger: log,
        onDeviceMessage: (topic, ok) => f.seen(topic, ok),
      });
    }
    const b = broker;
    const f = fleet;
    http = await startHttp({
      host: opts.http.host,
      port: opts.http.port,
      logger: log,
      tls: opts.tls,
      ready: () => ready,
      selfMetrics: () =>
        selfMetrics(ingestor, stores, access, limiter, f) +
        ui.selfMetrics() +
        (plugin?.selfMetrics?.() ?? '') +
        (external ? externalBrokerMetrics(external) : '') +
        (dynsec ? dynsecMetrics(dynsec.accounts) : '') +
        (opts.selfMetrics?.() ?? ''),
      routes: [
        ui.route,
        createAdminRoutes({
          access,
          users,
          fleet: f,
          disconnectUser: (u) => b.disconnectUser(u),
          accounts: dynsec?.accounts,
        }),
        createPushRoute({ access, ingestor, limiter, onDeviceMessage: (t, ok) => f.seen(t, ok) }),
        createRemoteWriteRoute({ access, ingestor, limiter }),
        ...(plugin ? [pluginRoute(access, plugin)] : []),
        createQueryRoutes({ access, stores, promApi: opts.promApi }),
      ],
    });
  } catch (err) {
    await external?.close();
    await dynsec?.close();
    ui.close();
    await fleet?.closeTransport();
    await broker?.close();
    await http?.close();
    await rules?.close();
    await stores.close();
    registry.close();
    users.close();
    throw err;
  }
  ready = true;
  const where = {
    http: `${opts.http.host}:${http.port}`,
    mqtt: `${opts.mqtt.host}:${broker.port}`,
    tls: !!opts.tls,
  };
  if (openMode)
    log.warn(where, 'open mode: no users configured, anonymous clients accepted on loopback only');
  else
    log.info(
      { ...where, users: users.activeCount(), oidc: opts.oidc?.issuer },
      'authentication required: MQTT and HTTP clients must present a token',
    );
  const b = broker;
  const h = http;
  const f = fleet;
  return {
    httpPort: h.port,
    mqttPort: b.port,
    stores,
    ingestor,
    access,
    users,
    limiter,
    fleet: f,
    async close() {
      ready = false;
      await external?.close();
      await dynsec?.close();
      await b.close();
      await h.close();
      ui.close();
      await f.closeTransport();
      await plugin?.close();
      await stores.close();
      registry.close();
      users.close();
    },
  };
}

/** The embedded broker's handle without a listener (external broker mode; nothing connects to it). */
function unlistenedBroker(): (o: { logger: Logger }) => Promise<BrokerHandle> {
  return async () => {
    const { Aedes } = await import('aedes');
    const aedes = await Aedes.createBroker();
    const { createServer } = await import('node:net');
    return {
      aedes,
      server: createServer(),
      port: 0,
      disconnectUser: () => 0,
      close: () => new Promise<void>((ok) => aedes.close(() => ok())),
    };
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

function selfMetrics(
  ing: Ingestor,
  stores: TenantStores,
  access: Access,
  limiter: TenantLimiter,
  fleet: FleetControl,
): string {
  const s = ing.stats;
  const lines = [
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
    '# HELP sensorpath_auth_open_mode 1 while no users exist and clients are accepted anonymously (loopback only).',
    '# TYPE sensorpath_auth_open_mode gauge',
    `sensorpath_auth_open_mode ${access.open ? 1 : 0}`,
    '# HELP sensorpath_auth_refusals_total Requests, connections, publishes and subscriptions refused, by channel and reason.',
    '# TYPE sensorpath_auth_refusals_total counter',
  ];
  for (const r of access.refusals.values())
    lines.push(`sensorpath_auth_refusals_total{channel="${r.channel}",reason="${r.reason}"} ${r.count}`);
  lines.push(
    '# HELP sensorpath_limit_refusals_total Messages or series refused by a tenant limit.',
    '# TYPE sensorpath_limit_refusals_total counter',
  );
  for (const r of limiter.refusals.values())
    lines.push(`sensorpath_limit_refusals_total{tenant="${r.tenant}",limit="${r.limit}"} ${r.count}`);
  lines.push(
    '# HELP sensorpath_tenant_active_series Series with samples within the active window, per tenant.',
    '# TYPE sensorpath_tenant_active_series gauge',
  );
  for (const t of limiter.knownTenants())
    lines.push(`sensorpath_tenant_active_series{tenant="${t}"} ${limiter.activeSeries(t)}`);
  lines.push(
    '# HELP sensorpath_fleet_configs_published_total Machine configurations published to agents.',
    '# TYPE sensorpath_fleet_configs_published_total counter',
    `sensorpath_fleet_configs_published_total ${fleet.published}`,
    '',
  );
  return lines.join('\n');
}

/** Mounts a plugin's paths behind the same authentication and tenant choice as the query API. */
function pluginRoute(access: Access, plugin: ServerPlugin): ApiHandler {
  return async (req, res, url) => {
    if (!plugin.owns(url.pathname)) return false;
    const p = await access.http(req);
    const header = req.headers['x-scope-orgid'];
    const requested =
      (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('tenant') ?? undefined;
    // Reads need a reader; changes (rule files, reload) an admin.
    if (req.method === 'GET' || req.method === 'HEAD') checkQuery(p);
    else checkAdmin(p);
    return plugin.handle(req, res, url, tenantsFor(p, requested), scopeLabels(p.scope));
  };
}

/**
 * `sensorpath server`: runs the central server (embedded broker, storage, HTTP API) until SIGINT or
 * SIGTERM.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { RulesSystem } from '@sensorpath/rules';
import {
  isRemoteDialect,
  REMOTE_DIALECTS,
  type RemoteStorageOptions,
  receiverClientId,
  type ServerOptions,
  startServer,
} from '@sensorpath/server';
import { hostPort, intArg, UsageError } from '../args.ts';
import { makeLogger } from '../logger.ts';
import { waitForSignal } from '../signals.ts';
import { rulesWiring, serverWiring } from '../wiring.ts';
import { brokerAdminFlags, brokerAdminHelp, brokerAdminOptions } from './server-broker-admin.ts';

export const help = `Usage: sensorpath server [options]

Runs the sensorpath server: an embedded MQTT broker receiving OpenMetrics from edge agents on
<enterprise>/<site>/<area>/<line>/<device>/metrics, the embedded time-series store, and the
Prometheus-compatible HTTP API (point Grafana or promtool at --http).

Options:
  --data DIR          data directory (default: ./data)
  --http HOST:PORT    HTTP API address (default: 127.0.0.1:9090)
  --mqtt HOST:PORT    embedded MQTT broker address (default: 127.0.0.1:1883; with --broker, the
                      embedded broker runs only when --mqtt is given)
  --log-level LEVEL   debug, info, warn or error (default: info)
  -h, --help          show this help

Storage:
  --tsdb.chunk-cache-samples N  decoded chunks kept in memory for queries, per tenant, in samples
                                of 16 bytes; repeated and fine-step queries skip decoding (default:
                                4194304 = 64 MiB; 0 turns the cache off)

Security (see docs/tenancy.md):
  --tls-cert FILE               PEM certificate: HTTP becomes HTTPS, MQTT becomes MQTT over TLS
  --tls-key FILE                PEM private key for --tls-cert
  --oidc-issuer URL             accept JWTs of this OpenID Connect issuer (Keycloak realm, Gluu)
  --oidc-jwks-url URL           its key set (default: discovered from the issuer)
  --oidc-audience AUD           required audience (default: not checked)
  --oidc-tenant-claim NAME      claim holding the tenant (default: tenant)
  --oidc-scope-claim NAME       claim holding the sensor-path scope (default: sensorpath_scope)
  --oidc-role-claim NAME        claim holding the role(s) (default: sensorpath_role)
  --limit-series N              active series per tenant (default: 0, unlimited)
  --limit-samples-per-second N  samples per second per tenant (default: 0, unlimited)
  --limit-payload-bytes N       largest message or request body (default: 4194304)

Scale-out (see docs/scale-out.md):
  --broker URL                  receive through an external MQTT 5 broker (mqtt://[USER:PASS@]HOST:PORT)
                                with a shared subscription and a persistent session; a QoS 1
                                message is acknowledged after its samples are committed
  --client-id ID                session client id (default: generated once, kept in <data>/mqtt-client-id)
  --share-group NAME            shared subscription group; receivers in one group split the load
                                (default: sensorpath)
  --session-expiry SECONDS      how long the broker keeps the session while away (default: 86400)
  --max-in-flight N             messages ingested at once (their commits share one sync); also the
                                MQTT 5 Receive Maximum sent to the broker (default: 64; 1 = one at a time)
${brokerAdminHelp}  --remote-write URL            also send every committed sample with Prometheus remote_write
                                (e.g. http://victoriametrics:8428/api/v1/write; the vminsert base
                                for victoriametrics-cluster); a message is acknowledged once its
                                samples are in the durable queue <data>/remote-write/<tenant>/
  --remote-query URL            answer queries by proxying them to this store's Prometheus API
                                (VictoriaMetrics http://vm:8428, Prometheus http://prom:9090, Mimir
                                http://mimir/prometheus, the vmselect base for victoriametrics-cluster);
                                needs --remote-write; the tenant is enforced on every query
  --remote-dialect NAME         how the tenant travels: prometheus or victoriametrics (one shared
                                store, enterprise="<tenant>" added to every selector), mimir
                                (X-Scope-OrgID), victoriametrics-cluster (/insert|select/<accountID>/)
                                (default: prometheus)
  --remote-account TENANT=ID    VictoriaMetrics cluster account ID of a tenant (repeatable; default:
                                the tenant name when it is a number)
  --remote-queue-max-bytes N    bound of each tenant's queue; beyond it the oldest segments are
                                dropped and counted (default: 536870912)
  --remote-queue-fsync POLICY   commit (fsync before a message is acknowledged) or none (page
                                cache only: survives a process crash, not a power loss) (default: commit)

Alerting and events (see docs/rules.md):
  --rules FILE                  Prometheus rule file, evaluated for every tenant (repeatable;
                                reloaded on SIGHUP; a refused file names file, line and reason)
  --events FILE                 stream processor file (YAML: threshold, change, rate, absence,
                                sequence), evaluated on each arriving sample (repeatable)
  --alertmanager URL            send alerts to this Alertmanager (API v2; repeatable)
  --webhook URL                 POST alert batches as JSON to this URL (repeatable)

Without configured users the server runs in open mode: anonymous, loopback addresses only. Once a
user exists (sensorpath user create), every MQTT client and HTTP API call must authenticate and
any address may be bound.

Example:
  sensorpath server --data /var/lib/sensorpath --http 127.0.0.1:9090 --mqtt 127.0.0.1:1883
  curl '127.0.0.1:9090/api/v1/query?query=meter_voltage_volts'
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: './data' },
      http: { type: 'string', default: '127.0.0.1:9090' },
      mqtt: { type: 'string' },
      broker: { type: 'string' },
      'client-id': { type: 'string' },
      'share-group': { type: 'string' },
      'session-expiry': { type: 'string' },
      'max-in-flight': { type: 'string' },
      ...brokerAdminFlags,
      'remote-write': { type: 'string' },
      'remote-query': { type: 'string' },
      'remote-tenant': { type: 'string' },
      'remote-dialect': { type: 'string' },
      'remote-account': { type: 'string', multiple: true },
      'remote-queue-max-bytes': { type: 'string' },
      'remote-queue-fsync': { type: 'string' },
      'log-level': { type: 'string', default: 'info' },
      'tsdb.chunk-cache-samples': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'oidc-issuer': { type: 'string' },
      'oidc-jwks-url': { type: 'string' },
      'oidc-audience': { type: 'string' },
      'oidc-tenant-claim': { type: 'string' },
      'oidc-scope-claim': { type: 'string' },
      'oidc-role-claim': { type: 'string' },
      'limit-series': { type: 'string' },
      'limit-samples-per-second': { type: 'string' },
      'limit-payload-bytes': { type: 'string' },
      rules: { type: 'string', multiple: true },
      events: { type: 'string', multiple: true },
      alertmanager: { type: 'string', multiple: true },
      webhook: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const logger = makeLogger(values['log-level'], 'server');
  let rules: RulesSystem | undefined;
  const srv = await startServer({
    dataDir: values.data,
    http: hostPort('--http', values.http),
    mqtt: hostPort('--mqtt', values.mqtt ?? '127.0.0.1:1883'),
    logger,
    ...brokerOptions(values),
    ...brokerAdminOptions(values),
    ...securityOptions(values),
    ...serverWiring(logger, remoteOptions(values), tsdbOptions(values)),
    ...rulesWiring({
      dataDir: values.data,
      ruleFiles: values.rules ?? [],
      processorFiles: values.events ?? [],
      alertmanagers: values.alertmanager ?? [],
      webhooks: values.webhook ?? [],
      onReady: (s) => {
        rules = s;
      },
    }),
  });
  // SIGHUP re-reads --rules and --events; a refused file is logged and the loaded rules keep running.
  const reload = () => {
    rules?.reload().then(
      () => logger.info({}, 'rules reloaded'),
      (err: Error) => logger.error({ err: err.message }, 'rules reload refused; previous rules keep running'),
    );
  };
  process.on('SIGHUP', reload);
  logger.info({ http: srv.httpPort, mqtt: srv.mqttPort, data: values.data }, 'sensorpath server ready');
  await waitForSignal();
  process.off('SIGHUP', reload);
  logger.info({}, 'shutting down');
  await srv.close();
  return 0;
}

/** `--tsdb.*` flags to the options of each tenant's embedded TSDB. */
export function tsdbOptions(v: Partial<Record<string, string | string[] | boolean | undefined>>): {
  chunkCacheSamples?: number;
} {
  const cache = v['tsdb.chunk-cache-samples'];
  if (typeof cache !== 'string') return {};
  return { chunkCacheSamples: intArg('--tsdb.chunk-cache-samples', cache, 0, 2 ** 40) };
}

/** External broker flags to server options; the embedded broker stays off unless --mqtt is given. */
export function brokerOptions(
  v: Partial<Record<string, string | string[] | boolean | undefined>>,
): Pick<ServerOptions, 'externalBroker' | 'embeddedBroker'> {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const url = str('broker');
  if (url === undefined) {
    for (const k of ['client-id', 'share-group', 'session-expiry', 'max-in-flight'])
      if (str(k) !== undefined) throw new UsageError(`--${k} needs --broker mqtt://HOST:PORT`);
    return {};
  }
  const expiry = str('session-expiry');
  const inFlight = str('max-in-flight');
  return {
    embeddedBroker: str('mqtt') !== undefined,
    externalBroker: {
      url,
      clientId: str('client-id') ?? receiverClientId(str('data') ?? './data'),
      group: str('share-group'),
      sessionExpirySeconds:
        expiry === undefined ? undefined : intArg('--session-expiry', expiry, 0, 0xffffffff),
      ...(inFlight === undefined ? {} : { maxInFlight: intArg('--max-in-flight', inFlight, 1, 65_535) }),
    },
  };
}

/**
 * Remote storage flags; --remote-query alone fails (writes would stay local and reads go remote).
 * `--remote-tenant label|header` is the older spelling of `--remote-dialect prometheus|mimir`.
 */
export function remoteOptions(
  v: Partial<Record<string, string | string[] | boolean | undefined>>,
): RemoteStorageOptions | undefined {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const write = str('remote-write');
  const query = str('remote-query');
  const legacy = str('remote-tenant');
  const accounts = Array.isArray(v['remote-account']) ? (v['remote-account'] as string[]) : [];
  const given = ['remote-tenant', 'remote-dialect', 'remote-queue-max-bytes', 'remote-queue-fsync'].filter(
    (k) => str(k) !== undefined,
  );
  if (accounts.length) given.push('remote-account');
  if (!write) {
    if (query) throw new UsageError('--remote-query needs --remote-write URL (the same store)');
    if (given.length) throw new UsageError(`--${given[0]} needs --remote-write URL`);
    return undefined;
  }
  if (legacy !== undefined && legacy !== 'label' && legacy !== 'header')
    throw new UsageError(`--remote-tenant ${legacy}: use label or header (or --remote-dialect)`);
  if (legacy !== undefined && str('remote-dialect') !== undefined)
    throw new UsageError('--remote-tenant and --remote-dialect: give only --remote-dialect');
  const dialect = str('remote-dialect') ?? (legacy === 'header' ? 'mimir' : 'prometheus');
  if (!isRemoteDialect(dialect))
    throw new UsageError(`--remote-dialect ${dialect}: use one of ${REMOTE_DIALECTS.join(', ')}`);
  for (const [flag, u] of [
    ['--remote-write', write],
    ['--remote-query', query],
  ] as const) {
    if (u !== undefined && !/^https?:\/\/[^/]/.test(u))
      throw new UsageError(`${flag} ${u}: use an http:// or https:// URL`);
  }
  const byTenant: Record<string, string> = {};
  for (const a of accounts) {
    const m = /^([^=]+)=(\d{1,10}(?::\d{1,10})?)$/.exec(a);
    if (!m) throw new UsageError(`--remote-account ${a}: use TENANT=ACCOUNTID or TENANT=ACCOUNTID:PROJECTID`);
    byTenant[m[1]!] = m[2]!;
  }
  if (accounts.length && dialect !== 'victoriametrics-cluster')
    throw new UsageError('--remote-account needs --remote-dialect victoriametrics-cluster');
  const fsync = str('remote-queue-fsync') ?? 'commit';
  if (fsync !== 'commit' && fsync !== 'none')
    throw new UsageError(`--remote-queue-fsync ${fsync}: use commit or none`);
  const max = str('remote-queue-max-bytes');
  return {
    dialect,
    writeUrl: write,
    queryUrl: query,
    accounts: accounts.length ? byTenant : undefined,
    queueRoot: join(str('data') ?? './data', 'remote-write'),
    maxQueueBytes: max === undefined ? undefined : intArg('--remote-queue-max-bytes', max, 65536, 2 ** 50),
    fsync,
  };
}

/** TLS, OIDC and limit flags to server options; a half-given pair fails naming the missing flag. */
export function securityOptions(
  v: Partial<Record<string, string | string[] | boolean | undefined>>,
): Pick<ServerOptions, 'tls' | 'oidc' | 'limits'> {
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const out: Pick<ServerOptions, 'tls' | 'oidc' | 'limits'> = {};
  const cert = str('tls-cert');
  const key = str('tls-key');
  if ((cert === undefined) !== (key === undefined))
    throw new UsageError(
      `${cert ? '--tls-key' : '--tls-cert'} is missing: TLS needs both --tls-cert and --tls-key`,
    );
  if (cert && key) out.tls = { cert, key };
  const issuer = str('oidc-issuer');
  if (issuer)
    out.oidc = {
      issuer,
      jwksUrl: str('oidc-jwks-url'),
      audience: str('oidc-audience'),
      tenantClaim: str('oidc-tenant-claim'),
      scopeClaim: str('oidc-scope-claim'),
      roleClaim: str('oidc-role-claim'),
    };
  else if (str('oidc-jwks-url')) throw new UsageError('--oidc-jwks-url needs --oidc-issuer');
  const limits: NonNullable<ServerOptions['limits']> = {};
  const series = str('limit-series');
  const rate = str('limit-samples-per-second');
  const payload = str('limit-payload-bytes');
  if (series !== undefined) limits.maxSeries = intArg('--limit-series', series, 0, 1e9);
  if (rate !== undefined) limits.maxSamplesPerSecond = intArg('--limit-samples-per-second', rate, 0, 1e9);
  if (payload !== undefined) limits.maxPayloadBytes = intArg('--limit-payload-bytes', payload, 0, 1 << 30);
  out.limits = limits;
  return out;
}

/**
 * External broker mode: the server receives `…/metrics` through any MQTT 5 broker (Mosquitto, EMQX)
 * instead of, or beside, its embedded one. It joins a shared subscription
 * (`$share/<group>/+/+/+/+/+/metrics`), so several receivers split the messages between them, and
 * keeps a persistent session (clean start false, a session expiry) under a client id that stays the
 * same across restarts, so messages that arrive while a receiver is down wait in the broker for it.
 *
 * Acknowledgement contract: a QoS 1 PUBLISH is acknowledged only after the `Ingestor` has committed
 * its samples. A malformed payload or topic is acknowledged with a failure reason code (resending
 * it would never succeed); a storage failure or a rate-limit refusal is not acknowledged and the
 * connection is cycled, so the broker delivers the message again. Redelivery is safe because the
 * stores treat an exact duplicate sample (same series, timestamp and value) as a no-op; payloads
 * without timestamps take the arrival time and so are only at-least-once. Tenancy comes from the
 * topic here: the broker must bind each device's credentials to its sensor path. With Mosquitto the
 * server does that itself through the dynamic security plugin (dynsec.ts, `--broker-admin-user`).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthError } from '@sensorpath/auth';
import { connect, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { IngestError, type Ingestor } from './ingest.ts';

export interface ExternalBrokerOptions {
  /** `mqtt://host:port` or `mqtts://host:port`. */
  url: string;
  /** Stable across restarts and unique per receiver; see `receiverClientId`. */
  clientId: string;
  /** Shared subscription group: receivers in one group split the load. @default "sensorpath" */
  group?: string;
  /** How long the broker keeps the session (and queues messages) while the receiver is away. @default 86400 */
  sessionExpirySeconds?: number;
  username?: string | undefined;
  password?: string | undefined;
  ingestor: Ingestor;
  logger: Logger;
  /** Called after a device message was handled (last-seen and error counts). */
  onDeviceMessage?: ((topic: string, ok: boolean) => void) | undefined;
  /** Wait before reconnecting after a refused commit (ms). @default 1000 */
  retryMs?: number;
}

export interface ExternalBrokerHandle {
  readonly clientId: string;
  readonly stats: { received: number; acked: number; refused: number; retried: number };
  connected(): boolean;
  close(): Promise<void>;
}

export class ExternalBrokerError extends Error {
  constructor(
    readonly code:
      | 'EXTERNAL_BROKER_URL'
      | 'EXTERNAL_BROKER_CONNECT'
      | 'EXTERNAL_BROKER_SUBSCRIBE'
      | 'EXTERNAL_BROKER_IN_USE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExternalBrokerError';
  }
}

/** MQTT 5 reason codes used in PUBACK. */
const PUBACK_SUCCESS = 0;
const PUBACK_TOPIC_NAME_INVALID = 0x90;
const PUBACK_PAYLOAD_FORMAT_INVALID = 0x99;
const PUBACK_QUOTA_EXCEEDED = 0x97;

/**
 * The receiver's client id, kept in `<dataDir>/mqtt-client-id` (created on first use): the same
 * data directory gives the same session after a restart, and two machines (or containers) with
 * the same data path still get different ids, so they never take over each other's session.
 */
export function receiverClientId(dataDir: string): string {
  claimDataDir(dataDir);
  const file = join(dataDir, 'mqtt-client-id');
  try {
    const id = readFileSync(file, 'utf8').trim();
    if (id) return id;
  } catch {
    // First start on this directory.
  }
  mkdirSync(dataDir, { recursive: true });
  const id = `sensorpath-${randomBytes(8).toString('hex')}`;
  writeFileSync(file, `${id}\n`, { flag: 'wx' });
  return id;
}

/**
 * Two receivers on one data directory would share a client id and take the session from each
 * other in turn. `<dataDir>/receiver.pid` names the live process using it; a pid that is gone (a
 * killed receiver) is taken over.
 */
function claimDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'receiver.pid');
  let pid = 0;
  try {
    pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
  } catch {
    // No receiver has used this directory yet.
  }
  if (pid > 0 && pid !== process.pid && alive(pid))
    throw new ExternalBrokerError(
      'EXTERNAL_BROKER_IN_USE',
      `data directory ${dataDir} is in use by the receiver with pid ${pid}; give each receiver its own --data (or --client-id)`,
    );
  writeFileSync(file, `${process.pid}\n`);
  process.once('exit', () => {
    try {
      if (Number.parseInt(readFileSync(file, 'utf8'), 10) === process.pid) rmSync(file);
    } catch {
      // Already gone.
    }
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The receiver's self-monitoring in Prometheus text format. */
export function externalBrokerMetrics(h: ExternalBrokerHandle): string {
  const s = h.stats;
  return [
    '# HELP sensorpath_external_broker_messages_total QoS 1 messages from the external broker, by outcome (acked after commit, refused with a reason code, left unacknowledged for redelivery).',
    '# TYPE sensorpath_external_broker_messages_total counter',
    `sensorpath_external_broker_messages_total{outcome="acked"} ${s.acked}`,
    `sensorpath_external_broker_messages_total{outcome="refused"} ${s.refused}`,
    `sensorpath_external_broker_messages_total{outcome="unacknowledged"} ${s.received - s.acked - s.refused}`,
    '# HELP sensorpath_external_broker_reconnects_total Connections cycled so the broker redelivers unacknowledged messages.',
    '# TYPE sensorpath_external_broker_reconnects_total counter',
    `sensorpath_external_broker_reconnects_total ${s.retried}`,
    '# HELP sensorpath_external_broker_connected 1 while connected to the external broker.',
    '# TYPE sensorpath_external_broker_connected gauge',
    `sensorpath_external_broker_connected ${h.connected() ? 1 : 0}`,
    '',
  ].join('\n');
}

export function sharedMetricsFilter(group: string): string {
  return `$share/${group}/+/+/+/+/+/metrics`;
}

export async function startExternalBroker(opts: ExternalBrokerOptions): Promise<ExternalBrokerHandle> {
  const log = opts.logger.child({ component: 'external-broker', clientId: opts.clientId });
  let url: URL;
  try {
    url = new URL(opts.url);
  } catch (err) {
    throw new ExternalBrokerError(
      'EXTERNAL_BROKER_URL',
      `--broker ${opts.url}: not a URL; use mqtt://HOST:PORT`,
      {
        cause: err,
      },
    );
  }
  if (!['mqtt:', 'mqtts:', 'tcp:', 'ssl:'].includes(url.protocol))
    throw new ExternalBrokerError(
      'EXTERNAL_BROKER_URL',
      `--broker ${opts.url}: unsupported scheme ${url.protocol}; use mqtt://HOST:PORT or mqtts://HOST:PORT`,
    );
  const group = opts.group ?? 'sensorpath';
  if (!/^[^/+#]+$/.test(group))
    throw new ExternalBrokerError('EXTERNAL_BROKER_URL', `share group ${group}: must not contain / + or #`);
  const filter = sharedMetricsFilter(group);
  const retryMs = opts.retryMs ?? 1000;
  const stats = { received: 0, acked: 0, refused: 0, retried: 0 };
  let closing = false;
  let cycling = false;

  // A refused commit leaves the message unacknowledged; the broker resends unacknowledged messages
  // of a persistent session only on a new connection, so the connection is cycled after a pause.
  const cycle = (client: MqttClient) => {
    if (cycling || closing) return;
    cycling = true;
    stats.retried++;
    setTimeout(() => {
      cycling = false;
      if (!closing) client.reconnect();
    }, retryMs).unref();
  };

  const handle = async (topic: string, payload: Buffer): Promise<number | Error> => {
    stats.received++;
    try {
      const r = await opts.ingestor.ingestTopic(topic, payload);
      if (r.rejected > 0)
        log.warn({ topic, rejected: r.rejected, errors: r.errors }, 'some samples were refused');
      opts.onDeviceMessage?.(topic, true);
      stats.acked++;
      return PUBACK_SUCCESS;
    } catch (err) {
      opts.onDeviceMessage?.(topic, false);
      if (err instanceof AuthError && err.code !== 'LIMIT_RATE') {
        log.warn({ topic, code: err.code }, err.message);
        stats.refused++;
        return PUBACK_QUOTA_EXCEEDED;
      }
      if (err instanceof IngestError && err.code !== 'INGEST_STORAGE') {
        log.warn({ topic, code: err.code }, err.message);
        stats.refused++;
        return err.code === 'INGEST_BAD_TOPIC' ? PUBACK_TOPIC_NAME_INVALID : PUBACK_PAYLOAD_FORMAT_INVALID;
      }
      log.error(
        { topic, err: (err as Error).message },
        'could not store message; not acknowledged, will be redelivered',
      );
      return err as Error;
    }
  };

  const client = connect(opts.url, {
    protocolVersion: 5,
    clientId: opts.clientId,
    clean: false,
    properties: { sessionExpiryInterval: opts.sessionExpirySeconds ?? 86_400 },
    username: opts.username,
    password: opts.password,
    reconnectPeriod: retryMs,
    connectTimeout: 10_000,
    // Subscriptions live in the persistent session; renewing them on reconnect is harmless.
    resubscribe: true,
    customHandleAcks: (topic, message, _packet, done) => {
      handle(topic, message).then((r) => {
        if (typeof r === 'number') return done(r);
        cycle(client);
        // No PUBACK: mqtt.js reports the error and leaves the message to the broker.
        done(r);
      });
    },
  });
  // QoS 0 messages bypass customHandleAcks; nothing to acknowledge, they are stored best-effort.
  client.on('message', (topic, payload, packet) => {
    if (packet.qos === 0) void handle(topic, payload);
  });
  client.on('error', (err) => {
    if (!closing) log.warn({ err: err.message }, 'external broker');
  });
  client.on('reconnect', () => log.debug({}, 'reconnecting to external broker'));
  client.on('connect', (ack) =>
    log.info({ url: opts.url, sessionPresent: ack.sessionPresent, filter }, 'connected to external broker'),
  );

  try {
    await new Promise<void>((ok, fail) => {
      const t = setTimeout(
        () =>
          fail(
            new ExternalBrokerError(
              'EXTERNAL_BROKER_CONNECT',
              `--broker ${opts.url}: no CONNACK within 10 s; is the broker running and reachable?`,
            ),
          ),
        10_000,
      );
      client.once('connect', () => {
        clearTimeout(t);
        ok();
      });
    });
    await new Promise<void>((ok, fail) => {
      client.subscribe(filter, { qos: 1 }, (err, granted) => {
        const code = granted?.[0]?.qos;
        if (err || code === undefined || code > 2)
          return fail(
            new ExternalBrokerError(
              'EXTERNAL_BROKER_SUBSCRIBE',
              `--broker ${opts.url}: subscription ${filter} refused (${err?.message ?? `reason ${code}`}); the broker must support MQTT 5 shared subscriptions and allow this client to read …/metrics`,
              { cause: err },
            ),
          );
        ok();
      });
    });
  } catch (err) {
    closing = true;
    await client.endAsync(true);
    throw err;
  }

  return {
    clientId: opts.clientId,
    stats,
    connected: () => client.connected,
    async close() {
      closing = true;
      // Not forced: an in-flight commit finishes and is acknowledged before the connection ends.
      await client.endAsync(false);
    },
  };
}

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
 *
 * Concurrency (group commit): up to `maxInFlight` messages (and `maxInFlightBytes` of payload) are
 * ingested at once, so their commits arrive together and share one sync in the stores (the TSDB
 * WAL and the remote_write queue both coalesce concurrent fdatasyncs). The broker is told the same
 * limit as MQTT 5 Receive Maximum; beyond it the receiver stops reading the connection. Messages of
 * one topic are ingested one after the other in arrival order (a topic is one device's stream, so
 * its samples and staleness markers keep their order); different topics run side by side. PUBACKs
 * go out in the order the PUBLISHes arrived (MQTT 5 §4.6) and only on the connection that carried
 * the message: after a reconnect the broker redelivers whatever was not acknowledged. Once a commit
 * is refused, the connection's messages not yet started are left unacknowledged too.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthError } from '@sensorpath/auth';
import { claimPidFile } from '@sensorpath/storage';
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
  /** QoS 1 messages being ingested at once, at most; also sent as MQTT 5 Receive Maximum. @default 64 */
  maxInFlight?: number;
  /** Their payload bytes, at most (a larger message is still taken alone). @default 16 MiB */
  maxInFlightBytes?: number;
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
      | 'EXTERNAL_BROKER_IN_USE'
      | 'EXTERNAL_BROKER_LIMIT',
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
  const pid = claimPidFile(file);
  if (pid !== 0)
    throw new ExternalBrokerError(
      'EXTERNAL_BROKER_IN_USE',
      `data directory ${dataDir} is in use by the receiver with pid ${pid}; give each receiver its own --data (or --client-id)`,
    );
  process.once('exit', () => {
    try {
      if (Number.parseInt(readFileSync(file, 'utf8'), 10) === process.pid) rmSync(file);
    } catch {
      // Already gone.
    }
  });
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
  const maxInFlight = opts.maxInFlight ?? 64;
  const maxInFlightBytes = opts.maxInFlightBytes ?? 16 << 20;
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1 || maxInFlight > 65_535)
    throw new ExternalBrokerError(
      'EXTERNAL_BROKER_LIMIT',
      `maxInFlight ${maxInFlight}: must be an integer from 1 to 65535 (MQTT 5 Receive Maximum)`,
    );
  if (!Number.isFinite(maxInFlightBytes) || maxInFlightBytes < 1)
    throw new ExternalBrokerError(
      'EXTERNAL_BROKER_LIMIT',
      `maxInFlightBytes ${maxInFlightBytes}: must be a positive number of bytes`,
    );
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

  // Connection generation: a PUBACK is sent only on the connection that carried the message (a
  // packet id acknowledged on a later connection could belong to another message by then).
  let gen = 0;
  let failedGen = -1;
  let inflight = 0;
  let inflightBytes = 0;
  /** The reader's continuation while the in-flight limits are reached (one at most: it stalls). */
  let blocked: { bytes: number; go: () => void } | undefined;
  /** Taken messages in arrival order; a PUBACK leaves only when every earlier one has its answer. */
  const acks: { messageId: number; gen: number; code: number | null | undefined }[] = [];
  const lastOfTopic = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();
  const topicOf = new WeakMap<object, string>();

  const room = (bytes: number) =>
    inflight < maxInFlight && (inflight === 0 || inflightBytes + bytes <= maxInFlightBytes);

  const flushAcks = () => {
    while (acks.length > 0 && acks[0]!.code !== undefined) {
      const a = acks.shift()!;
      if (a.code === null || a.code === undefined || a.gen !== gen || !client.connected) continue;
      sendPuback(client, a.messageId, a.code);
    }
  };

  const take = (topic: string, payload: Buffer, messageId: number, g: number) => {
    const bytes = payload.length;
    inflight++;
    inflightBytes += bytes;
    const ack: (typeof acks)[number] = { messageId, gen: g, code: undefined };
    acks.push(ack);
    const prev = lastOfTopic.get(topic);
    const run = (async () => {
      if (prev) await prev;
      if (closing || g !== gen || failedGen === g) {
        ack.code = null;
        return;
      }
      const r = await handle(topic, payload);
      if (typeof r === 'number') ack.code = r;
      else {
        ack.code = null;
        failedGen = g;
        cycle(client);
      }
    })();
    const done = run.finally(() => {
      if (lastOfTopic.get(topic) === done) lastOfTopic.delete(topic);
      pending.delete(done);
      inflight--;
      inflightBytes -= bytes;
      flushAcks();
      if (blocked && room(blocked.bytes)) {
        const b = blocked;
        blocked = undefined;
        b.go();
      }
    });
    lastOfTopic.set(topic, done);
    pending.add(done);
  };

  const client = connect(opts.url, {
    protocolVersion: 5,
    clientId: opts.clientId,
    clean: false,
    properties: { sessionExpiryInterval: opts.sessionExpirySeconds ?? 86_400, receiveMaximum: maxInFlight },
    username: opts.username,
    password: opts.password,
    reconnectPeriod: retryMs,
    connectTimeout: 10_000,
    // Subscriptions live in the persistent session; renewing them on reconnect is harmless.
    resubscribe: true,
    // The topic as resolved by mqtt.js (topic aliases); the message is taken in handleMessage.
    customHandleAcks: (topic, _message, packet, done) => {
      topicOf.set(packet, topic);
      done(0);
    },
  });
  // mqtt.js reads packets one at a time and sends the PUBACK when this callback succeeds. For QoS 1
  // the message is taken and the callback answered with an error, which makes mqtt.js go on to the
  // next packet without a PUBACK; the receiver sends it itself after the commit (flushAcks).
  client.handleMessage = (packet, callback) => {
    if (packet.qos !== 1 || packet.messageId === undefined) return callback();
    const topic = topicOf.get(packet) ?? String(packet.topic);
    const payload = Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload);
    const messageId = packet.messageId;
    const g = gen;
    const go = () => {
      if (g === gen && !closing) take(topic, payload, messageId, g);
      callback(DEFERRED);
    };
    if (room(payload.length)) go();
    else blocked = { bytes: payload.length, go };
  };
  client.on('close', () => {
    gen++;
    // A reader stalled on the limits belongs to the closed connection: let it end (nothing taken).
    const b = blocked;
    blocked = undefined;
    b?.go();
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
      // Not forced: in-flight commits finish and are acknowledged before the connection ends.
      const b = blocked;
      blocked = undefined;
      b?.go();
      while (pending.size > 0) await Promise.allSettled([...pending]);
      await client.endAsync(false);
    },
  };
}

/** Answers mqtt.js' handleMessage so it reads on without sending the PUBACK itself. */
const DEFERRED = new Error('PUBACK deferred until the commit (external broker receiver)');

/**
 * Sends a PUBACK on the current connection. mqtt.js has no public call for an acknowledgement sent
 * later than its own handler; `_sendPacket` is what its handlers use (mqtt 5.x).
 */
function sendPuback(client: MqttClient, messageId: number, reasonCode: number): void {
  (
    client as unknown as {
      _sendPacket(packet: { cmd: 'puback'; messageId: number; reasonCode: number }, cb: () => void): void;
    }
  )._sendPacket({ cmd: 'puback', messageId, reasonCode }, () => {});
}

/**
 * How the fleet control plane reaches the agents: it reads their retained `<path>/state` documents
 * and publishes their configurations retained, QoS 1, on `<path>/config`. Two implementations:
 *
 * - `aedesTransport`: the embedded broker, as an internal subscriber (no credentials, no socket).
 * - `mqttFleetTransport`: a client of the external broker (external broker mode). It has its own
 *   connection, beside the receiver's, under the client id `<receiver id>-fleet` (stable, derived
 *   from the data directory like the receiver's) with the receiver's credentials, and a clean
 *   session: nothing needs to wait in the broker for it, because the state topics are retained and
 *   resubscribing on every (re)connection brings each agent's current state. The subscription is
 *   NOT shared: every receiver sees every agent's state, so `device list` is right on each of them.
 *
 * Who publishes a configuration: the receiver whose registry (`<data>/fleet.db`) holds it, i.e. the
 * one whose admin API or data directory was given the push. Each receiver has its own data
 * directory, so a revision is published by that one receiver only. It publishes again at start and
 * after each reconnection (the broker may have restarted without persistence); that repeat is
 * harmless, because it is the same retained document with the same revision, and the agent ignores
 * a revision it already runs.
 */
import type { Aedes } from 'aedes';
import { connect, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';

export const STATE_FILTER = '+/+/+/+/+/state';

export interface FleetTransport {
  /** Subscribes (non-shared) to `+/+/+/+/+/state`; resolves once the subscription is in place. */
  subscribeState(onState: (topic: string, payload: Buffer) => void): Promise<void>;
  /** Publishes retained with QoS 1; resolves when the broker has it (PUBACK). */
  publishConfig(topic: string, payload: Buffer): Promise<void>;
  /** Called after a reconnection (not the first connection): retained configs may be gone. */
  onReconnect?(fn: () => void): void;
  close?(): Promise<void>;
}

export class FleetTransportError extends Error {
  constructor(
    readonly code: 'FLEET_BROKER_CONNECT' | 'FLEET_BROKER_SUBSCRIBE' | 'FLEET_BROKER_PUBLISH',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FleetTransportError';
  }
}

/** The embedded broker: an internal subscriber and publisher on the Aedes instance. */
export function aedesTransport(aedes: Aedes): FleetTransport {
  return {
    subscribeState: (onState) =>
      new Promise<void>((resolve) =>
        aedes.subscribe(
          STATE_FILTER,
          (packet, cb) => {
            onState(packet.topic, Buffer.from(packet.payload as Buffer));
            cb();
          },
          resolve,
        ),
      ),
    publishConfig: (topic, payload) =>
      new Promise<void>((resolve, reject) =>
        aedes.publish({ cmd: 'publish', topic, payload, qos: 1, retain: true, dup: false }, (err) =>
          err ? reject(err) : resolve(),
        ),
      ),
  };
}

export interface MqttFleetTransportOptions {
  /** The `--broker` URL (`mqtt://HOST:PORT`); credentials in it are overridden by `username`. */
  url: string;
  /** The receiver's client id; this connection uses `<clientId>-fleet`. */
  receiverClientId: string;
  username?: string | undefined;
  password?: string | undefined;
  logger: Logger;
  /** @default 1000 */
  reconnectMs?: number;
  /** How long to wait for CONNACK and SUBACK (ms). @default 10000 */
  timeoutMs?: number;
}

export function fleetClientId(receiverClientId: string): string {
  return `${receiverClientId}-fleet`;
}

/** Connects to the external broker for the fleet plane; see the file comment. */
export async function mqttFleetTransport(o: MqttFleetTransportOptions): Promise<FleetTransport> {
  const clientId = fleetClientId(o.receiverClientId);
  const log = o.logger.child({ component: 'fleet-transport', clientId });
  const timeoutMs = o.timeoutMs ?? 10_000;
  let closing = false;
  let connects = 0;
  const reconnected: (() => void)[] = [];
  const client: MqttClient = connect(o.url, {
    protocolVersion: 5,
    clientId,
    clean: true,
    username: o.username,
    password: o.password,
    reconnectPeriod: o.reconnectMs ?? 1000,
    connectTimeout: timeoutMs,
    // mqtt.js subscribes again after a clean-session reconnection; the retained states come back.
    resubscribe: true,
  });
  client.on('error', (err) => {
    if (!closing) log.warn({ err: err.message }, 'fleet connection to the external broker');
  });
  client.on('connect', () => {
    connects++;
    if (connects > 1) {
      log.info({}, 'fleet connection re-established; republishing configurations');
      for (const fn of reconnected) fn();
    }
  });
  try {
    await new Promise<void>((ok, fail) => {
      const t = setTimeout(
        () =>
          fail(
            new FleetTransportError(
              'FLEET_BROKER_CONNECT',
              `--broker ${redact(o.url)}: the fleet connection (${clientId}) got no CONNACK within ${timeoutMs} ms; is the broker reachable and are the receiver's credentials valid?`,
            ),
          ),
        timeoutMs,
      );
      client.once('connect', () => {
        clearTimeout(t);
        ok();
      });
    });
  } catch (err) {
    closing = true;
    await client.endAsync(true);
    throw err;
  }
  return {
    async subscribeState(onState) {
      client.on('message', (topic, payload) => {
        if (topicMatchesState(topic)) onState(topic, payload);
      });
      let granted: number | undefined;
      let cause: unknown;
      try {
        granted = (await client.subscribeAsync(STATE_FILTER, { qos: 1 }))[0]?.qos;
      } catch (err) {
        cause = err;
        granted = (err as { packet?: { granted?: number[] } }).packet?.granted?.[0];
      }
      if (granted === undefined || granted > 2)
        throw new FleetTransportError(
          'FLEET_BROKER_SUBSCRIBE',
          `--broker ${redact(o.url)}: subscription ${STATE_FILTER} refused (reason ${granted ?? (cause as Error)?.message}); the receiver's broker user must be allowed to subscribe to it (with --broker-admin-user the receiver role grants it)`,
          { cause },
        );
    },
    async publishConfig(topic, payload) {
      try {
        await client.publishAsync(topic, payload, { qos: 1, retain: true });
      } catch (err) {
        throw new FleetTransportError(
          'FLEET_BROKER_PUBLISH',
          `--broker ${redact(o.url)}: publishing ${topic} refused (${(err as Error).message}); the receiver's broker user must be allowed to publish +/+/+/+/+/config`,
          { cause: err },
        );
      }
    },
    onReconnect(fn) {
      reconnected.push(fn);
    },
    async close() {
      closing = true;
      // Forced when offline: a QoS 1 publish queued for a broker that is gone would never finish.
      await client.endAsync(!client.connected);
    },
  };
}

function topicMatchesState(topic: string): boolean {
  const parts = topic.split('/');
  return parts.length === 6 && parts[5] === 'state';
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}

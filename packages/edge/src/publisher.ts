/**
 * Publishes to the broker with QoS 1, from the store-and-forward queue. Callers `enqueue` a message;
 * it is appended to the disk queue (when one is configured; otherwise to an in-memory one) and a
 * pump hands queued messages to mqtt.js in order, at most `window` unacknowledged at a time, through
 * a token bucket: each fresh message brings one token and `replayRate` more arrive per second, so a
 * backlog after an outage drains at `replayRate` messages/s on top of the live rate while polls keep
 * appending behind it. A message leaves the queue only on its PUBACK. While
 * the broker is unreachable nothing new is handed to mqtt.js; the few already handed over are resent
 * by mqtt.js after the reconnect, before anything newer, so order is kept.
 *
 * The agent's state is announced retained on `<path>/state` (birth `online`, last will and clean
 * shutdown `offline`), carrying the configuration revision. The publisher also subscribes to
 * topics on request (the agent's `<path>/config`).
 */
import { readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { connect, type IClientOptions, MqttClient } from 'mqtt';
import type { DiskQueue } from './queue.ts';

export interface PublisherOptions {
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  tls?: { ca?: string; cert?: string; key?: string; rejectUnauthorized?: boolean };
  stateTopic: string;
  birth: Record<string, unknown>;
  logger: { info(o: object, msg: string): void; warn(o: object, msg: string): void };
  /** The store-and-forward queue; default: an in-memory queue is not kept, messages go to mqtt.js. */
  queue?: DiskQueue;
  /** Messages handed to mqtt.js and not yet acknowledged. @default 32 */
  window?: number;
  /** Messages per second. @default 200 */
  replayRate?: number;
  /** Called for messages on subscribed topics. */
  onMessage?: (topic: string, payload: Buffer) => void;
  subscribe?: string[];
}

export class MqttPublisher {
  private readonly client: MqttClient;
  private connectedOnce = false;
  private inflight = 0;
  private tokens: number;
  private lastRefill = Date.now();
  private refillTimer: NodeJS.Timeout | undefined;
  private state: Record<string, unknown>;
  private readonly window: number;
  private readonly rate: number;
  private closing = false;
  private drainWaiters: (() => void)[] = [];
  published = 0;
  acked = 0;
  failed = 0;

  constructor(private readonly opts: PublisherOptions) {
    this.window = opts.window ?? 32;
    this.rate = opts.replayRate ?? 200;
    this.tokens = Math.max(this.window, this.rate / 10);
    this.state = { ...opts.birth };
    const mqttOpts: IClientOptions = {
      clientId: opts.clientId,
      protocolVersion: 4,
      clean: false,
      reconnectPeriod: 1000,
      connectTimeout: 5000,
      // mqtt-packet's number cache preallocates 65536 two-byte Buffers (~7 MB of heap) to save one
      // small allocation per packet; at the agent's rates the allocation is cheaper than the memory.
      writeCache: false,
      will: {
        topic: opts.stateTopic,
        payload: Buffer.from(JSON.stringify({ ...opts.birth, state: 'offline' })),
        qos: 1,
        retain: true,
      },
    };
    if (opts.username) mqttOpts.username = opts.username;
    if (opts.password) mqttOpts.password = opts.password;
    if (opts.tls) {
      if (opts.tls.ca) mqttOpts.ca = readFileSync(opts.tls.ca);
      if (opts.tls.cert) mqttOpts.cert = readFileSync(opts.tls.cert);
      if (opts.tls.key) mqttOpts.key = readFileSync(opts.tls.key);
      mqttOpts.rejectUnauthorized = opts.tls.rejectUnauthorized ?? true;
    }
    this.client = connectBroker(opts.url, mqttOpts);
    this.client.on('connect', () => {
      opts.logger.info(
        { broker: opts.url },
        this.connectedOnce ? 'reconnected to broker' : 'connected to broker',
      );
      this.connectedOnce = true;
      this.publishState();
      if (opts.subscribe?.length) this.client.subscribe(opts.subscribe, { qos: 1 });
      this.pump();
    });
    this.client.on('message', (topic, payload) => opts.onMessage?.(topic, payload));
    this.client.on('offline', () =>
      opts.logger.warn({ broker: opts.url }, 'broker unreachable; messages queue until it is back'),
    );
    this.client.on('error', (err) =>
      opts.logger.warn({ broker: opts.url, err: err.message }, 'broker connection error'),
    );
  }

  get connected(): boolean {
    return this.client.connected;
  }

  /** Messages handed to mqtt.js and awaiting their PUBACK. */
  get inFlight(): number {
    return this.inflight;
  }

  /** Updates the retained state document (e.g. a new config revision) and republishes it. */
  setState(fields: Record<string, unknown>, replace = false): void {
    this.state = replace ? { ...this.opts.birth, ...fields } : { ...this.state, ...fields };
    // The last will is sent with the next CONNECT: keep it in step with the state document.
    const will = this.client.options.will;
    if (will) will.payload = Buffer.from(JSON.stringify({ ...this.state, state: 'offline' }));
    if (this.client.connected) this.publishState();
  }

  get stateDocument(): Record<string, unknown> {
    return { ...this.state, state: 'online' };
  }

  private publishState(): void {
    this.client.publish(
      this.opts.stateTopic,
      JSON.stringify({ ...this.state, state: 'online', since: new Date().toISOString() }),
      { qos: 1, retain: true },
    );
  }

  /** Queues one message (one device poll); it is published when the broker takes it. */
  enqueue(topic: string, payload: string, samples: number): void {
    if (this.opts.queue) {
      this.opts.queue.append(topic, payload, samples);
      // Every fresh message brings its own token: the replay rate is on top of the live rate, so a
      // backlog always drains (at replayRate messages/s) however many devices poll.
      this.refill();
      this.tokens = Math.min(this.burst, this.tokens + 1);
      this.pump();
      return;
    }
    this.published++;
    this.client.publish(topic, payload, { qos: 1 }, (err) => {
      if (err) this.failed++;
      else this.acked++;
    });
  }

  /** Resolves when the broker acknowledged the message (PUBACK); bypasses the queue. */
  publish(topic: string, payload: string): Promise<void> {
    this.published++;
    return new Promise((resolve, reject) => {
      this.client.publish(topic, payload, { qos: 1 }, (err) => {
        if (err) {
          this.failed++;
          reject(err);
        } else {
          this.acked++;
          resolve();
        }
      });
    });
  }

  private get burst(): number {
    return Math.max(this.window, this.rate / 10);
  }

  private refill(): void {
    const t = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.lastRefill) * this.rate) / 1000);
    this.lastRefill = t;
  }

  private pump(): void {
    const q = this.opts.queue;
    if (!q || this.closing) return;
    this.refill();
    while (this.client.connected && this.inflight < this.window && this.tokens >= 1) {
      const m = q.next();
      if (!m) break;
      this.tokens--;
      this.inflight++;
      this.published++;
      this.client.publish(m.topic, m.payload, { qos: 1 }, (err) => {
        this.inflight--;
        if (err) {
          // Only a client shutdown fails a QoS 1 publish; the message stays queued on disk.
          this.failed++;
        } else {
          this.acked++;
          q.ack(m.seq);
        }
        if (this.inflight === 0 && q.unread === 0) for (const w of this.drainWaiters.splice(0)) w();
        this.pump();
      });
    }
    if (q.unread > 0 && this.client.connected && this.inflight < this.window && !this.refillTimer) {
      // Out of tokens: come back when the bucket has at least one.
      this.refillTimer = setTimeout(
        () => {
          this.refillTimer = undefined;
          this.pump();
        },
        Math.max(1, Math.ceil(1000 / this.rate)),
      );
    }
  }

  /** Resolves when everything queued so far was acknowledged (or after `timeoutMs`). */
  drained(timeoutMs: number): Promise<boolean> {
    const q = this.opts.queue;
    if (!q || (q.unread === 0 && this.inflight === 0)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), timeoutMs);
      this.drainWaiters.push(() => {
        clearTimeout(t);
        resolve(true);
      });
    });
  }

  async close(): Promise<void> {
    await this.drained(this.client.connected ? 2000 : 0);
    this.closing = true;
    clearTimeout(this.refillTimer);
    if (this.client.connected) {
      await new Promise<void>((resolve) =>
        this.client.publish(
          this.opts.stateTopic,
          JSON.stringify({ ...this.state, state: 'offline' }),
          { qos: 1, retain: true },
          () => resolve(),
        ),
      );
    }
    // force: messages not acknowledged stay in the disk queue and are sent after the next start.
    await this.client.endAsync(true);
  }
}

/**
 * mqtt.js' `connect(url, opts)`, except that a plain `mqtt://` (or `tcp://`) broker gets a client on
 * a bare TCP socket: `connect()` loads every transport it knows on its first call (WebSocket with
 * http, https and the ws package, TLS, SOCKS), some 3 MB of resident memory that an agent talking to
 * a plain broker never uses. Every other case (TLS and WebSocket schemes, credentials or options in
 * the URL, a client certificate, a SOCKS proxy from MQTTJS_SOCKS_PROXY) takes mqtt.js' own path.
 */
function connectBroker(url: string, opts: IClientOptions): MqttClient {
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {}
  if (
    !u ||
    (u.protocol !== 'mqtt:' && u.protocol !== 'tcp:') ||
    u.username ||
    u.password ||
    u.search ||
    (u.pathname !== '' && u.pathname !== '/') ||
    (opts.cert && opts.key) ||
    process.env.MQTTJS_SOCKS_PROXY
  )
    return connect(url, opts);
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1') || 'localhost';
  const port = u.port ? Number(u.port) : 1883;
  const client = new MqttClient(() => createConnection({ host, port }), {
    ...opts,
    protocol: 'mqtt',
    host,
    hostname: host,
    port,
  });
  // As connect() does: errors reach the listeners the publisher adds; none is fatal on its own.
  client.on('error', () => {});
  return client;
}

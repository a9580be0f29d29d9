/**
 * The control plane's link to the broker. It listens to `+/+/+/+/+/state` and records each agent's
 * state documents in the registry; it publishes each agent's desired configuration retained, QoS 1,
 * on `<agent path>/config` as `{"revision": N, "config": {...}}` — at start and after every
 * reconnection (a broker's retained store may have been lost), and whenever a new revision
 * appears, whoever wrote it (HTTP API, or the CLI on the data directory, found by polling).
 * Last-seen times of devices are batched in memory and written every poll.
 *
 * The broker is reached through a `FleetTransport`: the embedded Aedes instance (an internal
 * subscriber, no credentials; `aedesTransport`) or a client of the external broker
 * (`mqttFleetTransport` in transport.ts).
 */
import type { Logger } from 'pino';
import { topicPath } from '../broker.ts';
import type { FleetRegistry } from './registry.ts';
import type { FleetTransport } from './transport.ts';

export class FleetControl {
  private readonly seenBatch = new Map<string, { at: number; bad: number }>();
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  private closed = false;
  published = 0;

  constructor(
    readonly registry: FleetRegistry,
    private readonly transport: FleetTransport,
    private readonly log: Logger,
    private readonly pollMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async start(): Promise<void> {
    await this.transport.subscribeState((topic, payload) => {
      const path = topicPath(topic);
      // An empty retained message only clears the retained state; nothing to record.
      if (!path || payload.length === 0) return;
      try {
        this.registry.recordState(path, payload.toString('utf8'));
      } catch (err) {
        this.log.warn({ topic, err: (err as Error).message }, 'could not record agent state');
      }
    });
    this.transport.onReconnect?.(() => {
      if (this.closed) return;
      this.registry.republishAll();
      void this.tick();
    });
    this.registry.republishAll();
    await this.tick();
    this.timer = setInterval(() => void this.tick(), this.pollMs);
    this.timer.unref();
  }

  /** Notes a message from a device path (`ok` false: it was refused). */
  seen(topic: string, ok: boolean): void {
    const path = topicPath(topic);
    if (!path) return;
    const s = this.seenBatch.get(path) ?? { at: 0, bad: 0 };
    s.at = this.now();
    if (!ok) s.bad++;
    this.seenBatch.set(path, s);
  }

  /** Publishes pending configurations and flushes last-seen times; safe to call any time. */
  async tick(): Promise<void> {
    if (this.busy || this.closed) return;
    this.busy = true;
    try {
      this.flushSeen();
      for (const d of this.registry.unpublished()) {
        await this.transport.publishConfig(
          `${d.path}/config`,
          Buffer.from(JSON.stringify({ revision: d.revision, config: d.config })),
        );
        this.registry.markPublished(d.path, d.revision);
        this.published++;
        this.log.info({ agent: d.path, revision: d.revision }, 'published machine configuration');
      }
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'fleet control tick failed');
    } finally {
      this.busy = false;
    }
  }

  private flushSeen(): void {
    if (this.seenBatch.size === 0) return;
    const batch = new Map(this.seenBatch);
    this.seenBatch.clear();
    this.registry.touch(batch);
  }

  /**
   * Stops polling and writes the last-seen times still in memory; publishes nothing more. The
   * transport's own connection (external broker) is closed by `closeTransport`.
   */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.closed = true;
    try {
      this.flushSeen();
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'could not write last-seen times');
    }
  }

  /** `close`, then ends the transport's connection (a no-op for the embedded broker). */
  async closeTransport(): Promise<void> {
    this.close();
    await this.transport.close?.();
  }
}

/**
 * Notifiers that POST alerts over HTTP: Alertmanager's API v2 (`POST /api/v2/alerts`, a JSON array
 * of `{labels, annotations, startsAt, endsAt, generatorURL}`) and a generic webhook (one JSON object
 * per batch, shaped like Alertmanager's own webhook payload plus the tenant). Both share one
 * delivery loop: alerts wait in a bounded queue (the oldest are dropped and counted when it is
 * full, so a dead receiver cannot grow memory without limit), go out in batches, and a failed batch
 * (network error, timeout or 5xx) is retried with doubling backoff on the injected clock; a 4xx is
 * not retried (the receiver will refuse it again). Drops and failures are counted and logged, never
 * hidden.
 */
import type { Clock } from './clock.ts';
import { RulesError } from './errors.ts';
import type { Notifier, NotifyAlert, RulesLogger } from './notifier.ts';
import { silentLogger } from './notifier.ts';

export interface HttpNotifierOptions {
  /** Alertmanager base URL (`http://host:9093`) or full endpoint; webhook: the URL to POST to. */
  url: string;
  clock: Clock;
  logger?: RulesLogger;
  /** Alerts held while the receiver is slow or down. @default 10000 */
  queueCapacity?: number;
  /** Alerts per request. @default 64 */
  maxBatch?: number;
  /** Attempts per batch, the first included. @default 4 */
  attempts?: number;
  /** Delay before the first retry (ms), doubled each time. @default 500 */
  backoffMs?: number;
  /** Request timeout (ms). @default 10000 */
  timeoutMs?: number;
  /** Extra request headers (e.g. Authorization). */
  headers?: Record<string, string>;
}

export interface NotifierStats {
  sent: number;
  dropped: number;
  failed: number;
  queued: number;
}

type Resolved = Required<Omit<HttpNotifierOptions, 'logger' | 'headers'>> & {
  logger: RulesLogger;
  headers: Record<string, string>;
};

function resolve(o: HttpNotifierOptions): Resolved {
  let u: URL;
  try {
    u = new URL(o.url);
  } catch (err) {
    throw new RulesError(
      'RULES_NOTIFIER_CONFIG',
      `notifier URL ${JSON.stringify(o.url)} is not a URL: use http://host:port`,
      {
        cause: err,
      },
    );
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new RulesError('RULES_NOTIFIER_CONFIG', `notifier URL ${o.url} must use http or https`);
  const r: Resolved = {
    queueCapacity: 10000,
    maxBatch: 64,
    attempts: 4,
    backoffMs: 500,
    timeoutMs: 10000,
    ...o,
    logger: o.logger ?? silentLogger,
    headers: o.headers ?? {},
  };
  for (const k of ['queueCapacity', 'maxBatch', 'attempts', 'timeoutMs'] as const) {
    if (!(Number.isInteger(r[k]) && r[k] > 0))
      throw new RulesError(
        'RULES_NOTIFIER_CONFIG',
        `notifier option ${k} must be a positive integer, got ${r[k]}`,
      );
  }
  return r;
}

abstract class HttpNotifier implements Notifier {
  readonly stats: NotifierStats = { sent: 0, dropped: 0, failed: 0, queued: 0 };
  protected readonly o: Resolved;
  private queue: NotifyAlert[] = [];
  private busy = false;
  private closed = false;
  private idle: (() => void)[] = [];

  constructor(
    opts: HttpNotifierOptions,
    readonly endpoint: string,
  ) {
    this.o = resolve(opts);
    // Node loads its HTTP client (undici) on first use of `fetch`; load it now, at start, so the
    // first alert does not pay for it (hundreds of ms on a busy machine).
    void globalThis.fetch;
  }

  protected abstract body(alerts: readonly NotifyAlert[]): unknown;

  send(alerts: readonly NotifyAlert[]): void {
    if (this.closed) return;
    this.queue.push(...alerts);
    const over = this.queue.length - this.o.queueCapacity;
    if (over > 0) {
      this.queue.splice(0, over);
      this.stats.dropped += over;
      this.o.logger.warn(
        { url: this.endpoint, dropped: over },
        'notification queue full; oldest alerts dropped',
      );
    }
    this.stats.queued = this.queue.length;
    this.pump();
  }

  private pump(): void {
    if (this.busy) return;
    if (this.queue.length === 0) {
      for (const f of this.idle.splice(0)) f();
      return;
    }
    this.busy = true;
    const batch = this.queue.splice(0, this.o.maxBatch);
    this.stats.queued = this.queue.length;
    this.attempt(batch, 1);
  }

  private attempt(batch: NotifyAlert[], n: number): void {
    this.post(batch).then(
      () => {
        this.stats.sent += batch.length;
        this.busy = false;
        this.pump();
      },
      (err: Error & { retry?: boolean }) => {
        if (err.retry !== false && n < this.o.attempts && !this.closed) {
          this.o.logger.debug(
            { url: this.endpoint, attempt: n, err: err.message },
            'notification failed; retrying',
          );
          this.o.clock.setTimer(() => this.attempt(batch, n + 1), this.o.backoffMs * 2 ** (n - 1));
          return;
        }
        this.stats.failed += batch.length;
        this.o.logger.error(
          { url: this.endpoint, alerts: batch.length, attempts: n, err: err.message },
          'could not deliver notifications; batch dropped',
        );
        this.busy = false;
        this.pump();
      },
    );
  }

  private async post(batch: NotifyAlert[]): Promise<void> {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), this.o.timeoutMs);
    try {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.o.headers },
        body: JSON.stringify(this.body(batch)),
        signal: ctl.signal,
      });
      const text = await res.text();
      if (!res.ok) {
        const err = new Error(`HTTP ${res.status} from ${this.endpoint}: ${text.slice(0, 200)}`) as Error & {
          retry?: boolean;
        };
        err.retry = res.status >= 500 || res.status === 429;
        throw err;
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves when the queue is empty and nothing is in flight (for tests and shutdown). */
  flushed(): Promise<void> {
    if (!this.busy && this.queue.length === 0) return Promise.resolve();
    return new Promise((r) => this.idle.push(r));
  }

  async close(): Promise<void> {
    const t = new Promise<void>((r) => setTimeout(r, this.o.timeoutMs).unref());
    await Promise.race([this.flushed(), t]);
    this.closed = true;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Alertmanager API v2 (`POST /api/v2/alerts`). */
export class AlertmanagerNotifier extends HttpNotifier {
  constructor(opts: HttpNotifierOptions) {
    const base = opts.url.replace(/\/+$/, '');
    super(opts, base.endsWith('/api/v2/alerts') ? base : `${base}/api/v2/alerts`);
  }
  protected body(alerts: readonly NotifyAlert[]): unknown {
    return alerts.map((a) => ({
      labels: a.labels,
      annotations: a.annotations,
      startsAt: iso(a.startsAt),
      endsAt: iso(a.endsAt),
      generatorURL: a.generatorURL,
    }));
  }
}

/**
 * A generic webhook: `{version: "1", receiver: "sensorpath", status, alerts: [{status, tenant,
 * labels, annotations, startsAt, endsAt, generatorURL}]}`; `status` is "resolved" when `endsAt` has
 * passed, else "firing" (the batch is "firing" if any alert is).
 */
export class WebhookNotifier extends HttpNotifier {
  constructor(opts: HttpNotifierOptions) {
    super(opts, opts.url);
  }
  protected body(alerts: readonly NotifyAlert[]): unknown {
    const now = this.o.clock.now();
    const items = alerts.map((a) => ({
      status: a.endsAt > now ? 'firing' : 'resolved',
      tenant: a.tenant,
      labels: a.labels,
      annotations: a.annotations,
      startsAt: iso(a.startsAt),
      endsAt: iso(a.endsAt),
      generatorURL: a.generatorURL,
    }));
    return {
      version: '1',
      receiver: 'sensorpath',
      status: items.some((i) => i.status === 'firing') ? 'firing' : 'resolved',
      alerts: items,
    };
  }
}

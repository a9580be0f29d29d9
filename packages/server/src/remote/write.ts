/**
 * Prometheus remote_write sender: the `Appendable` half of remote storage mode. An appender
 * collects one batch; `commit` writes it, encoded as snappy-compressed `prometheus.WriteRequest` records of at
 * most `maxSamplesPerRequest` samples, to the tenant's durable on-disk queue (`queue.ts`) and resolves
 * once it is durable there, so the receiver acknowledges an MQTT message only after its samples are
 * safe on disk. One sender per tenant drains the queue in commit order (the samples of a series
 * arrive in order), concatenating records into snappy-compressed requests (remote_write 1.0).
 * A record leaves the queue only after the remote store answered 2xx.
 *
 * Failures: a network error, a timeout, 429 or 5xx is retried without limit, with a backoff doubling
 * from `minBackoffMs` to `maxBackoffMs` (each wait a random half to whole of it; a 429's
 * `Retry-After` is honoured); meanwhile commits keep landing in the queue, bounded by its size
 * (oldest segments dropped, counted).
 * Another 4xx means the store will never take this request (a bad label, a sample too old): it is
 * dropped, counted in `refusedSamples` and logged with the store's answer, so one poisoned request
 * cannot stall the tenant forever. After a restart the queue is replayed from its cursor.
 *
 * Tenancy is the caller's (`dialect.ts`): the URL (VictoriaMetrics cluster account path) and the
 * headers (`X-Scope-OrgID` for Mimir) are given per tenant.
 */
import type { Appendable, Appender, Labels, SeriesRef } from '@sensorpath/storage';
import { labelsKey } from '@sensorpath/storage';
import type { Logger } from 'pino';
import { compress, uncompress } from 'snappyjs';
import { encodeWriteRequest, type WriteSeries } from '../receive/remote-write-proto.ts';
import { DiskQueue, type FsyncPolicy, type QueueBatch } from './queue.ts';

/** How long `close` lets a request in flight finish. */
const CLOSE_GRACE_MS = 3000;

export class RemoteStorageError extends Error {
  constructor(
    readonly code:
      | 'REMOTE_REJECTED'
      | 'REMOTE_UNAVAILABLE'
      | 'REMOTE_BAD_RESPONSE'
      | 'REMOTE_BAD_URL'
      | 'REMOTE_NO_ACCOUNT'
      | 'REMOTE_CLOSED',
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options);
    this.name = 'RemoteStorageError';
    this.status = options?.status;
  }
  /** The HTTP status the remote store answered, when it answered. */
  readonly status: number | undefined;
}

export interface RemoteWriteOptions {
  /** The remote_write endpoint, e.g. `http://vm:8428/api/v1/write` or `http://mimir/api/v1/push`. */
  url: string;
  tenant: string;
  /** Directory of this tenant's durable queue. */
  queueDir: string;
  /** Extra headers of every request (`X-Scope-OrgID` for Mimir). */
  headers?: Record<string, string>;
  /**
   * Set `<tenantLabel>="<tenant>"` on every series (replacing another value), for stores shared by
   * all tenants: rule output such as `sum(x)` has lost the label and would belong to nobody.
   */
  tenantLabel?: string | undefined;
  /** Queue size bound; oldest segments beyond it are dropped. @default 536870912 (512 MiB) */
  maxQueueBytes?: number;
  /** @default "commit" */
  fsync?: FsyncPolicy;
  /** @default 5000 */
  maxSamplesPerRequest?: number;
  /** @default 100 */
  minBackoffMs?: number;
  /** @default 5000 */
  maxBackoffMs?: number;
  /** @default 10000 */
  timeoutMs?: number;
  fetch?: typeof fetch;
  logger?: Logger;
}

export interface RemoteWriteStats {
  /** Requests sent, retries included. */
  requests: number;
  /** Requests sent again after a network error, 429 or 5xx. */
  retries: number;
  /** Requests that failed with a network error, 429 or 5xx (each is retried). */
  failedRequests: number;
  /** Samples the remote store accepted. */
  samplesSent: number;
  /** Samples the remote store refused for good (4xx other than 429), dropped. */
  refusedSamples: number;
}

export class RemoteWriter implements Appendable {
  readonly stats: RemoteWriteStats = {
    requests: 0,
    retries: 0,
    failedRequests: 0,
    samplesSent: 0,
    refusedSamples: 0,
  };
  readonly queue: DiskQueue;
  private closing = false;
  /** Ends a backoff wait at close. */
  private readonly stopWaiting = new AbortController();
  /** Ends a request in flight when close has waited `CLOSE_GRACE_MS` for it. */
  private readonly abort = new AbortController();
  private wake: (() => void) | undefined;
  private readonly loop: Promise<void>;
  private readonly o: Required<
    Omit<RemoteWriteOptions, 'fetch' | 'logger' | 'headers' | 'fsync' | 'tenantLabel'>
  > &
    Pick<RemoteWriteOptions, 'logger' | 'fsync' | 'tenantLabel'> & {
      fetch: typeof fetch;
      headers: Record<string, string>;
    };

  constructor(opts: RemoteWriteOptions) {
    let url: URL | undefined;
    try {
      url = new URL(opts.url);
    } catch {}
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      throw new RemoteStorageError('REMOTE_BAD_URL', `--remote-write ${opts.url}: use an http(s) URL`);
    // Options given as undefined take their defaults.
    const given = Object.fromEntries(
      Object.entries(opts).filter(([, v]) => v !== undefined),
    ) as RemoteWriteOptions;
    this.o = {
      maxQueueBytes: 512 << 20,
      maxSamplesPerRequest: 5000,
      minBackoffMs: 100,
      maxBackoffMs: 5000,
      timeoutMs: 10_000,
      ...given,
      headers: opts.headers ?? {},
      fetch: opts.fetch ?? fetch,
    };
    const log = opts.logger;
    this.queue = new DiskQueue({
      dir: opts.queueDir,
      maxBytes: this.o.maxQueueBytes,
      fsync: opts.fsync,
      warn: (msg, fields) => log?.warn({ tenant: opts.tenant, ...fields }, msg),
    });
    if (this.queue.samples > 0)
      log?.info(
        { tenant: opts.tenant, samples: this.queue.samples, records: this.queue.records },
        'remote_write queue replayed: sending what the remote store has not acknowledged',
      );
    this.loop = this.run();
  }

  appender(): Appender {
    const byKey = new Map<string, WriteSeries>();
    let n = 0;
    return {
      append: (_ref: SeriesRef, labels: Labels, t: number, v: number): SeriesRef => {
        const key = labelsKey(labels);
        let s = byKey.get(key);
        if (!s) {
          s = { labels: this.withTenant(labels), samples: [] };
          byKey.set(key, s);
        }
        s.samples.push({ value: v, timestamp: t });
        n++;
        return 0;
      },
      commit: async () => {
        if (n === 0) return;
        if (this.closing) throw new RemoteStorageError('REMOTE_CLOSED', 'remote storage is closed');
        const done: Promise<void>[] = [];
        for (const part of split([...byKey.values()], this.o.maxSamplesPerRequest)) {
          let k = 0;
          for (const s of part) k += s.samples.length;
          done.push(this.queue.append(compress(encodeWriteRequest(part)), k));
        }
        byKey.clear();
        n = 0;
        this.wake?.();
        await Promise.all(done);
      },
      rollback: async () => {
        byKey.clear();
        n = 0;
      },
    };
  }

  private withTenant(labels: Labels): { name: string; value: string }[] {
    const name = this.o.tenantLabel;
    const out = labels.filter((l) => l.name !== name).map((l) => ({ name: l.name, value: l.value }));
    if (name === undefined) return out;
    let i = 0;
    while (i < out.length && out[i]!.name < name) i++;
    out.splice(i, 0, { name, value: this.o.tenant });
    return out;
  }

  /**
   * Stops sending and closes the queue; what the remote has not acknowledged stays on disk for the
   * next start. A request in flight may finish (its answer moves the cursor, so a clean restart
   * sends nothing twice); one still waiting after `CLOSE_GRACE_MS` is abandoned and sent again
   * after the restart.
   */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.stopWaiting.abort();
    this.wake?.();
    const grace = setTimeout(() => this.abort.abort(), CLOSE_GRACE_MS);
    try {
      await this.loop;
    } finally {
      clearTimeout(grace);
    }
    await this.queue.close();
  }

  /** The sender: one request at a time, oldest records first. */
  private async run(): Promise<void> {
    while (!this.closing) {
      const b = this.queue.peek(this.o.maxSamplesPerRequest);
      if (!b) {
        await new Promise<void>((r) => {
          this.wake = r;
        });
        this.wake = undefined;
        continue;
      }
      const outcome = await this.deliver(b);
      if (outcome === 'closed') {
        this.queue.release();
        return;
      }
      this.queue.ack();
      if (outcome === 'sent') this.stats.samplesSent += b.samples;
      else this.stats.refusedSamples += b.samples;
    }
  }

  private async deliver(b: QueueBatch): Promise<'sent' | 'refused' | 'closed'> {
    // Records are compressed WriteRequests; several concatenate (repeated field) into one request.
    const body =
      b.parts.length === 1
        ? Buffer.from(b.parts[0]!)
        : Buffer.from(compress(Buffer.concat(b.parts.map((p) => Buffer.from(uncompress(p))))));
    const headers: Record<string, string> = {
      'Content-Type': 'application/x-protobuf',
      'Content-Encoding': 'snappy',
      'X-Prometheus-Remote-Write-Version': '0.1.0',
      'User-Agent': 'sensorpath-remote-write',
      ...this.o.headers,
    };
    let backoff = this.o.minBackoffMs;
    for (let attempt = 1; !this.closing; attempt++) {
      if (attempt > 1) this.stats.retries++;
      this.stats.requests++;
      let wait = 0;
      let cause = '';
      try {
        const res = await this.o.fetch(this.o.url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.o.timeoutMs)]),
        });
        const text = await res.text().catch(() => '');
        if (res.ok) return 'sent';
        cause = `answered ${res.status}: ${text.slice(0, 300)}`;
        if (res.status !== 429 && res.status < 500) {
          this.o.logger?.error(
            {
              tenant: this.o.tenant,
              url: this.o.url,
              status: res.status,
              samples: b.samples,
              answer: text.slice(0, 300),
            },
            'remote_write refused a request for good (4xx): its samples are dropped',
          );
          return 'refused';
        }
        const after = Number(res.headers.get('retry-after'));
        if (res.status === 429 && after > 0) wait = Math.min(after * 1000, 60_000);
      } catch (err) {
        if (this.closing) return 'closed';
        cause = `failed: ${(err as Error).message}`;
      }
      this.stats.failedRequests++;
      if (attempt === 1 || attempt % 10 === 0)
        this.o.logger?.warn(
          { tenant: this.o.tenant, url: this.o.url, attempt, pending: this.queue.samples },
          `remote_write ${cause}; retrying with backoff (samples stay queued)`,
        );
      // Jitter: a random wait in [backoff/2, backoff], so receivers do not retry in step.
      await this.sleep(Math.max(wait, backoff * (0.5 + Math.random() / 2)));
      backoff = Math.min(backoff * 2, this.o.maxBackoffMs);
    }
    return 'closed';
  }

  private sleep(ms: number): Promise<void> {
    const stop = this.stopWaiting.signal;
    if (stop.aborted) return Promise.resolve();
    return new Promise((r) => {
      const done = () => {
        clearTimeout(t);
        stop.removeEventListener('abort', done);
        r();
      };
      const t = setTimeout(done, ms);
      stop.addEventListener('abort', done);
    });
  }
}

/** Splits series into requests of at most `max` samples, never splitting below one sample. */
function* split(series: WriteSeries[], max: number): Generator<WriteSeries[]> {
  let part: WriteSeries[] = [];
  let n = 0;
  for (const s of series) {
    for (let i = 0; i < s.samples.length; i += max) {
      const chunk = s.samples.slice(i, i + max);
      if (n + chunk.length > max && part.length > 0) {
        yield part;
        part = [];
        n = 0;
      }
      part.push({ labels: s.labels, samples: chunk });
      n += chunk.length;
    }
  }
  if (part.length > 0) yield part;
}

/** Self-monitoring of the remote_write senders, one series per tenant. */
export function remoteWriteMetrics(writers: ReadonlyMap<string, RemoteWriter>): string {
  const rows: [string, string, string, (w: RemoteWriter) => number][] = [
    [
      'sensorpath_remote_write_samples_total',
      'counter',
      'Samples the remote store accepted.',
      (w) => w.stats.samplesSent,
    ],
    [
      'sensorpath_remote_write_requests_total',
      'counter',
      'remote_write requests sent, retries included.',
      (w) => w.stats.requests,
    ],
    [
      'sensorpath_remote_write_retries_total',
      'counter',
      'Requests sent again after a network error, 429 or 5xx.',
      (w) => w.stats.retries,
    ],
    [
      'sensorpath_remote_write_failed_requests_total',
      'counter',
      'Requests that failed with a network error, 429 or 5xx (retried).',
      (w) => w.stats.failedRequests,
    ],
    [
      'sensorpath_remote_write_pending_samples',
      'gauge',
      'Samples in the on-disk queue not acknowledged by the remote store yet.',
      (w) => w.queue.samples,
    ],
    [
      'sensorpath_remote_write_queue_bytes',
      'gauge',
      'Bytes of the on-disk queue segments.',
      (w) => w.queue.bytes,
    ],
  ];
  const out: string[] = [];
  for (const [name, type, help, get] of rows) {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [tenant, w] of writers) out.push(`${name}{tenant="${tenant}"} ${get(w)}`);
  }
  const dropped = 'sensorpath_remote_write_dropped_samples_total';
  out.push(
    `# HELP ${dropped} Samples dropped: refused for good by the store (4xx), or the oldest queue segments beyond the size bound.`,
    `# TYPE ${dropped} counter`,
  );
  for (const [tenant, w] of writers) {
    out.push(`${dropped}{tenant="${tenant}",reason="refused"} ${w.stats.refusedSamples}`);
    out.push(`${dropped}{tenant="${tenant}",reason="queue_full"} ${w.queue.dropped}`);
  }
  out.push('');
  return out.join('\n');
}

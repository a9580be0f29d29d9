/**
 * Prometheus remote_write sender: the `Appendable` half of remote storage mode. An appender
 * collects one batch; `commit` queues it and resolves only when the remote store answered 2xx, so
 * the receiver acknowledges an MQTT message only once its samples are in the remote store. Batches
 * go out one at a time per tenant, in commit order, as snappy-compressed protobuf
 * (`prometheus.WriteRequest`, remote_write 1.0), split at `maxSamplesPerRequest`.
 *
 * Tenancy: `header` sends `X-Scope-OrgID: <tenant>` (Mimir, Cortex, a VictoriaMetrics cluster behind
 * vmauth); `label` relies on the `enterprise` label every sample already carries (VictoriaMetrics
 * single node, Prometheus). Failures: a network error, 429 or 5xx is retried with doubling backoff
 * and jitter up to `maxAttempts`; then, or on another 4xx, the commit rejects with a
 * `RemoteStorageError` and the message stays unacknowledged at the broker, which delivers it again
 * (nothing is dropped silently). The queue is bounded in samples: a commit that would overflow it
 * rejects at once with REMOTE_QUEUE_FULL (back-pressure onto the broker) instead of growing memory.
 */
import type { Appendable, Appender, Labels, SeriesRef } from '@sensorpath/storage';
import { labelsKey } from '@sensorpath/storage';
import { compress } from 'snappyjs';
import { encodeWriteRequest, type WriteSeries } from '../receive/remote-write-proto.ts';

export type TenantMode = 'header' | 'label';

export class RemoteStorageError extends Error {
  constructor(
    readonly code:
      | 'REMOTE_QUEUE_FULL'
      | 'REMOTE_REJECTED'
      | 'REMOTE_UNAVAILABLE'
      | 'REMOTE_BAD_RESPONSE'
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
  /** @default "label" */
  tenantMode?: TenantMode;
  /** Samples waiting or in flight before commits are refused. @default 100000 */
  maxQueuedSamples?: number;
  /** @default 5000 */
  maxSamplesPerRequest?: number;
  /** Tries per request before the commit fails. @default 8 */
  maxAttempts?: number;
  /** @default 100 */
  minBackoffMs?: number;
  /** @default 5000 */
  maxBackoffMs?: number;
  /** @default 10000 */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface Batch {
  series: WriteSeries[];
  samples: number;
  done: (err?: Error) => void;
}

export interface RemoteWriteStats {
  requests: number;
  retries: number;
  failedCommits: number;
  samplesSent: number;
  queuedSamples: number;
}

export class RemoteWriter implements Appendable {
  readonly stats: RemoteWriteStats = {
    requests: 0,
    retries: 0,
    failedCommits: 0,
    samplesSent: 0,
    queuedSamples: 0,
  };
  private readonly queue: Batch[] = [];
  private running = false;
  private closed = false;
  private readonly o: Required<Omit<RemoteWriteOptions, 'fetch'>> & { fetch: typeof fetch };

  constructor(opts: RemoteWriteOptions) {
    const url = new URL(opts.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new RemoteStorageError('REMOTE_BAD_RESPONSE', `--remote-write ${opts.url}: use an http(s) URL`);
    this.o = {
      tenantMode: 'label',
      maxQueuedSamples: 100_000,
      maxSamplesPerRequest: 5000,
      maxAttempts: 8,
      minBackoffMs: 100,
      maxBackoffMs: 5000,
      timeoutMs: 10_000,
      ...opts,
      fetch: opts.fetch ?? fetch,
    };
  }

  appender(): Appender {
    const byKey = new Map<string, WriteSeries>();
    let n = 0;
    return {
      append: (_ref: SeriesRef, labels: Labels, t: number, v: number): SeriesRef => {
        const key = labelsKey(labels);
        let s = byKey.get(key);
        if (!s) {
          s = { labels: labels.map((l) => ({ name: l.name, value: l.value })), samples: [] };
          byKey.set(key, s);
        }
        s.samples.push({ value: v, timestamp: t });
        n++;
        return 0;
      },
      commit: () => this.enqueue([...byKey.values()], n),
      rollback: async () => {
        byKey.clear();
        n = 0;
      },
    };
  }

  /** Resolves when every queued batch was sent or failed; later commits are refused. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  private enqueue(series: WriteSeries[], samples: number): Promise<void> {
    if (samples === 0) return Promise.resolve();
    if (this.closed)
      return Promise.reject(new RemoteStorageError('REMOTE_CLOSED', 'remote storage is closed'));
    if (this.stats.queuedSamples + samples > this.o.maxQueuedSamples)
      return Promise.reject(
        new RemoteStorageError(
          'REMOTE_QUEUE_FULL',
          `remote_write queue for tenant ${this.o.tenant} holds ${this.stats.queuedSamples} samples (limit ${this.o.maxQueuedSamples}); the remote store is slow or down, the message will be delivered again`,
        ),
      );
    this.stats.queuedSamples += samples;
    return new Promise((ok, fail) => {
      this.queue.push({ series, samples, done: (err) => (err ? fail(err) : ok()) });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (let b = this.queue.shift(); b; b = this.queue.shift()) {
        try {
          for (const part of split(b.series, this.o.maxSamplesPerRequest)) await this.send(part);
          this.stats.samplesSent += b.samples;
          b.done();
        } catch (err) {
          this.stats.failedCommits++;
          b.done(err as Error);
        } finally {
          this.stats.queuedSamples -= b.samples;
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async send(series: WriteSeries[]): Promise<void> {
    const body = Buffer.from(compress(encodeWriteRequest(series)));
    const headers: Record<string, string> = {
      'Content-Type': 'application/x-protobuf',
      'Content-Encoding': 'snappy',
      'X-Prometheus-Remote-Write-Version': '0.1.0',
      'User-Agent': 'sensorpath-remote-write',
    };
    if (this.o.tenantMode === 'header') headers['X-Scope-OrgID'] = this.o.tenant;
    let backoff = this.o.minBackoffMs;
    let last: RemoteStorageError | undefined;
    for (let attempt = 1; attempt <= this.o.maxAttempts; attempt++) {
      if (attempt > 1) {
        this.stats.retries++;
        await new Promise((r) => setTimeout(r, backoff * (0.5 + Math.random() / 2)));
        backoff = Math.min(backoff * 2, this.o.maxBackoffMs);
      }
      this.stats.requests++;
      let res: Response;
      try {
        res = await this.o.fetch(this.o.url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(this.o.timeoutMs),
        });
      } catch (err) {
        last = new RemoteStorageError(
          'REMOTE_UNAVAILABLE',
          `remote_write to ${this.o.url} failed: ${(err as Error).message}`,
          { cause: err },
        );
        continue;
      }
      const text = await res.text().catch(() => '');
      if (res.ok) return;
      const msg = `remote_write to ${this.o.url} answered ${res.status}: ${text.slice(0, 200)}`;
      if (res.status === 429 || res.status >= 500) {
        last = new RemoteStorageError('REMOTE_UNAVAILABLE', msg);
        continue;
      }
      throw new RemoteStorageError('REMOTE_REJECTED', msg);
    }
    throw last ?? new RemoteStorageError('REMOTE_UNAVAILABLE', `remote_write to ${this.o.url} failed`);
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
  const rows: [string, string, string, (s: RemoteWriteStats) => number][] = [
    [
      'sensorpath_remote_write_samples_total',
      'counter',
      'Samples the remote store accepted.',
      (s) => s.samplesSent,
    ],
    [
      'sensorpath_remote_write_requests_total',
      'counter',
      'remote_write requests sent, retries included.',
      (s) => s.requests,
    ],
    [
      'sensorpath_remote_write_retries_total',
      'counter',
      'Requests sent again after a network error, 429 or 5xx.',
      (s) => s.retries,
    ],
    [
      'sensorpath_remote_write_failed_commits_total',
      'counter',
      'Commits failed (message left for redelivery).',
      (s) => s.failedCommits,
    ],
    [
      'sensorpath_remote_write_queued_samples',
      'gauge',
      'Samples waiting or in flight.',
      (s) => s.queuedSamples,
    ],
  ];
  const out: string[] = [];
  for (const [name, type, help, get] of rows) {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [tenant, w] of writers) out.push(`${name}{tenant="${tenant}"} ${get(w.stats)}`);
  }
  out.push('');
  return out.join('\n');
}

/**
 * Turns `/metrics` messages into stored samples. The payload is OpenMetrics text; each sample's
 * labels are the payload's labels plus the sensor-path labels from the topic (the topic wins over a
 * payload label of the same name, so a device cannot claim another place in the plant), and the
 * metric name from the sample. A sample without a timestamp takes the arrival time. Series that a
 * topic sent last time and not this time get Prometheus' staleness marker, as a scrape would.
 *
 * A malformed payload is refused whole with the parse error (line and column) and counted; it never
 * affects other messages. `ingest` resolves only after the storage commit, so the MQTT layer can
 * acknowledge a QoS 1 publish once its samples are durable.
 *
 * With a `TenantLimiter`, each message is checked against its tenant's limits before anything is
 * stored: payload size and sample rate refuse the whole message (AuthError LIMIT_PAYLOAD /
 * LIMIT_RATE), a sample that would create a series beyond the tenant's limit is refused alone
 * (counted in `rejected`, its error starting with LIMIT_SERIES). `appendSeries` is the same path for
 * receivers that carry complete label sets (remote_write).
 */
import type { TenantLimiter } from '@sensorpath/auth';
import { parse, type TextFormat, timestampMs } from '@sensorpath/openmetrics';
import { parseTopic, type SensorPath, sensorPathLabels } from '@sensorpath/protocol';
import {
  getLabel,
  isStaleNaN,
  type Labels,
  labelsFromPairs,
  labelsKey,
  METRIC_NAME,
  STALE_NAN,
  StorageError,
} from '@sensorpath/storage';
import type { TenantStores } from './tenants.ts';

export interface IngestResult {
  tenant: string;
  samples: number;
  rejected: number;
  errors: string[];
}

export class IngestError extends Error {
  constructor(
    readonly code: 'INGEST_BAD_TOPIC' | 'INGEST_BAD_PAYLOAD' | 'INGEST_STORAGE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'IngestError';
  }
}

export interface IngestStats {
  messages: number;
  samples: number;
  badPayloads: number;
  rejectedSamples: number;
}

/**
 * Called after each commit with the samples just stored, as parallel arrays (staleness markers
 * excluded), e.g. for stream event processing (@sensorpath/rules). Must not throw or block.
 */
export type IngestObserver = (
  tenant: string,
  labels: readonly Labels[],
  ts: readonly number[],
  vs: readonly number[],
) => void;

export class Ingestor {
  readonly stats: IngestStats = { messages: 0, samples: 0, badPayloads: 0, rejectedSamples: 0 };
  /** Sees every committed `ingest` batch; set by the server when a subsystem needs the stream. */
  observer: IngestObserver | undefined;
  /** Last series set per topic, for staleness. */
  private readonly lastSeries = new Map<string, Map<string, Labels>>();

  constructor(
    private readonly stores: TenantStores,
    private readonly now: () => number = Date.now,
    private readonly limiter?: TenantLimiter,
  ) {}

  /** Ingests one message from `topic`. Throws IngestError for a bad topic or payload. */
  async ingestTopic(topic: string, payload: Uint8Array | string): Promise<IngestResult> {
    const t = parseTopic(topic);
    if (t?.kind !== 'metrics') {
      throw new IngestError(
        'INGEST_BAD_TOPIC',
        `topic ${JSON.stringify(topic)} is not <enterprise>/<site>/<area>/<line>/<device>/metrics`,
      );
    }
    return this.ingest(t.path, payload, topic);
  }

  async ingest(
    path: SensorPath,
    payload: Uint8Array | string,
    streamKey: string,
    format: TextFormat = 'openmetrics',
  ): Promise<IngestResult> {
    this.stats.messages++;
    const tenant = path.enterprise;
    this.limiter?.checkPayload(
      tenant,
      typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length,
    );
    let exposition: ReturnType<typeof parse>;
    try {
      exposition = parse(payload, { format });
    } catch (err) {
      this.stats.badPayloads++;
      throw new IngestError(
        'INGEST_BAD_PAYLOAD',
        `malformed OpenMetrics payload on ${streamKey}: ${(err as Error).message}`,
        { cause: err },
      );
    }
    const pathLabels = sensorPathLabels(path);
    const arrival = this.now();
    if (this.limiter) {
      let n = 0;
      for (const fam of exposition.families) n += fam.samples.length;
      this.limiter.takeSamples(tenant, n);
    }
    const store = await this.stores.get(path.enterprise);
    const app = store.appender();
    const seen = new Map<string, Labels>();
    const observed = this.observer
      ? { labels: [] as Labels[], ts: [] as number[], vs: [] as number[] }
      : undefined;
    const errors: string[] = [];
    let appended = 0;
    let rejected = 0;
    let newest = 0;
    for (const fam of exposition.families) {
      for (const s of fam.samples) {
        const pairs: [string, string][] = s.labels.map((l) => [l.name, l.value]);
        pairs.push([METRIC_NAME, s.name], ...pathLabels);
        const labels = labelsFromPairs(pairs);
        const ts = s.timestamp === undefined ? arrival : timestampMs(s.timestamp);
        if (ts > newest) newest = ts;
        if (this.limiter && !this.limiter.admitSeries(tenant, labelsKey(labels))) {
          rejected++;
          if (errors.length < 10) errors.push(`${s.name}: ${seriesLimitMessage(this.limiter, tenant)}`);
          continue;
        }
        try {
          app.append(0, labels, ts, s.value);
          appended++;
          seen.set(labelsKey(labels), labels);
          if (observed) {
            observed.labels.push(labels);
            observed.ts.push(ts);
            observed.vs.push(s.value);
          }
        } catch (err) {
          rejected++;
          if (errors.length < 10) errors.push(`${s.name}: ${(err as Error).message}`);
          if (!(err instanceof StorageError)) throw err;
        }
      }
    }
    // Staleness: series this stream stopped sending end now.
    const prev = this.lastSeries.get(streamKey);
    if (prev && newest > 0) {
      for (const [key, labels] of prev) {
        if (seen.has(key)) continue;
        try {
          app.append(0, labels, newest, STALE_NAN);
        } catch {
          // A series already stale at this time or beyond the window: nothing to mark.
        }
      }
    }
    try {
      await app.commit();
    } catch (err) {
      throw new IngestError(
        'INGEST_STORAGE',
        `storage refused the batch from ${streamKey}: ${(err as Error).message}`,
        { cause: err },
      );
    }
    this.lastSeries.set(streamKey, seen);
    if (observed) this.observer?.(path.enterprise, observed.labels, observed.ts, observed.vs);
    this.stats.samples += appended;
    this.stats.rejectedSamples += rejected;
    return { tenant: path.enterprise, samples: appended, rejected, errors };
  }

  /**
   * Stores complete series (remote_write) in `tenant`, under the tenant's limits. The caller has
   * already fixed the labels (tenant and scope); no staleness tracking, as the sender owns that.
   */
  async appendSeries(
    tenant: string,
    series: readonly { labels: Labels; samples: readonly { t: number; v: number }[] }[],
    bytes: number,
  ): Promise<IngestResult> {
    this.stats.messages++;
    this.limiter?.checkPayload(tenant, bytes);
    if (this.limiter) {
      let n = 0;
      for (const s of series) n += s.samples.length;
      this.limiter.takeSamples(tenant, n);
    }
    const store = await this.stores.get(tenant);
    const app = store.appender();
    const observed = this.observer
      ? { labels: [] as Labels[], ts: [] as number[], vs: [] as number[] }
      : undefined;
    const errors: string[] = [];
    let appended = 0;
    let rejected = 0;
    for (const s of series) {
      if (this.limiter && !this.limiter.admitSeries(tenant, labelsKey(s.labels))) {
        rejected += s.samples.length;
        if (errors.length < 10) errors.push(seriesLimitMessage(this.limiter, tenant));
        continue;
      }
      let ref = 0;
      for (const m of s.samples) {
        try {
          ref = app.append(ref, s.labels, m.t, m.v);
          appended++;
          if (observed && !isStaleNaN(m.v)) {
            observed.labels.push(s.labels);
            observed.ts.push(m.t);
            observed.vs.push(m.v);
          }
        } catch (err) {
          rejected++;
          if (errors.length < 10)
            errors.push(`${getLabel(s.labels, METRIC_NAME)}: ${(err as Error).message}`);
          if (!(err instanceof StorageError)) {
            await app.rollback();
            throw err;
          }
        }
      }
    }
    try {
      await app.commit();
    } catch (err) {
      throw new IngestError(
        'INGEST_STORAGE',
        `storage refused the batch for tenant ${tenant}: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    if (observed) this.observer?.(tenant, observed.labels, observed.ts, observed.vs);
    this.stats.samples += appended;
    this.stats.rejectedSamples += rejected;
    return { tenant, samples: appended, rejected, errors };
  }
}

function seriesLimitMessage(limiter: TenantLimiter, tenant: string): string {
  return `LIMIT_SERIES: tenant ${tenant} has reached its limit of ${limiter.limitsOf(tenant).maxSeries} active series; drop labels or ask for a higher limit`;
}

/**
 * The storage contracts. Everything that stores or serves samples implements these: the embedded
 * TSDB, the in-memory store, the edge's WAL-only buffer, a remote_write backend and a fan-out.
 * Modelled on Prometheus' `storage/interface.go`.
 *
 * Time is in milliseconds since the Unix epoch (integers stored as JS numbers). Values are IEEE-754
 * float64; the staleness marker is a NaN with a specific bit pattern (see `value.ts`) that
 * implementations must store and return bit for bit.
 *
 * Tenancy is not part of these interfaces: a tenant-aware server holds one `Storage` per tenant
 * (or a wrapper that injects and enforces a tenant label), so every implementation stays simple.
 */
import type { Labels } from './labels.ts';
import type { Matcher } from './matchers.ts';

/** An opaque handle an appender may return to make the next append of the same series cheaper. */
export type SeriesRef = number;

/**
 * Batches samples. Nothing is visible to queriers until `commit` resolves; `rollback` discards the
 * batch. After either, the appender must not be used again.
 *
 * `append` validates eagerly and throws a `StorageError` (out of bounds, duplicate sample with a
 * different value, invalid labels) so the caller can report the exact sample; the rest of the batch
 * stays valid. Appending the exact same (series, timestamp, value) again is a no-op, so a QoS 1
 * redelivery never doubles a sample.
 */
export interface Appender {
  /** `ref` is 0 or a value an earlier `append` of this storage returned for the same labels. */
  append(ref: SeriesRef, labels: Labels, t: number, v: number): SeriesRef;
  /** Resolves once the batch is durable to the implementation's documented policy. */
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export interface Appendable {
  appender(): Appender;
}

/** Hints a querier may use to read less; an implementation may ignore them. */
export interface SelectHints {
  start: number;
  end: number;
  /** Query step in ms (0 for instant queries). */
  step?: number;
  /** Range of the enclosing range-vector selector in ms, if any. */
  range?: number;
  func?: string;
}

/**
 * Iterates the samples of one series in ascending time order. After `next()` or `seek()` return
 * true, `time()` and `value()` read the current sample without allocating.
 */
export interface SampleIterator {
  next(): boolean;
  /** Advances to the first sample with time >= t (possibly the current one); false if none. */
  seek(t: number): boolean;
  time(): number;
  value(): number;
}

/**
 * The samples of one series in a time range as two columns of equal length, ascending by time.
 * Both arrays are read-only for the caller: an implementation may return views of its own buffers
 * or of a shared cache of decoded chunks, valid as long as the querier is open.
 */
export interface SampleColumns {
  /** Timestamps in ms. */
  readonly ts: Float64Array;
  /** Values, bit for bit as stored (the staleness marker included). */
  readonly vs: Float64Array;
}

export interface Series {
  readonly labels: Labels;
  iterator(): SampleIterator;
  /**
   * Optional bulk read: the samples in [mint, maxt] (inclusive, clipped to the querier's range)
   * at once, without a call per sample. Stores that decode chunks into typed arrays implement it;
   * callers use `readSamples` (columns.ts), which falls back to the iterator for stores that do not.
   */
  samples?(mint: number, maxt: number): SampleColumns;
}

/**
 * Reads samples within [mint, maxt] (both inclusive, ms). A querier sees a consistent snapshot as
 * of its creation for committed data; it must be closed.
 */
export interface Querier {
  /**
   * Series matching all matchers (at least one matcher must be given). With `sorted`, the result is
   * ordered by `compareLabels`. Series with no samples in [mint, maxt] may be omitted.
   */
  select(sorted: boolean, hints: SelectHints | undefined, matchers: readonly Matcher[]): Promise<Series[]>;
  /** Sorted, unique values of a label among series matching `matchers` (all series if none). */
  labelValues(name: string, matchers?: readonly Matcher[]): Promise<string[]>;
  /** Sorted, unique label names among series matching `matchers` (all series if none). */
  labelNames(matchers?: readonly Matcher[]): Promise<string[]>;
  close(): Promise<void>;
}

export interface Queryable {
  querier(mint: number, maxt: number): Promise<Querier>;
}

/** A store that both accepts and serves samples. */
export interface Storage extends Appendable, Queryable {
  close(): Promise<void>;
}

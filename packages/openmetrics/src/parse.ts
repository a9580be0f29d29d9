/**
 * Entry points of the parser: `parse` builds the whole `Exposition`; `parseSamples` streams every
 * sample to a callback without building the model (the ingest path). Both take bytes (a string is
 * UTF-8 encoded first), enforce the `maxBytes` limit before reading anything, and choose the format
 * from `format`, else from `contentType`, else OpenMetrics. A payload is valid only if the call
 * returns: `parseSamples` may already have delivered samples when it throws, so callers stage them
 * (an Appender) and roll back on error, as the spec requires ("partial or invalid expositions MUST be
 * considered erroneous in their entirety").
 */

import { ParseError } from './errors.ts';
import type { Exemplar, Exposition, LabelPair, MetricFamily, TextFormat } from './model.ts';
import { type SampleSink, TextParser } from './parser.ts';

/** 256 MiB, the largest MQTT payload; larger expositions must be split by the producer. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export interface ParseOptions {
  /** Text format; wins over `contentType`. @default 'openmetrics' */
  format?: TextFormat;
  /** An HTTP/MQTT content type, used when `format` is not given (see `formatFromContentType`). */
  contentType?: string;
  /** Largest accepted payload in bytes. @default DEFAULT_MAX_BYTES */
  maxBytes?: number;
}

/**
 * `application/openmetrics-text` is OpenMetrics; `text/plain` (with or without `version=0.0.4`) is the
 * Prometheus format; anything else, or nothing, is undefined.
 */
export function formatFromContentType(contentType: string | undefined): TextFormat | undefined {
  if (contentType === undefined) return undefined;
  const media = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  if (media === 'application/openmetrics-text') return 'openmetrics';
  if (media === 'text/plain') return 'prometheus';
  return undefined;
}

function resolve(
  input: Uint8Array | string,
  options: ParseOptions,
): { bytes: Uint8Array; format: TextFormat } {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(
      `input must be a string or a Uint8Array (Buffer), got ${Object.prototype.toString.call(input)}`,
    );
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes >= 0)) throw new RangeError(`maxBytes must be a non-negative number, got ${maxBytes}`);
  const format = options.format ?? formatFromContentType(options.contentType) ?? 'openmetrics';
  if (format !== 'openmetrics' && format !== 'prometheus') {
    throw new RangeError(`format must be 'openmetrics' or 'prometheus', got ${String(format)}`);
  }
  let size = typeof input === 'string' ? input.length : input.length;
  if (typeof input === 'string' && size <= maxBytes && size * 3 > maxBytes) size = Buffer.byteLength(input);
  if (size > maxBytes) {
    if (typeof input === 'string') size = Buffer.byteLength(input);
    throw new ParseError(
      'OM_PAYLOAD_TOO_LARGE',
      `payload of ${size} bytes exceeds the limit of ${maxBytes} bytes (raise maxBytes or split the payload)`,
      { line: 1, column: 1, expected: `at most ${maxBytes} bytes` },
    );
  }
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return { bytes, format };
}

/**
 * Parses a whole exposition. Label arrays may be shared by consecutive samples of one series:
 * treat the result as immutable. Throws `ParseError` for any invalid input.
 */
export function parse(input: Uint8Array | string, options: ParseOptions = {}): Exposition {
  const { bytes, format } = resolve(input, options);
  // No sink: the parser appends the samples to their families itself.
  const p = new TextParser(bytes, format, null);
  p.run();
  return { families: p.families };
}

/**
 * One sample as seen by `parseSamples`. The object is reused for every sample: copy what you keep.
 * `timestamp` is seconds, NaN when the line had none. `labels` is the very same array for
 * consecutive samples of one series (the parser reuses an identical label block), so
 * `labels === previous.labels && name === previous.name` is a cheap same-series test for ingest.
 */
export interface SampleView {
  family: MetricFamily;
  name: string;
  labels: LabelPair[];
  value: number;
  timestamp: number;
  exemplar: Exemplar | undefined;
}

class CallbackSink implements SampleSink {
  readonly view: SampleView;
  constructor(
    private readonly cb: (s: SampleView) => void,
    seed: MetricFamily,
  ) {
    this.view = { family: seed, name: '', labels: [], value: 0, timestamp: Number.NaN, exemplar: undefined };
  }
  sample(
    family: MetricFamily,
    name: string,
    labels: LabelPair[],
    value: number,
    timestamp: number | undefined,
    exemplar: Exemplar | undefined,
  ): void {
    const v = this.view;
    v.family = family;
    v.name = name;
    v.labels = labels;
    v.value = value;
    v.timestamp = timestamp ?? Number.NaN;
    v.exemplar = exemplar;
    this.cb(v);
  }
}

export interface ParseSummary {
  /** Families (with metadata; their `samples` arrays stay empty). */
  families: MetricFamily[];
  samples: number;
}

/**
 * Validates the whole payload like `parse` and hands every sample to `onSample` as soon as its line
 * is read, without building sample objects. Only a normal return means the payload was valid.
 */
export function parseSamples(
  input: Uint8Array | string,
  onSample: (sample: SampleView) => void,
  options: ParseOptions = {},
): ParseSummary {
  const { bytes, format } = resolve(input, options);
  const sink = new CallbackSink(onSample, { name: '', type: 'unknown', samples: [] });
  const p = new TextParser(bytes, format, sink);
  p.run();
  return { families: p.families, samples: p.samples };
}

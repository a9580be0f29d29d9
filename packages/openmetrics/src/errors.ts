/**
 * The one error class of the codec. A `ParseError` carries a stable `code` that callers and tests
 * may switch on, the 1-based `line` and `column` (column counts bytes from the start of the line)
 * where the input stopped making sense, and the token the parser `expected` there. The message
 * always reads `line:col: reason` so that CLI output can print it unchanged. Anything else thrown
 * by `parse` is a bug.
 */

export type ParseErrorCode =
  /** A byte sequence that the grammar does not allow at that place. */
  | 'OM_UNEXPECTED_TOKEN'
  /** An OpenMetrics exposition that does not end with `# EOF`. */
  | 'OM_MISSING_EOF'
  /** Anything after the `# EOF` line (other than a single final newline). */
  | 'OM_TEXT_AFTER_EOF'
  /** The payload is larger than the `maxBytes` option. */
  | 'OM_PAYLOAD_TOO_LARGE'
  /** A string (label value, HELP text) that is not valid UTF-8. */
  | 'OM_INVALID_UTF8'
  /** A number or timestamp outside the grammar (hex, underscores, NaN timestamps…). */
  | 'OM_INVALID_NUMBER'
  /** A second HELP, TYPE or UNIT line for one family, or metadata after its samples. */
  | 'OM_INVALID_METADATA'
  /** Two families whose sample names could clash, or a family that appears twice. */
  | 'OM_CLASHING_NAME'
  /** A label set that is invalid for its family: duplicate names, missing or bad `le`/`quantile`. */
  | 'OM_INVALID_LABELS'
  /** A sample value that the family type forbids (negative or NaN counter, stateset not 0/1…). */
  | 'OM_INVALID_VALUE'
  /** Metrics or metric points of one family interleaved with another. */
  | 'OM_INTERLEAVED'
  /** Timestamps going backwards in one series, or present on some points and not on others. */
  | 'OM_TIMESTAMP_ORDER'
  /** A histogram point that breaks the bucket rules (order, +Inf, _count, _sum). */
  | 'OM_INVALID_HISTOGRAM'
  /** An exemplar where none is allowed, or one whose labels exceed 128 code points. */
  | 'OM_INVALID_EXEMPLAR';

export class ParseError extends Error {
  readonly code: ParseErrorCode;
  /** 1-based line number. */
  readonly line: number;
  /** 1-based byte column within the line. */
  readonly column: number;
  /** What the parser would have accepted at that place, e.g. `"label name"`; empty if n/a. */
  readonly expected: string;
  /** The reason without the `line:col: ` prefix. */
  readonly reason: string;

  constructor(
    code: ParseErrorCode,
    reason: string,
    position: { line: number; column: number; expected?: string },
    options: { cause?: unknown } = {},
  ) {
    super(
      `${position.line}:${position.column}: ${reason}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'ParseError';
    this.code = code;
    this.line = position.line;
    this.column = position.column;
    this.expected = position.expected ?? '';
    this.reason = reason;
  }
}

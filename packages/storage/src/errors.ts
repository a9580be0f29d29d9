/**
 * Typed errors with stable codes. Every sensorpath error carries a `code` that scripts and tests
 * may depend on, a message that says what to do next, and the original `cause` where there is one.
 */

export class SensorpathError extends Error {
  readonly code: string;
  readonly context: Readonly<Record<string, unknown>>;
  constructor(
    code: string,
    message: string,
    options: { cause?: unknown; context?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.context = options.context ?? {};
  }
}

export type StorageErrorCode =
  | 'TSDB_OUT_OF_ORDER'
  | 'TSDB_OUT_OF_BOUNDS'
  | 'TSDB_DUPLICATE_SAMPLE'
  | 'TSDB_INVALID_LABELS'
  | 'TSDB_IMPORT_INVALID'
  | 'TSDB_LOCKED'
  | 'STORAGE_BAD_MATCHER'
  | 'STORAGE_CLOSED'
  | 'STORAGE_APPENDER_DONE';

export class StorageError extends SensorpathError {
  declare readonly code: StorageErrorCode;
  constructor(
    code: StorageErrorCode,
    message: string,
    options: { cause?: unknown; context?: Record<string, unknown> } = {},
  ) {
    super(code, message, options);
  }
}

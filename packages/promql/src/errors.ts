/**
 * Typed PromQL errors. Each carries a stable `code` and the Prometheus HTTP API `errorType` it maps
 * to (`bad_data` for parse and argument errors, `execution` for evaluation failures, `timeout`,
 * `canceled`), so the API layer never has to guess from message text.
 */
import { SensorpathError } from '@sensorpath/storage';

export type PromqlErrorCode =
  | 'PROMQL_PARSE'
  | 'PROMQL_EXECUTION'
  | 'PROMQL_TIMEOUT'
  | 'PROMQL_TOO_MANY_SAMPLES'
  | 'PROMQL_TOO_MANY_POINTS'
  | 'PROMQL_BAD_ARGUMENT';

export type PromErrorType = 'bad_data' | 'execution' | 'timeout' | 'canceled' | 'internal';

const errorTypes: Record<PromqlErrorCode, PromErrorType> = {
  PROMQL_PARSE: 'bad_data',
  PROMQL_EXECUTION: 'execution',
  PROMQL_TIMEOUT: 'timeout',
  PROMQL_TOO_MANY_SAMPLES: 'execution',
  PROMQL_TOO_MANY_POINTS: 'bad_data',
  PROMQL_BAD_ARGUMENT: 'bad_data',
};

export class PromqlError extends SensorpathError {
  declare readonly code: PromqlErrorCode;
  readonly errorType: PromErrorType;
  constructor(code: PromqlErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.errorType = errorTypes[code];
  }
}

export function execError(message: string): PromqlError {
  return new PromqlError('PROMQL_EXECUTION', message);
}

/**
 * Typed errors of authentication, authorisation and limits. Each carries a stable `code` that logs,
 * metrics and HTTP bodies repeat, and a message that tells the caller what to do next. The HTTP
 * status and the refusal reason (a metric label) are derived from the code in one place.
 */

export type AuthErrorCode =
  | 'AUTH_REQUIRED'
  | 'AUTH_BAD_TOKEN'
  | 'AUTH_REVOKED'
  | 'AUTH_SCOPE_DENIED'
  | 'AUTH_ROLE_DENIED'
  | 'AUTH_TENANT_DENIED'
  | 'AUTH_BAD_SCOPE'
  | 'AUTH_BAD_REQUEST'
  | 'AUTH_UNKNOWN_USER'
  | 'AUTH_JWT_INVALID'
  | 'LIMIT_SERIES'
  | 'LIMIT_RATE'
  | 'LIMIT_PAYLOAD';

const STATUS: Record<AuthErrorCode, number> = {
  AUTH_REQUIRED: 401,
  AUTH_BAD_TOKEN: 401,
  AUTH_REVOKED: 401,
  AUTH_JWT_INVALID: 401,
  AUTH_SCOPE_DENIED: 403,
  AUTH_ROLE_DENIED: 403,
  AUTH_TENANT_DENIED: 403,
  AUTH_BAD_SCOPE: 400,
  AUTH_BAD_REQUEST: 400,
  AUTH_UNKNOWN_USER: 404,
  LIMIT_SERIES: 429,
  LIMIT_RATE: 429,
  LIMIT_PAYLOAD: 413,
};

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    options?: { cause?: unknown; tenant?: string },
  ) {
    super(message, options);
    this.name = code.startsWith('LIMIT_') ? 'LimitError' : 'AuthError';
    this.tenant = options?.tenant;
  }
  readonly tenant: string | undefined;

  /** The HTTP status that carries this refusal. */
  get status(): number {
    return STATUS[this.code];
  }

  /** Short reason used as a metric label: `bad_token`, `scope_denied`, `series`, … */
  get reason(): string {
    return this.code.replace(/^(AUTH|LIMIT)_/, '').toLowerCase();
  }
}

/**
 * @sensorpath/auth: tenants and API users scoped to a sensor path (SQLite `auth.db`), token
 * hashing and verification, scope matching with MQTT wildcard semantics, the role rules, OpenID
 * Connect JWT verification against a JWKS, and per-tenant ingestion limits.
 */
export { AuthError, type AuthErrorCode } from './errors.ts';
export { JwtVerifier, type OidcOptions } from './jwt.ts';
export { DEFAULT_LIMITS, type LimitsConfig, TenantLimiter } from './limits.ts';
export {
  ANONYMOUS,
  Authenticator,
  type AuthenticatorOptions,
  checkAdmin,
  checkPublish,
  checkQuery,
  checkSubscribe,
  checkTenant,
  type Principal,
  tenantsFor,
} from './principal.ts';
export {
  filterWithin,
  isValidTenant,
  parseScope,
  scopeLabels,
  topicMatches,
} from './scope.ts';
export { authDbPath, type Role, type TenantLimitOverrides, type User, UserStore } from './store.ts';

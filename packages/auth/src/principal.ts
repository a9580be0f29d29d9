/**
 * Who is calling, and what they may do. An `Authenticator` turns credentials (an API token, with or
 * without its user name, or an OIDC JWT) into a `Principal`: user name, tenant, scope and role. The
 * rules of the roles live here, in one place, for MQTT and HTTP alike:
 *
 * - edge: publish inside its scope (not to `…/config`), subscribe inside its scope, push over HTTP;
 * - reader: query its tenant (narrowed to its scope), subscribe inside its scope;
 * - admin: all of the above inside its scope, config pushes, users and devices of its tenant.
 *   An admin of tenant `*` (an operator) may act on every tenant and name one explicitly.
 *
 * Successful token checks are cached for a minute (keyed by a hash of the token) so requests do not
 * pay scrypt each time; revocation is still seen at once because the user row is read on every check.
 */
import { createHash } from 'node:crypto';
import { AuthError } from './errors.ts';
import { type JwtVerifier, looksLikeJwt } from './jwt.ts';
import { ALL_TENANTS, filterWithin, topicMatches } from './scope.ts';
import type { Role, UserStore } from './store.ts';
import { splitToken, verifySecret } from './token.ts';

export interface Principal {
  username: string;
  /** The tenant, or `*` for operators. */
  tenant: string;
  /** MQTT topic filter the principal may act within. */
  scope: string;
  role: Role;
  source: 'token' | 'jwt' | 'anonymous';
  /** When the credential stops being valid (ms; JWT `exp`); long MQTT sessions end then. */
  expiresAt?: number;
}

/** The principal of open mode: no users exist, loopback only, everything allowed. */
export const ANONYMOUS: Principal = Object.freeze({
  username: 'anonymous',
  tenant: ALL_TENANTS,
  scope: '#',
  role: 'admin',
  source: 'anonymous',
});

export interface AuthenticatorOptions {
  users?: UserStore | undefined;
  jwt?: JwtVerifier | undefined;
  /** How long a verified token is trusted without scrypt (ms). @default 60000 */
  cacheMs?: number;
  now?: () => number;
}

export class Authenticator {
  private readonly cache = new Map<string, { username: string; until: number }>();
  private readonly now: () => number;
  constructor(private readonly opts: AuthenticatorOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Auth is required once any user exists or an OIDC provider is configured. */
  required(): boolean {
    return this.opts.jwt !== undefined || (this.opts.users?.activeCount() ?? 0) > 0;
  }

  /**
   * Verifies a secret: an API token (then `username`, when given, must be its owner) or a JWT.
   * Throws AuthError AUTH_BAD_TOKEN, AUTH_REVOKED or AUTH_JWT_INVALID.
   */
  async verify(secret: string, username?: string): Promise<Principal> {
    if (looksLikeJwt(secret)) {
      if (!this.opts.jwt)
        throw new AuthError(
          'AUTH_BAD_TOKEN',
          'a JWT was presented but no OIDC provider is configured (--oidc-issuer)',
        );
      return this.opts.jwt.verify(secret);
    }
    const bad = () =>
      new AuthError(
        'AUTH_BAD_TOKEN',
        'wrong user name or token: use the token printed by "sensorpath user create" (it is shown only once)',
      );
    const parts = splitToken(secret);
    const users = this.opts.users;
    if (!parts || !users) throw bad();
    const key = createHash('sha256').update(secret).digest('base64url');
    const user = users.byTokenId(parts.id);
    if (!user) throw bad();
    const hit = this.cache.get(key);
    if (!(hit && hit.until > this.now() && hit.username === user.username)) {
      this.cache.delete(key);
      if (!(await verifySecret(parts.secret, user.tokenHash))) throw bad();
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(key, { username: user.username, until: this.now() + (this.opts.cacheMs ?? 60_000) });
    }
    if (username !== undefined && username !== '' && username !== user.username) throw bad();
    if (user.revokedAt !== null)
      throw new AuthError('AUTH_REVOKED', `user ${user.username} was revoked: ask an admin for a new token`);
    return {
      username: user.username,
      tenant: user.tenant,
      scope: user.scope,
      role: user.role,
      source: 'token',
    };
  }

  /**
   * Re-checks a principal from an earlier connection (an MQTT session): false once its user was
   * revoked or deleted, or its JWT expired.
   */
  stillValid(p: Principal): boolean {
    if (p.expiresAt !== undefined && p.expiresAt <= this.now()) return false;
    if (p.source !== 'token') return p.source === 'jwt' || !this.required();
    const u = this.opts.users?.get(p.username);
    return u !== undefined && u.revokedAt === null;
  }

  /** Resolves an HTTP Authorization header (Bearer token/JWT or Basic user:token). */
  async fromHeader(header: string | undefined): Promise<Principal | undefined> {
    if (!header) return undefined;
    const sp = header.indexOf(' ');
    const scheme = header.slice(0, sp).toLowerCase();
    const value = header.slice(sp + 1).trim();
    if (scheme === 'bearer') return this.verify(value);
    if (scheme === 'basic') {
      const text = Buffer.from(value, 'base64').toString('utf8');
      const i = text.indexOf(':');
      if (i < 0) throw new AuthError('AUTH_BAD_TOKEN', 'Basic credentials must be user:token');
      return this.verify(text.slice(i + 1), text.slice(0, i));
    }
    throw new AuthError(
      'AUTH_BAD_TOKEN',
      `authorization scheme ${JSON.stringify(scheme)} unknown: use Bearer or Basic`,
    );
  }
}

/** May `p` publish to `topic`? Throws AUTH_ROLE_DENIED or AUTH_SCOPE_DENIED. */
export function checkPublish(p: Principal, topic: string): void {
  if (p.role === 'reader')
    throw new AuthError(
      'AUTH_ROLE_DENIED',
      `user ${p.username} is a reader and may not publish; use an edge user`,
    );
  if (!topicMatches(p.scope, topic))
    throw new AuthError(
      'AUTH_SCOPE_DENIED',
      `user ${p.username} may publish only inside ${p.scope}, not to ${topic}`,
      { tenant: p.tenant },
    );
  if (p.role !== 'admin' && topic.endsWith('/config'))
    throw new AuthError(
      'AUTH_ROLE_DENIED',
      `only admins push configurations (${topic}); use "sensorpath device config push"`,
    );
}

/** May `p` subscribe to `filter`? Throws AUTH_SCOPE_DENIED. */
export function checkSubscribe(p: Principal, filter: string): void {
  if (!filterWithin(p.scope, filter))
    throw new AuthError(
      'AUTH_SCOPE_DENIED',
      `user ${p.username} may subscribe only inside ${p.scope}, not to ${filter}`,
      { tenant: p.tenant },
    );
}

/** May `p` query? Throws AUTH_ROLE_DENIED. */
export function checkQuery(p: Principal): void {
  if (p.role === 'edge')
    throw new AuthError(
      'AUTH_ROLE_DENIED',
      `user ${p.username} is an edge user and may not query; use a reader`,
    );
}

/** May `p` administer users and devices? Throws AUTH_ROLE_DENIED. */
export function checkAdmin(p: Principal): void {
  if (p.role !== 'admin')
    throw new AuthError('AUTH_ROLE_DENIED', `user ${p.username} is not an admin; use an admin token`);
}

/**
 * The tenants a request acts on: its own, or `requested` when the principal is an operator or the
 * requested tenant is its own. `undefined` means every tenant (operators and open mode).
 */
export function tenantsFor(p: Principal, requested: string | undefined): string[] | undefined {
  if (requested !== undefined && requested !== '') {
    if (p.tenant !== ALL_TENANTS && requested !== p.tenant)
      throw new AuthError(
        'AUTH_TENANT_DENIED',
        `user ${p.username} belongs to tenant ${p.tenant} and may not read tenant ${requested}`,
        { tenant: p.tenant },
      );
    return [requested];
  }
  return p.tenant === ALL_TENANTS ? undefined : [p.tenant];
}

/** May `p` act on tenant `t` (manage its users or devices)? */
export function checkTenant(p: Principal, t: string): void {
  if (p.tenant !== ALL_TENANTS && p.tenant !== t)
    throw new AuthError(
      'AUTH_TENANT_DENIED',
      `user ${p.username} may act only on tenant ${p.tenant}, not ${t}`,
      {
        tenant: p.tenant,
      },
    );
}

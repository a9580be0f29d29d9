/**
 * External identity: JSON Web Tokens from an OpenID Connect provider (Keycloak, Gluu, …), verified
 * against the provider's JWKS with node:crypto (RS256 and ES256 only; `none`, HMAC and anything else
 * are refused so a token cannot choose a weaker check). The key set is fetched from `jwksUrl` (or
 * discovered from `<issuer>/.well-known/openid-configuration`), cached, and refetched when a token
 * names an unknown `kid` (at most every 30 s, so garbage tokens cannot hammer the provider).
 * Claims map to a principal: a tenant claim, an optional scope claim (default: the whole tenant)
 * and an optional role claim (a string or an array such as Keycloak roles; default reader).
 */
import { createPublicKey, type JsonWebKey, type KeyObject, verify } from 'node:crypto';
import { AuthError } from './errors.ts';
import type { Principal } from './principal.ts';
import { isValidTenant, parseScope } from './scope.ts';
import { ROLES, type Role } from './store.ts';

export interface OidcOptions {
  /** Expected `iss` claim, e.g. https://keycloak.example/realms/plant. */
  issuer: string;
  /** JWKS address; discovered from the issuer when omitted. */
  jwksUrl?: string | undefined;
  /** Expected `aud` (one of the token's audiences); not checked when omitted. */
  audience?: string | undefined;
  /** Claim holding the tenant (dotted path for nested claims). @default "tenant" */
  tenantClaim?: string | undefined;
  /** Claim holding the sensor-path scope. @default "sensorpath_scope" (absent: the whole tenant) */
  scopeClaim?: string | undefined;
  /** Claim holding the role or a list of roles. @default "sensorpath_role" (absent: reader) */
  roleClaim?: string | undefined;
  /** Allowed clock difference in seconds for exp/nbf. @default 60 */
  clockSkewSeconds?: number | undefined;
  fetch?: typeof fetch;
  now?: () => number;
}

interface Jwk extends JsonWebKey {
  kid?: string;
  kty?: string;
  alg?: string;
  use?: string;
}

const REFETCH_MS = 30_000;
const CACHE_MS = 5 * 60_000;

export function looksLikeJwt(s: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(s) && s.startsWith('eyJ');
}

export class JwtVerifier {
  private keys = new Map<string, { key: KeyObject; kty: string }>();
  private fetchedAt = 0;
  private inflight: Promise<void> | undefined;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly opts: OidcOptions) {
    if (!/^https?:\/\//.test(opts.issuer))
      throw new AuthError(
        'AUTH_BAD_REQUEST',
        `--oidc-issuer ${JSON.stringify(opts.issuer)} must be an http(s) URL`,
      );
    this.fetch = opts.fetch ?? fetch;
    this.now = opts.now ?? Date.now;
  }

  /** Verifies a compact JWS and maps its claims to a principal. Throws AUTH_JWT_INVALID. */
  async verify(token: string): Promise<Principal> {
    const parts = token.split('.');
    if (parts.length !== 3) throw invalid('not a compact JWT (three dot-separated parts)');
    const header = decodeJson(parts[0]!, 'header') as { alg?: string; kid?: string };
    const claims = decodeJson(parts[1]!, 'payload') as Record<string, unknown>;
    if (header.alg !== 'RS256' && header.alg !== 'ES256')
      throw invalid(
        `algorithm ${JSON.stringify(header.alg)} is not accepted; the provider must sign with RS256 or ES256`,
      );
    const kty = header.alg === 'RS256' ? 'RSA' : 'EC';
    const key = await this.key(header.kid, kty);
    const ok = verify(
      'sha256',
      Buffer.from(`${parts[0]}.${parts[1]}`),
      kty === 'EC' ? { key, dsaEncoding: 'ieee-p1363' } : key,
      Buffer.from(parts[2]!, 'base64url'),
    );
    if (!ok) throw invalid('signature does not verify against the provider key set');
    const nowS = this.now() / 1000;
    const skew = this.opts.clockSkewSeconds ?? 60;
    if (typeof claims.exp !== 'number' || claims.exp + skew < nowS)
      throw invalid('token expired (or has no exp): fetch a fresh token from the provider');
    if (typeof claims.nbf === 'number' && claims.nbf - skew > nowS)
      throw invalid('token not valid yet (nbf)');
    if (claims.iss !== this.opts.issuer)
      throw invalid(`issuer ${JSON.stringify(claims.iss)} is not the configured ${this.opts.issuer}`);
    if (this.opts.audience !== undefined) {
      const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      if (!aud.includes(this.opts.audience)) throw invalid(`audience does not include ${this.opts.audience}`);
    }
    return this.principal(claims);
  }

  private principal(claims: Record<string, unknown>): Principal {
    const tenantClaim = this.opts.tenantClaim ?? 'tenant';
    const tenant = claim(claims, tenantClaim);
    if (typeof tenant !== 'string' || !isValidTenant(tenant))
      throw invalid(
        `claim ${tenantClaim} must hold the tenant name; map it in the provider (a protocol mapper)`,
      );
    const rawScope = claim(claims, this.opts.scopeClaim ?? 'sensorpath_scope');
    let scope: string;
    try {
      scope = parseScope(tenant, typeof rawScope === 'string' ? rawScope : `${tenant}/#`);
    } catch (err) {
      throw invalid((err as Error).message);
    }
    const rawRole = claim(claims, this.opts.roleClaim ?? 'sensorpath_role');
    const roles = (Array.isArray(rawRole) ? rawRole : [rawRole]).filter((r): r is Role =>
      ROLES.includes(r as Role),
    );
    // The strongest role listed wins (admin > edge > reader is not a hierarchy of rights, so pick
    // admin when present, else reader when present, else edge).
    const role: Role = roles.includes('admin')
      ? 'admin'
      : roles.includes('reader') || roles.length === 0
        ? 'reader'
        : 'edge';
    const name = claims.preferred_username ?? claims.sub;
    return {
      username: `oidc:${typeof name === 'string' ? name : 'unknown'}`,
      tenant,
      scope,
      role,
      source: 'jwt',
      expiresAt: (claims.exp as number) * 1000,
    };
  }

  private async key(kid: string | undefined, kty: string): Promise<KeyObject> {
    const find = () => {
      if (kid !== undefined) {
        const k = this.keys.get(kid);
        return k && k.kty === kty ? k.key : undefined;
      }
      const same = [...this.keys.values()].filter((k) => k.kty === kty);
      return same.length === 1 ? same[0]!.key : undefined;
    };
    const age = this.now() - this.fetchedAt;
    if (this.fetchedAt === 0 || age > CACHE_MS || (!find() && age > REFETCH_MS)) await this.refresh();
    const k = find();
    if (!k)
      throw invalid(
        `no ${kty} key ${kid === undefined ? '(token has no kid)' : JSON.stringify(kid)} in the provider key set`,
      );
    return k;
  }

  private refresh(): Promise<void> {
    this.inflight ??= this.load().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async load(): Promise<void> {
    this.fetchedAt = this.now();
    let url = this.opts.jwksUrl;
    try {
      if (!url) {
        const r = await this.fetch(`${this.opts.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
        url = ((await r.json()) as { jwks_uri?: string }).jwks_uri;
        if (!url) throw new Error('discovery document has no jwks_uri');
      }
      const r = await this.fetch(url);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const body = (await r.json()) as { keys?: Jwk[] };
      const keys = new Map<string, { key: KeyObject; kty: string }>();
      for (const jwk of body.keys ?? []) {
        if (jwk.use !== undefined && jwk.use !== 'sig') continue;
        if (jwk.kty !== 'RSA' && jwk.kty !== 'EC') continue;
        try {
          const key = createPublicKey({ key: jwk, format: 'jwk' });
          keys.set(jwk.kid ?? `#${keys.size}`, { key, kty: jwk.kty });
        } catch {
          // A key we cannot import (unknown curve) is skipped; tokens signed with it fail by kid.
        }
      }
      this.keys = keys;
    } catch (err) {
      throw new AuthError(
        'AUTH_JWT_INVALID',
        `cannot load the provider key set from ${url ?? this.opts.issuer}: ${(err as Error).message}; check --oidc-jwks-url`,
        { cause: err },
      );
    }
  }
}

function invalid(why: string): AuthError {
  return new AuthError('AUTH_JWT_INVALID', `JWT refused: ${why}`);
}

function decodeJson(part: string, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw invalid(`${what} is not base64url JSON`);
  }
}

function claim(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let cur: unknown = claims;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

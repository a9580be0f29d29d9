/**
 * API tokens. A token is `spt_<id>_<secret>`: the id (8 random bytes, hex) finds the user without
 * trying every hash, the secret (32 random bytes, base64url) is the credential. Only a salted scrypt
 * hash of the secret is stored (`scrypt$<N>$<r>$<p>$<salt>$<hash>`, base64url); verification
 * recomputes it asynchronously (off the event loop) and compares in constant time. The secret has
 * 256 bits of entropy, so scrypt's cost is defence in depth against a stolen auth.db, not the only
 * barrier; callers cache successful verifications briefly to keep per-request cost low.
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

const PREFIX = 'spt_';
const ID = /^[0-9a-f]{16}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;
/** scrypt cost: N=2^14, r=8, p=1 (16 MiB, ~40 ms); stored with each hash so it can change. */
const DEFAULT_PARAMS = { N: 1 << 14, r: 8, p: 1 };
const KEYLEN = 32;

export interface NewToken {
  /** The full token to hand to the user, once. */
  token: string;
  id: string;
  secret: string;
}

export function generateToken(): NewToken {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { token: `${PREFIX}${id}_${secret}`, id, secret };
}

/** Splits a token into id and secret, or undefined when it is not shaped like one of ours. */
export function splitToken(token: string): { id: string; secret: string } | undefined {
  if (!token.startsWith(PREFIX)) return undefined;
  const id = token.slice(PREFIX.length, PREFIX.length + 16);
  const secret = token.slice(PREFIX.length + 17);
  if (token[PREFIX.length + 16] !== '_' || !ID.test(id) || !SECRET.test(secret)) return undefined;
  return { id, secret };
}

function scryptAsync(secret: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEYLEN, { ...params, maxmem: 64 << 20 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashSecret(secret: string, params = DEFAULT_PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(secret, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/** Constant-time check of a secret against a stored hash; false for any malformed hash. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const salt = Buffer.from(parts[4]!, 'base64url');
  const want = Buffer.from(parts[5]!, 'base64url');
  if (!Number.isInteger(N) || !Number.isInteger(r) || !Number.isInteger(p) || want.length !== KEYLEN)
    return false;
  const got = await scryptAsync(secret, salt, { N, r, p });
  return timingSafeEqual(got, want);
}

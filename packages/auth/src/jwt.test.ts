/**
 * OIDC JWT verification against a JWKS served on loopback, with locally generated RSA and EC keys:
 * RS256 and ES256 tokens map their claims to a principal; expired, wrongly signed, wrong-issuer,
 * wrong-audience, `alg: none` and HS256 tokens are refused; an unknown `kid` refetches the key set
 * (key rotation) but not more often than allowed.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { JwtVerifier } from './jwt.ts';
import { Authenticator } from './principal.ts';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const rotated = generateKeyPairSync('rsa', { modulusLength: 2048 });

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
function jwt(header: Record<string, unknown>, claims: Record<string, unknown>, key?: KeyObject): string {
  const data = `${b64(header)}.${b64(claims)}`;
  if (!key) return `${data}.`;
  const sig =
    header.alg === 'ES256'
      ? sign('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(data), key);
  return `${data}.${sig.toString('base64url')}`;
}

describe('JwtVerifier', () => {
  let server: Server;
  let issuer = '';
  let fetches = 0;
  let keys = [
    { ...rsa.publicKey.export({ format: 'jwk' }), kid: 'r1', use: 'sig', alg: 'RS256' },
    { ...ec.publicKey.export({ format: 'jwk' }), kid: 'e1', use: 'sig', alg: 'ES256' },
  ];
  const now = () => Date.now();
  const claims = (extra: Record<string, unknown> = {}) => ({
    iss: issuer,
    aud: ['sensorpath', 'account'],
    exp: Math.floor(now() / 1000) + 300,
    preferred_username: 'alice',
    tenant: 'acme',
    sensorpath_scope: 'acme/berlin/#',
    realm_access: { roles: ['offline_access', 'reader'] },
    ...extra,
  });

  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/realms/plant/.well-known/openid-configuration') {
        res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs` }));
      } else if (req.url === '/realms/plant/protocol/openid-connect/certs') {
        fetches++;
        res.end(JSON.stringify({ keys }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/plant`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  const verifier = () =>
    new JwtVerifier({ issuer, audience: 'sensorpath', roleClaim: 'realm_access.roles', now });

  it('maps RS256 and ES256 tokens to principals (JWKS discovered from the issuer)', async () => {
    const v = verifier();
    const c = claims();
    const p = await v.verify(jwt({ alg: 'RS256', kid: 'r1' }, c, rsa.privateKey));
    assert.deepEqual(p, {
      username: 'oidc:alice',
      tenant: 'acme',
      scope: 'acme/berlin/#',
      role: 'reader',
      source: 'jwt',
      expiresAt: c.exp * 1000,
    });
    assert.equal(new Authenticator({ jwt: v, now: () => c.exp * 1000 + 1 }).stillValid(p), false, 'expired');
    const e = await v.verify(
      jwt(
        { alg: 'ES256', kid: 'e1' },
        claims({ sensorpath_scope: undefined, realm_access: { roles: ['admin'] } }),
        ec.privateKey,
      ),
    );
    assert.deepEqual([e.scope, e.role], ['acme/#', 'admin']);
    const auth = new Authenticator({ jwt: v });
    assert.equal(auth.required(), true);
    const h = await auth.fromHeader(`Bearer ${jwt({ alg: 'RS256', kid: 'r1' }, claims(), rsa.privateKey)}`);
    assert.equal(h?.tenant, 'acme');
  });

  it('refuses tokens that are expired, forged, for someone else, or unsigned', async () => {
    const v = verifier();
    const bad: [string, RegExp][] = [
      [
        jwt({ alg: 'RS256', kid: 'r1' }, claims({ exp: Math.floor(now() / 1000) - 3600 }), rsa.privateKey),
        /expired/,
      ],
      [jwt({ alg: 'RS256', kid: 'r1' }, claims(), rotated.privateKey), /signature/],
      [jwt({ alg: 'RS256', kid: 'r1' }, claims({ iss: 'https://evil.example' }), rsa.privateKey), /issuer/],
      [jwt({ alg: 'RS256', kid: 'r1' }, claims({ aud: 'other' }), rsa.privateKey), /audience/],
      [jwt({ alg: 'none' }, claims()), /algorithm "none"/],
      [jwt({ alg: 'HS256', kid: 'r1' }, claims(), rsa.privateKey), /algorithm "HS256"/],
      [jwt({ alg: 'RS256', kid: 'r1' }, claims({ tenant: '../etc' }), rsa.privateKey), /tenant/],
      [
        jwt({ alg: 'RS256', kid: 'r1' }, claims({ sensorpath_scope: 'globex/#' }), rsa.privateKey),
        /outside tenant/,
      ],
      [jwt({ alg: 'ES256', kid: 'r1' }, claims(), ec.privateKey), /no EC key/],
    ];
    for (const [token, why] of bad)
      await assert.rejects(
        v.verify(token),
        (err: Error & { code?: string }) => err.code === 'AUTH_JWT_INVALID' && why.test(err.message),
      );
  });

  it('refetches the key set for an unknown kid (key rotation), at most every 30 s', async () => {
    let t = Date.now();
    const v = new JwtVerifier({ issuer, jwksUrl: `${issuer}/protocol/openid-connect/certs`, now: () => t });
    await v.verify(jwt({ alg: 'RS256', kid: 'r1' }, claims({ aud: undefined }), rsa.privateKey));
    const before = fetches;
    keys = [...keys, { ...rotated.publicKey.export({ format: 'jwk' }), kid: 'r2', use: 'sig', alg: 'RS256' }];
    const rotatedToken = jwt({ alg: 'RS256', kid: 'r2' }, claims(), rotated.privateKey);
    await assert.rejects(v.verify(rotatedToken), /no RSA key "r2"/);
    assert.equal(fetches, before, 'no refetch within 30 s of the last one');
    t += 31_000;
    const p = await v.verify(rotatedToken);
    assert.equal(p.username, 'oidc:alice');
    assert.equal(fetches, before + 1);
  });
});

/**
 * TLS and external identity through the server: with `tls` (a self-signed certificate made by
 * `openssl`, skipped when it is missing) HTTP is HTTPS and MQTT is MQTT over TLS; with `oidc`
 * (an RSA key set served on loopback like Keycloak's) a JWT is accepted as Bearer token and as MQTT
 * password, with tenant, scope and role from its claims, and nothing is accepted without one.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectAsync } from 'mqtt';
import { pino } from 'pino';
import { type ServerHandle, startServer } from './server.ts';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const key = generateKeyPairSync('rsa', { modulusLength: 2048 });

function get(
  port: number,
  path: string,
  ca: Buffer,
  token?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        ca,
        servername: 'localhost',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      },
      (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('TLS and OIDC', {
  skip: hasOpenssl ? false : 'openssl not installed: cannot make a test certificate',
}, () => {
  let srv: ServerHandle;
  let jwks: Server;
  let issuer = '';
  const dir = mkdtempSync(join(tmpdir(), 'sp-secure-'));
  const cert = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  let ca: Buffer;

  const token = (role: string, tenant = 'acme') => {
    const data = `${Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'k1' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({
        iss: issuer,
        exp: Math.floor(Date.now() / 1000) + 300,
        sub: `${role}-1`,
        tenant,
        sensorpath_role: role,
      }),
    ).toString('base64url')}`;
    return `${data}.${sign('sha256', Buffer.from(data), key.privateKey).toString('base64url')}`;
  };

  before(async () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        keyFile,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    ca = readFileSync(cert);
    jwks = createServer((_req, res) =>
      res.end(
        JSON.stringify({ keys: [{ ...key.publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig' }] }),
      ),
    );
    await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/realms/plant`;
    srv = await startServer({
      dataDir: join(dir, 'data'),
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger: pino({ level: 'silent' }),
      tls: { cert, key: keyFile },
      oidc: { issuer, jwksUrl: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/certs` },
    });
  });
  after(async () => {
    await srv?.close();
    await new Promise<void>((r) => jwks.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('speaks MQTT over TLS and accepts a JWT as password, scoped to its tenant', async () => {
    const c = await connectAsync(`mqtts://127.0.0.1:${srv.mqttPort}`, {
      username: 'jwt',
      password: token('edge'),
      ca,
      servername: 'localhost',
      reconnectPeriod: 0,
    });
    await c.publishAsync('acme/berlin/hall/l1/m1/metrics', '# TYPE tls_v gauge\ntls_v 1\n# EOF\n', {
      qos: 1,
    });
    const denied = await c.subscribeAsync('globex/#').then(
      (g) => g[0]?.qos,
      (err: { packet?: { granted?: number[] } }) => err.packet?.granted?.[0],
    );
    assert.equal(denied, 128);
    await c.endAsync();
    await assert.rejects(
      connectAsync(`mqtts://127.0.0.1:${srv.mqttPort}`, { ca, servername: 'localhost', reconnectPeriod: 0 }),
      /Not authorized/i,
    );
  });

  it('serves HTTPS and reads with a JWT bearer, only its tenant', async () => {
    assert.equal((await get(srv.httpPort, '/api/v1/query?query=tls_v', ca)).status, 401);
    const r = await get(srv.httpPort, '/api/v1/query?query=tls_v', ca, token('reader'));
    assert.equal(r.status, 200);
    assert.equal((JSON.parse(r.body) as { data: { result: unknown[] } }).data.result.length, 1);
    const other = await get(srv.httpPort, '/api/v1/query?query=tls_v', ca, token('reader', 'globex'));
    assert.deepEqual((JSON.parse(other.body) as { data: { result: unknown[] } }).data.result, []);
    await assert.rejects(fetch(`http://127.0.0.1:${srv.httpPort}/-/ready`), 'plain HTTP is not served');
  });
});

/**
 * The server end to end over real sockets: an MQTT client publishes to the embedded broker with
 * QoS 1, the PUBACK arrives after the samples are stored, the HTTP API answers; a malformed message
 * is acknowledged and dropped without disturbing the next; a taken port fails with a clear message.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectAsync, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { type ServerHandle, startServer } from './server.ts';

const logger = pino({ level: 'silent' });

describe('server', () => {
  let srv: ServerHandle;
  let client: MqttClient;
  const dir = mkdtempSync(join(tmpdir(), 'sp-server-'));
  before(async () => {
    srv = await startServer({
      dataDir: dir,
      http: { host: '127.0.0.1', port: 0 },
      mqtt: { host: '127.0.0.1', port: 0 },
      logger,
    });
    client = await connectAsync(`mqtt://127.0.0.1:${srv.mqttPort}`, {
      clientId: 'test-pub',
      protocolVersion: 4,
    });
  });
  after(async () => {
    await client.endAsync();
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = (path: string) => fetch(`http://127.0.0.1:${srv.httpPort}${path}`);

  it('is ready', async () => {
    const r = await api('/-/ready');
    assert.equal(r.status, 200);
  });

  it('stores a QoS 1 publish before acknowledging it', async () => {
    const t = Date.now() / 1000;
    await client.publishAsync(
      'acme/berlin/hall/l1/m1/metrics',
      `# TYPE v gauge\nv{phase="L1"} 231.5 ${t.toFixed(3)}\n# EOF\n`,
      { qos: 1 },
    );
    // No waiting: the PUBACK means it is queryable now.
    const r = await api('/api/v1/query?query=v');
    const body = (await r.json()) as {
      data: { result: { metric: Record<string, string>; value: [number, string] }[] };
    };
    assert.equal(body.data.result.length, 1);
    assert.equal(body.data.result[0]?.metric.site, 'berlin');
    assert.equal(body.data.result[0]?.value[1], '231.5');
  });

  it('drops a malformed message, counts it, and keeps going', async () => {
    await client.publishAsync('acme/berlin/hall/l1/m2/metrics', 'this is { not openmetrics', { qos: 1 });
    await client.publishAsync('acme/berlin/hall/l1/m2/metrics', '# TYPE w gauge\nw 1\n# EOF\n', { qos: 1 });
    const r = await api('/api/v1/query?query=w');
    const body = (await r.json()) as { data: { result: unknown[] } };
    assert.equal(body.data.result.length, 1);
    const metrics = await (await api('/metrics')).text();
    assert.match(metrics, /sensorpath_ingest_bad_payloads_total 1/);
  });

  it('answers bad queries with a Prometheus-style error', async () => {
    const r = await api('/api/v1/query?query=%7B');
    assert.equal(r.status, 400);
    const body = (await r.json()) as { status: string; errorType: string };
    assert.equal(body.status, 'error');
    assert.equal(body.errorType, 'bad_data');
  });

  it('refuses a port in use with a message naming the flag', async () => {
    await assert.rejects(
      startServer({
        dataDir: dir,
        http: { host: '127.0.0.1', port: srv.httpPort },
        mqtt: { host: '127.0.0.1', port: 0 },
        logger,
      }),
      /HTTP port 127\.0\.0\.1:\d+ is already in use.*--http/,
    );
  });

  it('refuses to bind beyond loopback without users', async () => {
    await assert.rejects(
      startServer({
        dataDir: dir,
        http: { host: '0.0.0.0', port: 0 },
        mqtt: { host: '127.0.0.1', port: 0 },
        logger,
      }),
      /binds to loopback only/,
    );
  });
});

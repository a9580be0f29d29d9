/**
 * Back-pressure end to end: a browser tab that stops reading its live stream (a raw socket that
 * never reads) must not slow ingest. The server keeps pushing samples through the HTTP receiver at
 * full speed; the stalled connection's bytes in flight stay bounded (the kernel's buffers plus one
 * flush), its oldest samples are dropped and counted on `/metrics`, and when it reads again it is
 * told how many it lost.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServer } from '@sensorpath/server';
import { pino } from 'pino';

const PATH = 'acme/berlin/hall/l1/m1';

test('a stalled tab never slows ingest; its oldest samples are dropped and counted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-web-bp-'));
  const srv = await startServer({
    dataDir: dir,
    http: { host: '127.0.0.1', port: 0 },
    mqtt: { host: '127.0.0.1', port: 0 },
    logger: pino({ level: 'silent' }),
  });
  const base = `http://127.0.0.1:${srv.httpPort}`;
  const sock = connect(srv.httpPort, '127.0.0.1');
  try {
    await new Promise<void>((resolve) => sock.once('connect', () => resolve()));
    sock.write(`GET /api/v1/web/live?path=${PATH} HTTP/1.1\r\nHost: t\r\n\r\n`);
    sock.pause();
    // Let the hub see the subscription before pushing.
    for (let i = 0; i < 50 && srv.ingestor.stats.samples === 0; i++) {
      const m = await (await fetch(`${base}/metrics`)).text();
      if (/sensorpath_web_live_clients 1/.test(m)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const batches = 40;
    const perBatch = 5000;
    let tMs = Date.now() - 3_600_000;
    let slowest = 0;
    const started = performance.now();
    for (let b = 0; b < batches; b++) {
      let body = '# TYPE meter_voltage_volts gauge\n';
      for (let i = 0; i < perBatch; i++) {
        tMs += 1;
        body += `meter_voltage_volts{phase="L1"} ${230 + (i % 10) / 10} ${(tMs / 1000).toFixed(3)}\n`;
      }
      body += '# EOF\n';
      const t0 = performance.now();
      const r = await fetch(`${base}/api/v1/push/${PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/openmetrics-text' },
        body,
      });
      assert.equal(r.status, 200, await r.text());
      await r.arrayBuffer().catch(() => undefined);
      slowest = Math.max(slowest, performance.now() - t0);
      // The hub flushes every 100 ms; give it a few flushes over the run so the socket backs up.
      if (b % 10 === 9) await new Promise((r2) => setTimeout(r2, 120));
    }
    const total = performance.now() - started;
    await new Promise((r) => setTimeout(r, 250));
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const dropped = Number(/sensorpath_web_live_dropped_samples_total (\d+)/.exec(metrics)?.[1]);
    assert.equal(srv.ingestor.stats.samples, batches * perBatch, 'every sample stored');
    assert.ok(dropped > 0, `the stalled tab dropped samples (${dropped})`);
    console.log(
      `ingest of ${batches * perBatch} samples with a stalled tab: ${Math.round(total)} ms, slowest push ${Math.round(slowest)} ms, dropped for the tab ${dropped}`,
    );
    // Reading again, the tab learns how many it lost.
    let text = '';
    sock.on('data', (d: Buffer) => {
      text += d.toString();
    });
    sock.resume();
    const deadline = Date.now() + 5000;
    while (!/"dropped":[1-9]/.test(text) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    assert.match(text, /"dropped":[1-9]\d*/);
  } finally {
    sock.destroy();
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

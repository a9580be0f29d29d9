/**
 * The store's checked interfaces, driven through the CLI as an operator would: `tsdb import
 * openmetrics` backfills a file that `sensorpath server` then serves; and a server killed with
 * SIGKILL and restarted on the same directory still serves every sample whose QoS 1 publish was
 * acknowledged.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sensorpath/simulator';
import { connectAsync } from 'mqtt';

const BIN = fileURLToPath(new URL('../bin/sensorpath.js', import.meta.url));

async function startServerProcess(dir: string): Promise<{ child: ChildProcess; http: number; mqtt: number }> {
  const [http, mqtt] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    [BIN, 'server', '--data', dir, '--http', `127.0.0.1:${http}`, '--mqtt', `127.0.0.1:${mqtt}`],
    {
      stdio: 'ignore',
    },
  );
  const until = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${http}/-/ready`)).status === 200) break;
    } catch {}
    if (Date.now() > until || child.exitCode !== null) throw new Error('server did not become ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, http, mqtt };
}

async function query(http: number, q: string, time: number) {
  const r = await fetch(`http://127.0.0.1:${http}/api/v1/query?query=${encodeURIComponent(q)}&time=${time}`);
  const body = (await r.json()) as {
    status: string;
    data: { result: { metric: Record<string, string>; value: [number, string] }[] };
  };
  assert.equal(body.status, 'success');
  return body.data.result;
}

describe('store through the CLI', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  after(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('tsdb import openmetrics backfills a file the server then serves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-import-'));
    dirs.push(dir);
    const file = join(dir, 'history.om.txt');
    const t0 = 1_764_000_000; // seconds
    const lines = ['# TYPE meter_voltage_volts gauge', '# UNIT meter_voltage_volts volts'];
    for (const phase of ['L1', 'L2', 'L3']) {
      for (let i = 0; i < 3600; i++)
        lines.push(`meter_voltage_volts{phase="${phase}"} ${(230 + (i % 10) / 10).toFixed(1)} ${t0 + i}.250`);
    }
    writeFileSync(file, `${lines.join('\n')}\n# EOF\n`);
    const data = join(dir, 'data');
    const r = spawnSync(
      process.execPath,
      [BIN, 'tsdb', 'import', 'openmetrics', file, '--data', data, '--tenant', 'acme'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /imported 10800 samples of 3 series/);
    const srv = await startServerProcess(data);
    children.push(srv.child);
    const res = await query(srv.http, 'count_over_time(meter_voltage_volts[2h])', t0 + 3600);
    assert.deepEqual(res.map((s) => [s.metric.phase, s.value[1]]).sort(), [
      ['L1', '3600'],
      ['L2', '3600'],
      ['L3', '3600'],
    ]);
    srv.child.kill('SIGTERM');
  });

  it('after SIGKILL and restart, every acknowledged QoS 1 sample is served', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-kill-'));
    dirs.push(dir);
    const srv = await startServerProcess(dir);
    children.push(srv.child);
    const client = await connectAsync(`mqtt://127.0.0.1:${srv.mqtt}`, {
      clientId: 'kill-test',
      reconnectPeriod: 0,
    });
    client.on('error', () => {});
    const base = Math.floor(Date.now() / 1000) - 600;
    let acked = 0;
    // A publish in flight when the server dies never settles: stop at the connection's close.
    const closed = new Promise<never>((_, reject) => client.once('close', () => reject(new Error('closed'))));
    closed.catch(() => {});
    const publishing = (async () => {
      for (let i = 0; i < 100_000; i++) {
        const payload = `# TYPE v gauge\nv{phase="L1"} ${i} ${base + i / 100}\nv{phase="L2"} ${i} ${base + i / 100}\n# EOF\n`;
        try {
          await Promise.race([
            client.publishAsync('acme/berlin/hall/line1/m1/metrics', payload, { qos: 1 }),
            closed,
          ]);
        } catch {
          return;
        }
        acked = i + 1;
      }
    })();
    await new Promise((r) => setTimeout(r, 1500));
    srv.child.kill('SIGKILL');
    await publishing;
    client.end(true);
    assert.ok(acked > 10, `only ${acked} messages acknowledged before the kill`);
    const again = await startServerProcess(dir);
    children.push(again.child);
    const res = await query(again.http, 'count_over_time(v[20m])', base + 900);
    assert.equal(res.length, 2);
    for (const s of res)
      assert.ok(
        Number(s.value[1]) >= acked,
        `${s.metric.phase}: ${s.value[1]} samples served, ${acked} acknowledged`,
      );
    again.child.kill('SIGTERM');
  });
});

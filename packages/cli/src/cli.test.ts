/**
 * The checked interface of the foundation, exercised as a user would: `sensorpath --help` lists every
 * command; `sensorpath demo` on free ports answers an SDM630 voltage query within 10 s with three
 * phases carrying the serial and the sensor path; `sensorpath server` alone becomes ready; bad
 * flags fail with exit code 2 and a line that names the flag.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sensorpath/simulator';

const BIN = fileURLToPath(new URL('../bin/sensorpath.js', import.meta.url));

function cli(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
}

async function waitFor<T>(what: string, ms: number, fn: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not happen within ${ms} ms${last ? `: ${(last as Error).message}` : ''}`);
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('sensorpath CLI', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  after(async () => {
    for (const c of children) await stop(c);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('--help lists every command', () => {
    const r = cli(['--help']);
    assert.equal(r.status, 0);
    for (const c of ['demo', 'server', 'edge', 'simulate'])
      assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
  });

  it('names the bad flag and exits 2', () => {
    const r = cli(['server', '--http', 'nope']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--http "nope": expected HOST:PORT/);
    const e = cli([
      'edge',
      '--profile',
      'sdm630',
      '--broker',
      'mqtt://127.0.0.1:1',
      '--path',
      'a/b',
      '--modbus-tcp',
      '127.0.0.1:1',
    ]);
    assert.notEqual(e.status, 0);
    assert.match(e.stderr, /needs exactly 5/);
  });

  it('demo answers an SDM630 voltage query within 10 s', async () => {
    const [http, mqtt] = [await freePort(), await freePort()];
    const dir = mkdtempSync(join(tmpdir(), 'sp-demo-'));
    dirs.push(dir);
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [BIN, 'demo', '--http', `127.0.0.1:${http}`, '--mqtt', `127.0.0.1:${mqtt}`, '--data', dir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
    });
    type Result = { metric: Record<string, string>; value: [number, string] }[];
    const result = await waitFor('three voltage series', 10_000, async () => {
      const r = await fetch(`http://127.0.0.1:${http}/api/v1/query?query=meter_voltage_volts`);
      const body = (await r.json()) as { data: { result: Result } };
      return body.data.result.length === 3 ? body.data.result : undefined;
    });
    assert.ok(Date.now() - started < 10_000);
    assert.deepEqual(result.map((s) => s.metric.phase).sort(), ['L1', 'L2', 'L3']);
    for (const s of result) {
      assert.match(s.metric.serial ?? '', /^\d+$/);
      assert.equal(s.metric.enterprise, 'acme');
      assert.equal(s.metric.site, 'berlin');
      assert.equal(s.metric.area, 'assembly');
      assert.equal(s.metric.line, 'line1');
      assert.equal(s.metric.device, 'meter1');
      const v = Number(s.value[1]);
      assert.ok(v > 200 && v < 260, `voltage ${v}`);
    }
    assert.match(out, /api\/v1\/query/);
    assert.equal(await stop(child), 0, 'demo exits cleanly on SIGTERM');
  });

  it('server alone becomes ready', async () => {
    const [http, mqtt] = [await freePort(), await freePort()];
    const dir = mkdtempSync(join(tmpdir(), 'sp-server-'));
    dirs.push(dir);
    const child = spawn(
      process.execPath,
      [BIN, 'server', '--data', dir, '--http', `127.0.0.1:${http}`, '--mqtt', `127.0.0.1:${mqtt}`],
      {
        stdio: 'ignore',
      },
    );
    children.push(child);
    await waitFor('/-/ready', 10_000, async () =>
      (await fetch(`http://127.0.0.1:${http}/-/ready`)).status === 200 ? true : undefined,
    );
    assert.equal(await stop(child), 0);
  });
});

/**
 * The checked interface of `sensorpath demo` for the UI, without a browser: the demo prints the
 * UI's address, serves the page at `/`, signs in by itself on loopback (open mode), lists its
 * simulated meter as online in the UI's fleet, and streams the meter's voltage live.
 * (The same in chromium: ui.peer.test.ts.)
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sensorpath/simulator';

const BIN = fileURLToPath(new URL('../../cli/bin/sensorpath.js', import.meta.url));
const PATH = 'acme/berlin/assembly/line1/meter1';
const dir = mkdtempSync(join(tmpdir(), 'sp-web-demo-'));
let child: ChildProcess | undefined;

after(async () => {
  if (child && child.exitCode === null) {
    const c = child;
    await new Promise((r) => {
      c.once('exit', r);
      c.kill('SIGTERM');
    });
  }
  rmSync(dir, { recursive: true, force: true });
});

async function waitFor<T>(what: string, ms: number, fn: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`, { cause: last });
}

it('sensorpath demo serves the UI, its meter online and a live voltage stream', async () => {
  const [http, mqtt] = [await freePort(), await freePort()];
  child = spawn(
    process.execPath,
    [BIN, 'demo', '--http', `127.0.0.1:${http}`, '--mqtt', `127.0.0.1:${mqtt}`, '--data', dir],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  const base = `http://127.0.0.1:${http}`;
  const agents = await waitFor('the meter online in the UI fleet', 15_000, async () => {
    const r = await fetch(`${base}/api/v1/web/fleet`);
    const list = (await r.json()) as { path: string; state: string; devices: string[] }[];
    return list.some((a) => a.state === 'online' && a.devices.includes(PATH)) ? list : undefined;
  });
  assert.ok(agents.length >= 1);
  // The banner comes after the data path is up, so it may trail the first samples a little.
  await waitFor('the banner with the UI address', 10_000, async () =>
    new RegExp(`web UI \\(open mode, no sign-in\\): +${base}/`).test(out) ? true : undefined,
  );
  const page = await fetch(`${base}/`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<script type="module" src="\/assets\/main\.js/);
  const session = (await (await fetch(`${base}/api/v1/web/session`)).json()) as { open: boolean };
  assert.equal(session.open, true, 'signed in automatically on loopback');
  const ac = new AbortController();
  const res = await fetch(`${base}/api/v1/web/live?path=${PATH}`, { signal: ac.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const deadline = Date.now() + 5000;
  while (!text.includes('"meter_voltage_volts"') && Date.now() < deadline)
    text += (await reader.read()).value ?? '';
  ac.abort();
  assert.match(text, /"name":"meter_voltage_volts","labels":\{[^}]*"phase":"L1"/);
});

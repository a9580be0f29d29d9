/**
 * The checked interface of external broker mode, run as an operator would: Debian's Mosquitto, two
 * `sensorpath server --broker mqtt://…` processes on their own data directories sharing the
 * subscription, a publisher sending 1200 QoS 1 samples in bursts while one receiver is killed with SIGKILL and
 * later restarted on its directory. Every published sample must be stored exactly once across the
 * two embedded stores; then the same with `--remote-write`/`--remote-query` into Debian's
 * VictoriaMetrics, where every sample must be exactly once. Needs the `mosquitto` package (and
 * `victoria-metrics` for the second case); run with
 * `node --import tsx --test packages/cli/src/scale-out.peer.test.ts`.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sensorpath/simulator';
import { connectAsync } from 'mqtt';

const BIN = fileURLToPath(new URL('../bin/sensorpath.js', import.meta.url));
const MOSQUITTO = '/usr/sbin/mosquitto';
const VM = '/usr/bin/victoria-metrics';

async function waitFor<T>(what: string, ms: number, f: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await f();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end)
      throw new Error(`timed out after ${ms} ms waiting for ${what}: ${String(last ?? '')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((ok) => {
    child.once('exit', (code) => ok(code));
    child.kill(signal);
  });
}

describe('scale-out: two receivers behind Mosquitto', {
  skip: existsSync(MOSQUITTO) ? false : 'mosquitto not installed (apt-get install mosquitto)',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-scaleout-'));
  const children: ChildProcess[] = [];
  chmodSync(dir, 0o777);
  after(async () => {
    for (const c of children) await stop(c);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Mosquitto, two receivers (extra flags `extra`), 1200 QoS 1 publishes; receiver a killed at 400 and back at 800. */
  const killRun = async (sub: string, extra: (name: string) => string[]) => {
    const d = join(dir, sub);
    mkdirSync(d, { recursive: true });
    chmodSync(d, 0o777);
    const mqttPort = await freePort();
    writeFileSync(
      join(d, 'm.conf'),
      [
        `listener ${mqttPort} 127.0.0.1`,
        'allow_anonymous true',
        'persistence false',
        'max_queued_messages 100000',
        '',
      ].join('\n'),
    );
    const mosq = spawn(MOSQUITTO, ['-c', join(d, 'm.conf')], { stdio: 'ignore' });
    children.push(mosq);
    const receiver = (name: string, http: number) => {
      const c = spawn(
        process.execPath,
        [
          BIN,
          'server',
          '--data',
          join(d, name),
          '--http',
          `127.0.0.1:${http}`,
          '--broker',
          `mqtt://127.0.0.1:${mqttPort}`,
          '--log-level',
          'warn',
          ...extra(name),
        ],
        { stdio: 'ignore' },
      );
      children.push(c);
      return c;
    };
    const ready = (http: number) =>
      waitFor(`receiver on ${http}`, 20_000, async () =>
        (await fetch(`http://127.0.0.1:${http}/-/ready`)).status === 200 ? true : undefined,
      );
    const [httpA, httpB] = [await freePort(), await freePort()];
    let a = receiver('a', httpA);
    const b = receiver('b', httpB);
    await Promise.all([ready(httpA), ready(httpB)]);
    const pub = await connectAsync(`mqtt://127.0.0.1:${mqttPort}`, {
      protocolVersion: 5,
      clientId: 'kill-pub',
    });
    const n = 1200;
    const base = Date.now();
    // Bursts of 50 unawaited publishes, so the receivers lag the broker and the killed one holds
    // messages it received but had not acknowledged (or had stored but not acknowledged).
    let burst: Promise<unknown>[] = [];
    for (let i = 0; i < n; i++) {
      if (i === 400) await stop(a, 'SIGKILL');
      if (i === 800) a = receiver('a', httpA);
      burst.push(
        pub.publishAsync(
          `acme/berlin/hall/line1/m${i % 6}/metrics`,
          `kill_test_total ${i} ${((base + i) / 1000).toFixed(3)}\n# EOF\n`,
          { qos: 1 },
        ),
      );
      if (burst.length === 50) {
        await Promise.all(burst);
        burst = [];
      }
    }
    await Promise.all(burst);
    await pub.endAsync();
    await ready(httpA);
    /** Raw sample timestamps as the receiver on `http` answers `kill_test_total[1h]`. */
    const stored = async (http: number): Promise<number[]> => {
      const u = new URL(`http://127.0.0.1:${http}/api/v1/query`);
      u.searchParams.set('query', 'kill_test_total[1h]');
      u.searchParams.set('time', String((Date.now() + 1000) / 1000));
      const body = (await (await fetch(u)).json()) as {
        data: { result: { values: [number, string][] }[] };
      };
      return body.data.result.flatMap((s) => s.values.map(([t]) => Math.round(t * 1000)));
    };
    return { n, a, b, httpA, httpB, stored };
  };

  it('every QoS 1 sample is stored exactly once while one receiver is killed and restarted', async () => {
    const run = await killRun('tsdb', () => []);
    const counts = await waitFor('every sample stored', 30_000, async () => {
      const sa = await run.stored(run.httpA);
      const sb = await run.stored(run.httpB);
      return sa.length + sb.length >= run.n ? { sa, sb } : undefined;
    });
    const all = [...counts.sa, ...counts.sb];
    const unique = new Set(all);
    const report = {
      published: run.n,
      storedA: counts.sa.length,
      storedB: counts.sb.length,
      unique: unique.size,
    };
    process.stderr.write(
      `# kill test (tsdb): ${JSON.stringify({ ...report, duplicates: all.length - unique.size })}\n`,
    );
    assert.equal(unique.size, run.n, 'every published sample is stored');
    assert.equal(all.length, run.n, 'no sample is stored twice');
    assert.ok(counts.sa.length > 0 && counts.sb.length > 0, 'both receivers stored a share');
    assert.equal(await stop(run.a), 0);
    assert.equal(await stop(run.b), 0);
  });

  it('with --remote-write/--remote-query every sample is in VictoriaMetrics exactly once', {
    skip: existsSync(VM) ? false : 'victoria-metrics not installed (apt-get install victoria-metrics)',
  }, async () => {
    const vmPort = await freePort();
    const vmUrl = `http://127.0.0.1:${vmPort}`;
    // Deduplication at 1 ms: a redelivered sample (same series and timestamp) is kept once.
    const vm = spawn(
      VM,
      [
        `-httpListenAddr=127.0.0.1:${vmPort}`,
        `-storageDataPath=${join(dir, 'vm')}`,
        '-dedup.minScrapeInterval=1ms',
      ],
      { stdio: 'ignore' },
    );
    children.push(vm);
    await waitFor('victoria-metrics', 15_000, async () =>
      (await fetch(`${vmUrl}/health`)).ok ? true : undefined,
    );
    const run = await killRun('vm', () => [
      '--remote-write',
      `${vmUrl}/api/v1/write`,
      '--remote-query',
      vmUrl,
    ]);
    const exported = async () => {
      await fetch(`${vmUrl}/internal/force_flush`);
      const r = await fetch(`${vmUrl}/api/v1/export?match[]=${encodeURIComponent('kill_test_total')}`);
      const ts: number[] = [];
      for (const line of (await r.text()).split('\n'))
        if (line.trim()) ts.push(...(JSON.parse(line) as { timestamps: number[] }).timestamps);
      return ts;
    };
    const ts = await waitFor('every sample in VictoriaMetrics', 30_000, async () => {
      const t = await exported();
      return t.length >= run.n ? t : undefined;
    });
    const unique = new Set(ts);
    process.stderr.write(
      `# kill test (victoriametrics): ${JSON.stringify({ published: run.n, stored: ts.length, unique: unique.size, duplicates: ts.length - unique.size })}\n`,
    );
    assert.equal(unique.size, run.n, 'every published sample is in VictoriaMetrics');
    assert.equal(ts.length, run.n, 'none twice');
    // The same samples through either receiver's PromQL API (remote query, tenant enforced).
    assert.equal((await run.stored(run.httpB)).length, run.n);
    assert.equal(await stop(run.a), 0);
    assert.equal(await stop(run.b), 0);
  });
});

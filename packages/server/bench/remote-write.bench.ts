/**
 * The durable remote_write queue: what a receiver pays per commit (one MQTT message of 20 samples
 * from 20 series of one device, as the edge agent sends them) with each fsync policy, the queue's
 * bytes per sample, and how fast one tenant's sender drains the queue into Debian's VictoriaMetrics
 * on loopback, and what the query proxy adds to an instant query (skipped when VictoriaMetrics is
 * not installed).
 *
 * Run: `npm run bench -- remote-write`. Fixed data: 2000 commits, timestamps 1 s apart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@sensorpath/simulator';
import { labelsFromRecord } from '@sensorpath/storage';
import { remoteServer } from '../src/remote/remote-server.fixture.ts';
import { RemoteWriter } from '../src/remote/write.ts';

const COMMITS = 2000;
const PER = 20;
const VM = '/usr/bin/victoria-metrics';
/** Recent timestamps (inside VictoriaMetrics' retention): 2000 s of live data, 10000 s of backlog. */
const HOUR = 3_600_000;
const LIVE_T0 = Math.floor(Date.now() / HOUR) * HOUR - 6 * HOUR;
const BACKLOG_T0 = LIVE_T0 + 2 * HOUR;

const series = Array.from({ length: PER }, (_, i) =>
  labelsFromRecord({
    __name__: `meter_reading_${i}`,
    enterprise: 'acme',
    site: 'berlin',
    area: 'hall',
    line: 'l1',
    device: 'm1',
    unit: 'volts',
  }),
);

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function run(fsync: 'commit' | 'none', url: string): Promise<RemoteWriter> {
  const dir = mkdtempSync(join(tmpdir(), 'sp-rwbench-'));
  const w = new RemoteWriter({ url, tenant: 'acme', queueDir: dir, fsync, minBackoffMs: 1000 });
  const lat: number[] = [];
  const t0 = performance.now();
  for (let c = 0; c < COMMITS; c++) {
    const a = w.appender();
    for (let i = 0; i < PER; i++) a.append(0, series[i]!, LIVE_T0 + c * 1000, c + i / 100);
    const s = performance.now();
    await a.commit();
    lat.push(performance.now() - s);
  }
  const ms = performance.now() - t0;
  console.log(
    `fsync=${fsync}: ${COMMITS} commits of ${PER} samples in ${ms.toFixed(0)} ms: ${((COMMITS / ms) * 1000).toFixed(0)} commits/s, ` +
      `commit p50 ${pct(lat, 50).toFixed(3)} ms p99 ${pct(lat, 99).toFixed(3)} ms; ` +
      `queue ${(w.queue.bytes / (w.queue.samples + w.stats.samplesSent || 1)).toFixed(1)} bytes/sample on disk`,
  );
  (w as unknown as { benchDir: string }).benchDir = dir;
  return w;
}

async function main(): Promise<void> {
  // Nothing listens on port 9: commits only (the sender retries in the background, 1 s backoff).
  for (const f of ['commit', 'none'] as const) {
    const w = await run(f, 'http://127.0.0.1:9/api/v1/write');
    await w.close();
    rmSync((w as unknown as { benchDir: string }).benchDir, { recursive: true, force: true });
  }
  if (!existsSync(VM)) {
    console.log('victoria-metrics not installed: drain rate skipped (apt-get install victoria-metrics)');
    return;
  }
  const port = await freePort();
  const store = mkdtempSync(join(tmpdir(), 'sp-rwbench-vm-'));
  const vm: ChildProcess = spawn(VM, [`-httpListenAddr=127.0.0.1:${port}`, `-storageDataPath=${store}`], {
    stdio: 'ignore',
  });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
      } catch {}
      if (i > 200) throw new Error('victoria-metrics did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    const live = performance.now();
    const w = await run('commit', `http://127.0.0.1:${port}/api/v1/write`);
    while (w.queue.samples > 0) await new Promise((r) => setTimeout(r, 2));
    const ms = performance.now() - live;
    console.log(
      `live into VictoriaMetrics: ${COMMITS * PER} samples committed and acknowledged in ${ms.toFixed(0)} ms: ` +
        `${((COMMITS * PER * 1000) / ms).toFixed(0)} samples/s end to end, ${w.stats.requests} requests`,
    );
    await w.close();
    rmSync((w as unknown as { benchDir: string }).benchDir, { recursive: true, force: true });

    // Backlog: the queue filled while the store was away, then drained as fast as the sender can.
    const dir = mkdtempSync(join(tmpdir(), 'sp-rwbench-'));
    const url = `http://127.0.0.1:${port}/api/v1/write`;
    const fill = new RemoteWriter({
      url: 'http://127.0.0.1:9/api/v1/write',
      tenant: 'acme',
      queueDir: dir,
      fsync: 'none',
      minBackoffMs: 60_000,
    });
    for (let c = 0; c < COMMITS * 5; c++) {
      const a = fill.appender();
      for (let i = 0; i < PER; i++) a.append(0, series[i]!, BACKLOG_T0 + c * 1000, c);
      await a.commit();
    }
    const backlog = fill.queue.samples;
    await fill.close();
    const t1 = performance.now();
    const drain = new RemoteWriter({ url, tenant: 'acme', queueDir: dir });
    while (drain.queue.samples > 0) await new Promise((r) => setTimeout(r, 2));
    const dms = performance.now() - t1;
    console.log(
      `backlog of ${backlog} samples replayed into VictoriaMetrics in ${dms.toFixed(0)} ms: ` +
        `${((backlog * 1000) / dms).toFixed(0)} samples/s, ${drain.stats.requests} requests of up to 5000 samples`,
    );
    await drain.close();
    rmSync(dir, { recursive: true, force: true });

    // Query proxy: the same instant query straight to VictoriaMetrics and through sensorpath (parse,
    // add enterprise="acme", print, verify, forward).
    const spDir = mkdtempSync(join(tmpdir(), 'sp-rwbench-sp-'));
    const { srv } = await remoteServer(spDir, {
      dialect: 'victoriametrics',
      writeUrl: url,
      queryUrl: `http://127.0.0.1:${port}`,
    });
    const query =
      'sum by (device) (rate(meter_reading_3{unit="volts"}[5m])) / on (device) group_left count by (device) (meter_reading_4)';
    const time = String(BACKLOG_T0 / 1000 + COMMITS * 2.5);
    const timeIt = async (base: string, headers: Record<string, string>) => {
      const lat: number[] = [];
      for (let i = 0; i < 300; i++) {
        const s = performance.now();
        const r = await fetch(`${base}/api/v1/query?query=${encodeURIComponent(query)}&time=${time}`, {
          headers,
        });
        if (!r.ok) throw new Error(`${base}: ${r.status} ${await r.text()}`);
        const body = (await r.json()) as { data: { result: unknown[] } };
        if (body.data.result.length !== 1)
          throw new Error(`${base}: ${body.data.result.length} series, want 1`);
        lat.push(performance.now() - s);
      }
      return `p50 ${pct(lat, 50).toFixed(2)} ms p99 ${pct(lat, 99).toFixed(2)} ms`;
    };
    await fetch(`http://127.0.0.1:${port}/internal/force_flush`);
    const direct = await timeIt(`http://127.0.0.1:${port}`, {});
    const proxied = await timeIt(`http://127.0.0.1:${srv.httpPort}`, { 'X-Scope-OrgID': 'acme' });
    console.log(
      `instant query, 300 times: VictoriaMetrics directly ${direct}; through the sensorpath proxy ${proxied}`,
    );
    await srv.close();
    rmSync(spDir, { recursive: true, force: true });
  } finally {
    vm.kill('SIGTERM');
    await new Promise((r) => vm.once('exit', r));
    rmSync(store, { recursive: true, force: true });
  }
}

await main();

/**
 * Storage benchmark: sensorpath's TSDB against Debian's Prometheus (promtool backfill) and
 * VictoriaMetrics (HTTP import) on one seeded SDM630-like dataset per row (bench/dataset.ts).
 * Measures ingest samples/s (wall clock, and per CPU-second, which a busy shared machine distorts
 * less), bytes per sample on disk after compaction and peak memory (max RSS).
 * sensorpath is measured twice: live head ingest through appenders with the WAL on (default fsync
 * policy, 1 000 samples per commit, then the head is cut into a block) and `importOpenMetrics` of
 * the OpenMetrics file (parsing included). Each measurement runs in its own process.
 *
 * Run: npx tsx packages/tsdb/bench/tsdb.bench.ts [--datasets A,A0,B] [--keep]
 * Not part of the test suite (it writes ~2.5 GB of text and takes minutes).
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importOpenMetrics } from '../src/import.ts';
import { openTSDB } from '../src/index.ts';
import { DATASETS, generate, writeText } from './dataset.ts';

const SELF = fileURLToPath(import.meta.url);

interface Result {
  samples: number;
  seconds: number;
  /** CPU time (user + system) of the ingest, robust against a busy machine. */
  cpuSeconds: number;
  bytes: number;
  peakMB: number;
  note?: string;
}

function dirBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

function cpuSince(c0: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1e6;
}

/** Child mode: one measurement, printed as JSON on the last stdout line. */
async function child(mode: string, id: string, dir: string, file: string): Promise<void> {
  if (mode === 'head') {
    const ds = generate(DATASETS[id]!);
    const db = await openTSDB(dir, { retentionMs: 0, logger: () => {} });
    const refs = new Array<number>(ds.series.length).fill(0);
    const n = ds.ts[0]!.length;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const a = db.appender();
      for (let k = 0; k < ds.series.length; k++) {
        const s = ds.series[k]!;
        refs[k] = a.append(refs[k]!, s.labels, ds.ts[s.meter]![i]!, s.vs[i]!);
      }
      await a.commit();
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSince(c0);
    await db.compact({ flushHead: true });
    await db.close();
    const bytes = dirBytes(path.join(dir, 'blocks'));
    const r: Result = {
      samples: ds.samples,
      seconds,
      cpuSeconds,
      bytes,
      peakMB: process.resourceUsage().maxRSS / 1024,
    };
    console.log(JSON.stringify(r));
  } else {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await importOpenMetrics(file, dir, {});
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = cpuSince(c0);
    const bytes = dirBytes(path.join(dir, 'blocks'));
    const r: Result = {
      samples: res.samples,
      seconds,
      cpuSeconds,
      bytes,
      peakMB: process.resourceUsage().maxRSS / 1024,
    };
    console.log(JSON.stringify(r));
  }
}

function runChild(mode: string, id: string, dir: string, file: string): Result {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', mode, id, dir, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Result;
}

function promtool(file: string, out: string, samples: number): Result {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'TIME %e %M %U %S', '/usr/bin/promtool', 'tsdb', 'create-blocks-from', 'openmetrics', file, out],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const m = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || m === null) throw new Error(`promtool failed: ${r.stderr.slice(-2000)}`);
  return {
    samples,
    seconds: Number(m[1]),
    cpuSeconds: Number(m[3]) + Number(m[4]),
    bytes: dirBytes(out),
    peakMB: Number(m[2]) / 1024,
  };
}

function request(port: number, method: string, p: string, body?: fs.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: p }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        s += c;
      });
      res.on('end', () =>
        (res.statusCode ?? 500) < 300 ? resolve(s) : reject(new Error(`${p}: ${res.statusCode} ${s}`)),
      );
    });
    req.on('error', reject);
    if (body) body.pipe(req);
    else req.end();
  });
}

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** User + system CPU seconds of a process so far (from /proc/<pid>/stat). */
function procCpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

function vmPeakMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmHWM:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

async function victoria(file: string, dataDir: string, samples: number): Promise<Result | undefined> {
  if (!fs.existsSync('/usr/bin/victoria-metrics')) return undefined;
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const proc: ChildProcess = spawn(
    '/usr/bin/victoria-metrics',
    [
      `-storageDataPath=${dataDir}`,
      `-httpListenAddr=127.0.0.1:${port}`,
      '-retentionPeriod=100y',
      '-loggerLevel=ERROR',
    ],
    { stdio: 'ignore' },
  );
  try {
    for (let i = 0; ; i++) {
      try {
        await request(port, 'GET', '/health');
        break;
      } catch (err) {
        if (i > 100) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const cpu0 = procCpuSeconds(proc.pid!);
    const t0 = performance.now();
    await request(
      port,
      'POST',
      '/api/v1/import/prometheus',
      fs.createReadStream(file, { highWaterMark: 1 << 20 }),
    );
    await request(port, 'GET', '/internal/force_flush');
    const seconds = (performance.now() - t0) / 1000;
    const cpuSeconds = procCpuSeconds(proc.pid!) - cpu0;
    await request(port, 'GET', '/internal/force_merge');
    // force_merge runs in the background: wait until the data dir stops changing.
    let prev = -1;
    for (let i = 0; i < 60; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const b = dirBytes(dataDir);
      if (b === prev) break;
      prev = b;
    }
    const peakMB = vmPeakMB(proc.pid!);
    return { samples, seconds, cpuSeconds, bytes: dirBytes(dataDir), peakMB };
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1]!, argv[2]!, argv[3]!, argv[4]!);
  const di = argv.indexOf('--datasets');
  const ids = di >= 0 ? argv[di + 1]!.split(',') : ['A', 'A0', 'B'];
  const keep = argv.includes('--keep');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sensorpath-bench-'));
  const rows: string[][] = [];
  try {
    for (const id of ids) {
      const spec = DATASETS[id];
      if (spec === undefined) throw new Error(`unknown dataset ${id}`);
      const ds = generate(spec);
      const om = path.join(work, `${id}.om`);
      const prom = path.join(work, `${id}.prom`);
      writeText(ds, om, 'openmetrics');
      writeText(ds, prom, 'prometheus');
      const samples = ds.samples;
      console.error(`${id}: ${samples} samples, ${(fs.statSync(om).size / 1e6).toFixed(0)} MB OpenMetrics`);
      const results: [string, Result | undefined][] = [];
      results.push(['sensorpath head+WAL', runChild('head', id, path.join(work, `${id}-sp-head`), '')]);
      results.push(['sensorpath import', runChild('import', id, path.join(work, `${id}-sp-import`), om)]);
      results.push(['promtool 2.42', promtool(om, path.join(work, `${id}-prom`), samples)]);
      results.push(['victoria-metrics', await victoria(prom, path.join(work, `${id}-vm`), samples)]);
      for (const [name, r] of results) {
        if (r === undefined) {
          rows.push([id, name, 'not installed', '', '', '']);
          continue;
        }
        if (r.samples !== samples) throw new Error(`${name} ingested ${r.samples} of ${samples} samples`);
        rows.push([
          id,
          name,
          `${(r.samples / r.seconds / 1e6).toFixed(2)} M/s`,
          `${(r.samples / r.cpuSeconds / 1e6).toFixed(2)} M/s`,
          (r.bytes / r.samples).toFixed(2),
          r.peakMB.toFixed(0),
        ]);
        console.error(`  ${rows.at(-1)!.join(' | ')}`);
      }
      for (const f of [om, prom]) if (!keep) fs.rmSync(f, { force: true });
    }
  } finally {
    if (!keep) fs.rmSync(work, { recursive: true, force: true });
    else console.error(`kept ${work}`);
  }
  const header = [
    'dataset',
    'system',
    'ingest samples/s (wall)',
    'samples per CPU-s',
    'bytes/sample on disk',
    'peak MB',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(
    `\n${os.cpus().length} CPUs, node ${process.version}; sensorpath bytes = blocks dir; promtool = output dir; VM = whole data dir after force_merge.`,
  );
}

await main();

/**
 * Edge agent benchmark. Run: `npx tsx packages/edge/bench/edge.bench.ts` (not a test).
 *
 * 1. Samples/s the agent publishes: (a) steady state, 10 simulated SDM630s (Modbus TCP) polled at
 *    100 ms through the disk queue to an embedded Aedes broker; (b) the publishing pipeline's
 *    ceiling: messages built from one SDM630 poll, appended to the disk queue and published QoS 1
 *    until every PUBACK arrived (replay rate unlimited).
 * 2. Per-request RTU time over a socat pty (no baud rate, so this is software overhead) against the
 *    physical limit of a real line: request + response frame bits ÷ baud + 2 × t3.5 (8N1, 10-bit
 *    characters; 8E1 in brackets), at 9600 and 19200 baud.
 * 3. Resident memory of the agent process with 10 devices, target < 60 MB, sampled every 0.5 s for
 *    30 s (last value and peak). Headline: what an operator runs, `node packages/cli/bin/sensorpath.js
 *    edge --config FILE` (systemd unit, Docker entry point) on the CLI bundle `npm ci` builds; when
 *    that bundle is stale the bench rebuilds it with scripts/build.mjs, as `npm ci` would. Then the
 *    same with node's defaults (the launcher's V8 flags overridden), the TypeScript sources through
 *    tsx, an esbuild bundle of bench/agent-entry.ts under plain node with several flag variants, and
 *    the floor: an idle `node -e "setInterval(()=>{},1e3)"`.
 * Prints a table.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startRtuSimulator, startTcpSimulator } from '@sensorpath/simulator';
import { pino } from 'pino';
import { startEdgeAgent } from '../src/agent.ts';
import { ModbusDevice } from '../src/device.ts';
import { buildMessage } from '../src/message.ts';
import { ModbusRtuTransport, ModbusTcpTransport, rtuTiming } from '../src/modbus.ts';
import { loadProfile } from '../src/profile.ts';
import { MqttPublisher } from '../src/publisher.ts';
import { DiskQueue } from '../src/queue.ts';
import { aedesBroker, SOCAT, socatPair } from '../src/testing.ts';

const logger = pino({ level: 'silent' });
const BIN = fileURLToPath(new URL('../../cli/bin/sensorpath.js', import.meta.url));
const rows: [string, string, string][] = [];
const row = (what: string, value: string, note = '') => {
  rows.push([what, value, note]);
  console.error(`${what}: ${value} ${note}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const countSamples = (payload: Buffer) => {
  let n = 0;
  for (const line of payload.toString().split('\n'))
    if (line && line[0] !== '#' && !line.startsWith('sensorpath_')) n++;
  return n;
};

async function steadyState() {
  const dir = mkdtempSync(join(tmpdir(), 'sp-bench-'));
  const sim = await startTcpSimulator({ units: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
  const broker = aedesBroker(await freePort());
  await broker.start();
  const transport = new ModbusTcpTransport({ host: sim.host, port: sim.port });
  const profile = loadProfile('sdm630');
  const queue = new DiskQueue({ dir });
  const agent = startEdgeAgent({
    broker: { url: `mqtt://127.0.0.1:${broker.port}` },
    devices: Array.from({ length: 10 }, (_, i) => ({
      path: `acme/berlin/bench/line1/meter${i + 1}`,
      profile,
      transport,
      unit: i + 1,
      intervalMs: 100,
      timeoutMs: 500,
      labels: {},
    })),
    logger,
    queue,
  });
  await sleep(2000);
  const n0 = broker.messages.length;
  const t0 = performance.now();
  await sleep(10_000);
  const msgs = broker.messages.slice(n0);
  const secs = (performance.now() - t0) / 1000;
  const samples = msgs.reduce((a, m) => a + (m.topic.endsWith('/metrics') ? countSamples(m.payload) : 0), 0);
  row(
    'steady state: 10 SDM630 over Modbus TCP @ 100 ms',
    `${Math.round(samples / secs)} samples/s`,
    `${Math.round(msgs.length / secs)} msg/s (ideal 100 msg/s, ${profile.points.length} samples each)`,
  );
  await agent.close();
  await broker.stop();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
}

async function pipelineCeiling() {
  const dir = mkdtempSync(join(tmpdir(), 'sp-bench-'));
  const sim = await startTcpSimulator({ units: [1], now: () => 1_764_000_000_000 });
  const transport = new ModbusTcpTransport({ host: sim.host, port: sim.port });
  const dev = new ModbusDevice({ profile: loadProfile('sdm630'), transport, unit: 1, timeoutMs: 1000 });
  const poll = await dev.poll();
  const broker = aedesBroker(await freePort());
  await broker.start();
  const queue = new DiskQueue({ dir });
  const pub = new MqttPublisher({
    url: `mqtt://127.0.0.1:${broker.port}`,
    clientId: 'bench',
    stateTopic: 'acme/berlin/bench/line1/meter1/state',
    birth: {},
    logger,
    queue,
    window: 64,
    replayRate: 1e9,
  });
  while (!pub.connected) await sleep(20);
  const N = 20_000;
  const stats = { up: true, pollDurationSeconds: 0.01, requests: 3, errorsTotal: 0, pollsTotal: 0 };
  const agentStats = { queueDepth: 0, droppedMessages: 0, droppedSamples: 0, inflight: 0 };
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    stats.pollsTotal = i + 1;
    const t = 1_764_000_000_000 + i * 100;
    for (const s of poll.samples) s.timeMs = t;
    const payload = buildMessage(
      dev.metrics,
      poll.samples,
      { machine: 'press3' },
      stats,
      dev.identityLabels ?? {},
      t,
      agentStats,
    );
    pub.enqueue('acme/berlin/bench/line1/meter1/metrics', payload, poll.samples.length);
    if (i % 500 === 499) await sleep(0);
  }
  while (queue.stats().depth > 0) await sleep(5);
  const secs = (performance.now() - t0) / 1000;
  row(
    'pipeline ceiling: build + disk queue + QoS 1 publish to Aedes',
    `${Math.round((N * poll.samples.length) / secs)} samples/s`,
    `${Math.round(N / secs)} msg/s, ${N} messages of ${poll.samples.length} samples, until the last PUBACK`,
  );
  await pub.close();
  queue.close();
  await transport.close();
  await broker.stop();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
}

async function rtuRequests() {
  const profile = loadProfile('sdm630');
  // Physical limit per request: FC 4 request 8 bytes, response 5 + 2N bytes, plus 2 × t3.5.
  const limit = (count: number, baud: number, parity: 'none' | 'even') => {
    const t = rtuTiming({ baudRate: baud, parity, stopBits: 1, dataBits: 8 });
    return ((8 + 5 + 2 * count) * t.charBits * 1000) / baud + 2 * t.t35Ms;
  };
  const blocks = [76, 6];
  for (const baud of [9600, 19200]) {
    const perPoll = blocks.reduce((a, c) => a + limit(c, baud, 'none'), 0);
    const perPollE = blocks.reduce((a, c) => a + limit(c, baud, 'even'), 0);
    row(
      `RTU physical limit @ ${baud} 8N1 [8E1]`,
      `${limit(76, baud, 'none').toFixed(1)} ms [${limit(76, baud, 'even').toFixed(1)}] per 76-register read`,
      `${limit(2, baud, 'none').toFixed(1)} ms per 2-register read; SDM630 poll (${blocks.join('+')} regs) ${perPoll.toFixed(1)} ms [${perPollE.toFixed(1)}] → ≤ ${(1000 / perPoll).toFixed(1)} polls/s per bus`,
    );
  }
  if (!existsSync(SOCAT)) {
    row('RTU over pty', 'skipped', 'socat missing: apt-get install socat');
    return;
  }
  const pair = await socatPair();
  const sim = await startRtuSimulator({ path: pair.a, baudRate: 9600, units: [1] });
  const transport = new ModbusRtuTransport({
    path: pair.b,
    baudRate: 9600,
    parity: 'none',
    stopBits: 1,
    dataBits: 8,
  });
  const dev = new ModbusDevice({ profile, transport, unit: 1, timeoutMs: 1000 });
  await dev.poll();
  const r0 = transport.requests;
  const ms0 = transport.requestMs;
  const t0 = performance.now();
  const polls = 50;
  for (let i = 0; i < polls; i++) await dev.poll();
  const wall = performance.now() - t0;
  const n = transport.requests - r0;
  row(
    'RTU over a socat pty (software only, no baud limit)',
    `${((transport.requestMs - ms0) / n).toFixed(1)} ms per request`,
    `${(wall / polls).toFixed(1)} ms per SDM630 poll incl. t3.5 gaps (${n / polls} requests); simulator frames requests by a 30 ms inter-byte timeout`,
  );
  await transport.close();
  await sim.close();
  await pair.close();
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Whether the CLI bundle is newer than every source, i.e. whether the launcher will run it. */
function bundleFresh(): boolean {
  let builtAt = 0;
  try {
    builtAt = JSON.parse(readFileSync(join(ROOT, 'packages/cli/dist/build.json'), 'utf8')).builtAt;
  } catch {
    return false;
  }
  const stale = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return e.name !== 'node_modules' && e.name !== 'dist' && stale(p);
      return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && statSync(p).mtimeMs > builtAt;
    });
  return !readdirSync(join(ROOT, 'packages')).some((pkg) => {
    const dir = join(ROOT, 'packages', pkg);
    const pj = join(dir, 'package.json');
    return (
      (existsSync(pj) && statSync(pj).mtimeMs > builtAt) ||
      (existsSync(join(dir, 'src')) && stale(join(dir, 'src')))
    );
  });
}

/**
 * Runs `node argv` (with {cfg} replaced by a machine configuration of 10 simulated SDM630s polled at
 * 100 ms) for 30 s and reports its RSS. `check` runs 2 s in, once the launcher chose what to run, and
 * may veto the row (returns why); the row is then tried again, up to three times.
 */
async function agentRss(
  label: string,
  argv: string[],
  opts: { env?: NodeJS.ProcessEnv; prepare?: () => void; check?: () => string | undefined } = {},
  attempt = 1,
): Promise<void> {
  let retry = false;
  const dir = mkdtempSync(join(tmpdir(), 'sp-bench-'));
  const sim = await startTcpSimulator({ units: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
  const broker = aedesBroker(await freePort());
  await broker.start();
  const cfg = [
    'path: acme/berlin/bench/line1/edge1',
    `broker: { url: "mqtt://127.0.0.1:${broker.port}" }`,
    `dataDir: ${dir}`,
    'buses:',
    '  - name: gw',
    `    tcp: { host: ${sim.host}, port: ${sim.port} }`,
    '    devices:',
    ...Array.from(
      { length: 10 },
      (_, i) => `      - { device: meter${i + 1}, profile: sdm630, unit: ${i + 1}, interval: 100ms }`,
    ),
    '',
  ].join('\n');
  writeFileSync(join(dir, 'edge.yaml'), cfg);
  opts.prepare?.();
  const child: ChildProcess = spawn(
    process.execPath,
    argv.map((a) => (a === '{cfg}' ? join(dir, 'edge.yaml') : a)),
    { stdio: 'ignore', env: opts.env ?? process.env },
  );
  try {
    let peak = 0;
    let kb = 0;
    let anon = 0;
    for (let i = 0; i < 60; i++) {
      await sleep(500);
      if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}): node ${argv.join(' ')}`);
      const veto = i === 3 ? opts.check?.() : undefined;
      if (veto && attempt < 3) {
        retry = true;
        break;
      }
      if (veto) throw new Error(veto);
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      anon = Number(/RssAnon:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb);
    }
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const cpuS = (Number(stat[11]) + Number(stat[12])) / 100;
    const msgs = broker.messages.filter((m) => m.topic.endsWith('/metrics')).length;
    if (!retry)
      row(
        `RSS, 10 devices @ 100 ms: ${label}`,
        `${(kb / 1024).toFixed(1)} MB`,
        `after 30 s, peak ${(peak / 1024).toFixed(1)} MB; private (RssAnon) ${(anon / 1024).toFixed(1)} MB, the rest node's shared code pages; ${msgs ? `${msgs} messages published, ` : ''}CPU ${cpuS.toFixed(1)} s`,
      );
    await new Promise<void>((r) => {
      child.once('exit', () => r());
      child.kill('SIGTERM');
    });
  } catch (err) {
    row(`RSS: ${label}`, 'failed', (err as Error).message);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await broker.stop();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (retry) return agentRss(label, argv, opts, attempt + 1);
}

/** The CLI bundle as `npm ci` builds it (root `prepare` script), rebuilt when a source is newer. */
function ensureBundle(): void {
  if (bundleFresh()) return;
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`scripts/build.mjs failed: ${b.stderr.trim().split('\n').at(-1)}`);
}

async function agentMemory() {
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  row(
    'load average (1, 5, 15 min) before the memory runs',
    load(),
    'the machine is shared; CPU seconds are noisy',
  );
  // The deployment path. Other work may touch a source meanwhile: the bundle is rebuilt right before
  // each run, and a run whose launcher may have seen a stale bundle (and run tsx) is repeated.
  const onBundle = {
    prepare: ensureBundle,
    check: () =>
      bundleFresh() ? undefined : 'a source changed as the agent started, so the launcher may have run tsx',
  };
  await agentRss(
    '`sensorpath edge --config` (launcher + CLI bundle, as deployed)',
    [BIN, 'edge', '--config', '{cfg}', '--log-level', 'warn'],
    onBundle,
  );
  await agentRss(
    'the same with node defaults (launcher V8 flags overridden)',
    [
      '--max-semi-space-size=16',
      '--turbofan',
      '--no-optimize-for-size',
      BIN,
      'edge',
      '--config',
      '{cfg}',
      '--log-level',
      'warn',
    ],
    onBundle,
  );
  await agentRss(
    '`sensorpath edge --config` on the TypeScript sources (tsx)',
    [BIN, 'edge', '--config', '{cfg}', '--log-level', 'warn'],
    { env: { ...process.env, SENSORPATH_NO_BUNDLE: '1' } },
  );
  // An esbuild bundle of agent-entry.ts (npm dependencies bundled too) under plain node: what the
  // V8 flags alone do. Written beside this file (so its externals resolve) and removed afterwards.
  const bundle = fileURLToPath(new URL('./.agent-bundle.mjs', import.meta.url));
  const { build } = await import('esbuild');
  await build({
    entryPoints: [fileURLToPath(new URL('./agent-entry.ts', import.meta.url))],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    external: ['node-opcua', 'serialport', '@serialport/*', 'modbus-serial', 'pino', 'thread-stream'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  try {
    const flags = process.env.SENSORPATH_BENCH_NODE_FLAGS;
    // SENSORPATH_BENCH_NODE_FLAGS="--lite-mode ..." runs one variant with those flags instead.
    const variants =
      flags !== undefined ? [flags] : ['', '--max-semi-space-size=1', '--lite-mode --max-semi-space-size=1'];
    for (const v of variants) {
      const f = v.split(/\s+/).filter(Boolean);
      await agentRss(`agent-entry bundle, node ${v || '(defaults)'}`, [...f, bundle, '{cfg}']);
    }
  } finally {
    rmSync(bundle, { force: true });
  }
  await agentRss('floor: idle `node -e "setInterval(()=>{},1e3)"`', ['-e', 'setInterval(()=>{},1e3)']);
  row('load average (1, 5, 15 min) after the memory runs', load(), '');
}

// SENSORPATH_BENCH_ONLY=memory (or throughput, rtu) runs one part.
const only = process.env.SENSORPATH_BENCH_ONLY;
if (!only || only === 'throughput') {
  await steadyState();
  await pipelineCeiling();
}
if (!only || only === 'rtu') await rtuRequests();
if (!only || only === 'memory') await agentMemory();
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`\n| ${'measure'.padEnd(w0)} | ${'result'.padEnd(w1)} | notes |`);
console.log(`|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|---|`);
for (const [a, b, c] of rows) console.log(`| ${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c} |`);
process.exit(0);

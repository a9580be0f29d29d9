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
 * 3. Resident memory of the agent process with 10 devices after 15 s, target < 60 MB: an esbuild
 *    bundle of bench/agent-entry.ts under plain node (default flags and --lite-mode), and the
 *    `sensorpath edge --config` CLI, which runs the TypeScript sources through tsx.
 * Prints a table.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Runs the agent (argv) against 10 simulated meters for 15 s and reports its RSS. */
async function agentRss(label: string, argv: string[], write: (dir: string, cfg: string) => string[]) {
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
  const child: ChildProcess = spawn(process.execPath, [...argv, ...write(dir, join(dir, 'edge.yaml'))], {
    stdio: 'ignore',
  });
  try {
    let peak = 0;
    let kb = 0;
    let anon = 0;
    for (let i = 0; i < 30; i++) {
      await sleep(500);
      if (child.exitCode !== null)
        throw new Error(`the agent exited (${child.exitCode}) with node ${argv.join(' ')}`);
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      anon = Number(/RssAnon:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb);
    }
    const msgs = broker.messages.filter((m) => m.topic.endsWith('/metrics')).length;
    row(
      `agent RSS, 10 devices @ 100 ms, ${label}`,
      `${(kb / 1024).toFixed(1)} MB`,
      `after 15 s; private (RssAnon) ${(anon / 1024).toFixed(1)} MB, the rest is node's shared code pages; peak ${(peak / 1024).toFixed(1)} MB; target < 60 MB; ${msgs} messages published`,
    );
    await new Promise<void>((r) => {
      child.once('exit', () => r());
      child.kill('SIGTERM');
    });
  } catch (err) {
    row(`agent RSS, ${label}`, 'failed', (err as Error).message);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await broker.stop();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function agentMemory() {
  // A deployment runs a bundle with plain node; the CLI runs the sources through tsx's loader,
  // which alone costs ~35 MB. The bundle is written beside this file (so its externals resolve)
  // and removed afterwards.
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
    if (flags !== undefined) {
      // One variant with the given node flags, e.g. "--lite-mode --max-old-space-size=16".
      await agentRss(
        `esbuild bundle, node ${flags}`,
        [...flags.split(/\s+/).filter(Boolean), bundle],
        (_d, cfg) => [cfg],
      );
      return;
    }
    await agentRss('esbuild bundle, plain node', [bundle], (_d, cfg) => [cfg]);
    await agentRss(
      'esbuild bundle, node --max-semi-space-size=1',
      ['--max-semi-space-size=1', bundle],
      (_d, cfg) => [cfg],
    );
    await agentRss(
      'esbuild bundle, node --lite-mode --max-semi-space-size=1',
      ['--lite-mode', '--max-semi-space-size=1', bundle],
      (_d, cfg) => [cfg],
    );
  } finally {
    rmSync(bundle, { force: true });
  }
  await agentRss('`sensorpath edge --config` via tsx', [BIN, 'edge'], (_d, cfg) => [
    '--config',
    cfg,
    '--log-level',
    'warn',
  ]);
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

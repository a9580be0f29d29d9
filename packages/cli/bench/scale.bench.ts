/**
 * Scale benchmark of external broker mode. Run: `npm run bench -- scale` (not a test).
 *
 * Debian's Mosquitto on a free loopback port, RECEIVERS real `sensorpath server --broker …
 * --remote-write … --remote-query …` processes sharing the subscription, Debian's VictoriaMetrics
 * (`-dedup.minScrapeInterval=1ms`, as the peer tests) as the only store. The load is AGENTS MQTT 5
 * clients in this process, each publishing one SDM630-shaped OpenMetrics message (the sdm630
 * profile's metrics and labels through the edge agent's own `buildMessage`, seeded random values,
 * millisecond timestamps) every INTERVAL ms (drawn once per client from the range) with QoS 1 on its
 * own sensor path. These are plain mqtt.js clients, not full edge agents (no Modbus polling, no disk
 * queue): the benchmark loads the receiving side.
 *
 * Reported:
 * - samples/s offered (acknowledged by Mosquitto) and accepted by VictoriaMetrics (its own
 *   `vm_rows_inserted_total{type="promremotewrite"}` over the load window; redeliveries included);
 * - publish-to-queryable latency p50/p99: a probe client publishes `bench_probe_seq` (value = a
 *   sequence number) every PROBE_MS through the same broker and receivers, and the benchmark polls
 *   VictoriaMetrics' `/api/v1/export` (what `--remote-query` reads) for the sequence numbers; the
 *   latency is the first poll that sees a number minus its publish time (resolution: the poll);
 * - CPU (% of one core over the run, user + system from /proc) and peak RSS of every process;
 * - one receiver killed with SIGKILL at KILL_AT_S and restarted on its data directory after
 *   RESTART_AFTER_S (so it resumes its broker session); at the end every series in VictoriaMetrics is
 *   exported and compared with what each client had acknowledged: lost = expected − stored,
 *   duplicates = stored − unique (series, timestamp). Plus a PromQL count (`count_over_time`) as a
 *   cross-check. Exits 1 when anything was lost or duplicated.
 *
 * Load (environment, defaults in brackets): SP_SCALE_AGENTS [200], SP_SCALE_INTERVAL_MS [500-1500],
 * SP_SCALE_SECONDS [60], SP_SCALE_RECEIVERS [3], SP_SCALE_KILL_AT_S [SECONDS/3],
 * SP_SCALE_RESTART_AFTER_S [10; negative: never], SP_SCALE_PROBE_MS [200], SP_SCALE_SEED [1],
 * SP_SCALE_DRAIN_S [90] (how long to wait for VictoriaMetrics to hold every sample after the load).
 * The machine's load average is printed with the figures: other processes share the cores.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMessage, type DeviceProfile, loadProfile } from '@sensorpath/edge';
import { freePort } from '@sensorpath/simulator';
import { mulberry32 } from '@sensorpath/simulator/prng';
import { connectAsync, type MqttClient } from 'mqtt';

const BIN = fileURLToPath(new URL('../bin/sensorpath.js', import.meta.url));
const MOSQUITTO = '/usr/sbin/mosquitto';
const VM = '/usr/bin/victoria-metrics';
const TENANT = 'acme';

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name}=${raw}: expected a number`);
  return n;
}
function envRange(name: string, fallback: [number, number]): [number, number] {
  const raw = process.env[name];
  if (!raw) return fallback;
  const m = /^(\d+)(?:-(\d+))?$/.exec(raw);
  if (!m) throw new Error(`${name}=${raw}: expected milliseconds, "MIN-MAX" (e.g. 100-1000) or one number`);
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo < 1 || hi < lo) throw new Error(`${name}=${raw}: need 1 <= MIN <= MAX`);
  return [lo, hi];
}

const cfg = {
  agents: envNumber('SP_SCALE_AGENTS', 200),
  interval: envRange('SP_SCALE_INTERVAL_MS', [500, 1500]),
  seconds: envNumber('SP_SCALE_SECONDS', 60),
  receivers: envNumber('SP_SCALE_RECEIVERS', 3),
  killAt: envNumber('SP_SCALE_KILL_AT_S', NaN),
  restartAfter: envNumber('SP_SCALE_RESTART_AFTER_S', 10),
  probeMs: envNumber('SP_SCALE_PROBE_MS', 200),
  seed: envNumber('SP_SCALE_SEED', 1),
  drain: envNumber('SP_SCALE_DRAIN_S', 90),
};
if (Number.isNaN(cfg.killAt)) cfg.killAt = Math.round(cfg.seconds / 3);
if (cfg.receivers < 1 || cfg.agents < 1 || cfg.seconds <= 0)
  throw new Error('SP_SCALE_RECEIVERS, SP_SCALE_AGENTS and SP_SCALE_SECONDS must be positive');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function poll<T>(what: string, ms: number, f: () => Promise<T | undefined>, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  let why = '';
  while (Date.now() <= deadline) {
    const v = await f().catch((err: unknown) => {
      why = String(err);
      return undefined;
    });
    if (v !== undefined) return v;
    await sleep(every);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}${why ? `: ${why}` : ''}`);
}

/** Whether bin/sensorpath.js runs the bundle (packages/cli/dist newer than every source) or tsx. */
function cliBundleFresh(): boolean {
  const packages = fileURLToPath(new URL('../../', import.meta.url));
  const info = join(packages, 'cli', 'dist', 'build.json');
  if (!existsSync(info)) return false;
  const builtAt = (JSON.parse(readFileSync(info, 'utf8')) as { builtAt: number }).builtAt;
  for (const pkg of readdirSync(packages)) {
    const src = join(packages, pkg, 'src');
    if (!existsSync(src)) continue;
    for (const f of readdirSync(src, { recursive: true, encoding: 'utf8' }))
      if (f.endsWith('.ts') && !f.endsWith('.test.ts') && statSync(join(src, f)).mtimeMs > builtAt)
        return false;
  }
  return true;
}

/** CPU seconds (user + system) and peak resident memory of a live process, from /proc. */
function procStats(pid: number): { cpu: number; hwmMb: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(f[11]) + Number(f[12])) / 100;
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpu, hwmMb: hwm ? Number(hwm[1]) / 1024 : 0 };
  } catch {
    return undefined;
  }
}

/** A child process whose CPU is accounted across restarts (the killed receiver has two lives). */
class Tracked {
  cpuBefore = 0;
  hwmMb = 0;
  child: ChildProcess | undefined;
  constructor(
    readonly name: string,
    private readonly start: () => ChildProcess,
  ) {}
  run(): void {
    this.child = this.start();
  }
  /** Records what /proc says of the current life; call right before it ends and at the end. */
  sample(): { cpu: number } {
    const s = this.child?.pid ? procStats(this.child.pid) : undefined;
    if (s) this.hwmMb = Math.max(this.hwmMb, s.hwmMb);
    return { cpu: this.cpuBefore + (s?.cpu ?? 0) };
  }
  async kill(signal: NodeJS.Signals): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const s = c.pid ? procStats(c.pid) : undefined;
    if (s) {
      this.cpuBefore += s.cpu;
      this.hwmMb = Math.max(this.hwmMb, s.hwmMb);
    }
    await new Promise<void>((ok) => {
      c.once('exit', () => ok());
      c.kill(signal);
    });
    this.child = undefined;
  }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Every exported series of VictoriaMetrics matching `selector`: labels and raw timestamps. */
async function vmExport(
  vmUrl: string,
  selector: string,
): Promise<{ metric: Record<string, string>; timestamps: number[]; values: number[] }[]> {
  const u = new URL(`${vmUrl}/api/v1/export`);
  u.searchParams.set('match[]', selector);
  const r = await fetch(u);
  if (!r.ok) throw new Error(`export ${selector}: HTTP ${r.status} ${await r.text()}`);
  const out = [];
  for (const line of (await r.text()).split('\n')) if (line.trim()) out.push(JSON.parse(line));
  return out;
}

/** Sum of the samples of metric `name` (with `labelFilter` in its labels) on `base`/metrics; NaN when it has none. */
async function scrapeSum(base: string, name: string, labelFilter = ''): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  let sum = 0;
  let found = false;
  for (const line of text.split('\n'))
    if ((line.startsWith(`${name}{`) || line.startsWith(`${name} `)) && line.includes(labelFilter)) {
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
      found = true;
    }
  return found ? sum : NaN;
}
/** A VictoriaMetrics counter; one not exposed yet (nothing counted) is 0. */
const vmCounter = async (vmUrl: string, name: string, labelFilter: string) =>
  (await scrapeSum(vmUrl, name, labelFilter)) || 0;

/** Sum over the live receivers; NaN (printed as such) when one does not answer or lacks the metric. */
async function receiversSum(
  receivers: readonly { http: number; child: ChildProcess | undefined }[],
  name: string,
) {
  let sum = 0;
  for (const r of receivers)
    if (r.child) sum += await scrapeSum(`http://127.0.0.1:${r.http}`, name).catch(() => NaN);
  return sum;
}

/** One simulated edge agent: its topic, its pace and what the broker acknowledged. */
interface Agent {
  topic: string;
  device: string;
  serial: string;
  intervalMs: number;
  rand: () => number;
  published: number;
  acked: number;
  failed: number;
  lastTs: number;
  client: MqttClient | undefined;
}

/** One simulated agent's message: the profile's samples with seeded values, at `timeMs`. */
function agentMessage(
  profile: DeviceProfile,
  rand: () => number,
  serial: string,
  seq: number,
  timeMs: number,
): string {
  const samples = profile.points.map((p) => ({
    metric: p.metric,
    labels: p.labels,
    value: Math.round((200 + rand() * 60) * 10) / 10,
    timeMs,
  }));
  return buildMessage(
    profile.metrics,
    samples,
    {},
    { up: true, pollDurationSeconds: 0.02, requests: 2, errorsTotal: 0, pollsTotal: seq },
    { serial },
    timeMs,
  );
}

async function main(): Promise<number> {
  for (const [bin, pkg] of [
    [MOSQUITTO, 'mosquitto'],
    [VM, 'victoria-metrics'],
  ] as const)
    if (!existsSync(bin)) {
      console.error(`${bin} is missing: apt-get install ${pkg}`);
      return 2;
    }
  const dir = mkdtempSync(join(tmpdir(), 'sp-scale-bench-'));
  chmodSync(dir, 0o777);
  const tracked: Tracked[] = [];
  const clients: MqttClient[] = [];
  const log = openSync(join(dir, 'processes.log'), 'a');
  let keep = Boolean(process.env.SP_SCALE_KEEP);
  console.error(`# scale: ${JSON.stringify(cfg)}; load average ${load()}; work dir ${dir}`);
  try {
    // --- peers -------------------------------------------------------------------------------
    const mqttPort = await freePort();
    writeFileSync(
      join(dir, 'mosquitto.conf'),
      [
        `listener ${mqttPort} 127.0.0.1`,
        'allow_anonymous true',
        'persistence false',
        // A receiver's session must hold everything routed to it while it is away (docs/scale-out.md).
        'max_queued_messages 1000000',
        '',
      ].join('\n'),
    );
    const mosq = new Tracked('mosquitto', () =>
      spawn(MOSQUITTO, ['-c', join(dir, 'mosquitto.conf')], { stdio: ['ignore', log, log] }),
    );
    const vmPort = await freePort();
    const vmUrl = `http://127.0.0.1:${vmPort}`;
    const vm = new Tracked('victoria-metrics', () =>
      spawn(
        VM,
        [
          `-httpListenAddr=127.0.0.1:${vmPort}`,
          `-storageDataPath=${join(dir, 'vm')}`,
          '-dedup.minScrapeInterval=1ms',
          '-loggerLevel=WARN',
        ],
        { stdio: ['ignore', log, log] },
      ),
    );
    tracked.push(mosq, vm);
    mosq.run();
    vm.run();
    await poll('victoria-metrics', 20_000, async () =>
      (await fetch(`${vmUrl}/health`)).ok ? true : undefined,
    );

    const receivers: (Tracked & { http: number })[] = [];
    for (let i = 0; i < cfg.receivers; i++) {
      const http = await freePort();
      const data = join(dir, `receiver-${i}`);
      mkdirSync(data, { recursive: true });
      const t = Object.assign(
        new Tracked(`receiver ${i + 1}`, () =>
          spawn(
            process.execPath,
            [
              BIN,
              'server',
              '--data',
              data,
              '--http',
              `127.0.0.1:${http}`,
              '--broker',
              `mqtt://127.0.0.1:${mqttPort}`,
              '--remote-write',
              `${vmUrl}/api/v1/write`,
              '--remote-query',
              vmUrl,
              '--log-level',
              'warn',
            ],
            { stdio: ['ignore', log, log] },
          ),
        ),
        { http },
      );
      receivers.push(t);
      tracked.push(t);
      t.run();
    }
    const ready = (http: number) =>
      poll(`receiver on :${http}`, 60_000, async () =>
        (await fetch(`http://127.0.0.1:${http}/-/ready`)).status === 200 ? true : undefined,
      );
    await Promise.all(receivers.map((r) => ready(r.http)));
    console.error(
      `# scale: mosquitto, victoria-metrics and ${cfg.receivers} receivers ready; load average ${load()}`,
    );

    // --- load generator ----------------------------------------------------------------------
    const profile = loadProfile('sdm630');
    const rand = mulberry32(cfg.seed);
    const agents: Agent[] = [];
    for (let i = 0; i < cfg.agents; i++) {
      const [lo, hi] = cfg.interval;
      agents.push({
        topic: `${TENANT}/site${i % 5}/hall${i % 3}/line${i % 10}/meter${i}/metrics`,
        device: `meter${i}`,
        serial: String(70_000_000 + i),
        intervalMs: lo + Math.floor(rand() * (hi - lo + 1)),
        rand: mulberry32(cfg.seed * 100_003 + i),
        published: 0,
        acked: 0,
        failed: 0,
        lastTs: 0,
        client: undefined,
      });
    }
    // Connect in groups, as a fleet coming online would, not all in one instant.
    for (let i = 0; i < agents.length; i += 25) {
      await Promise.all(
        agents.slice(i, i + 25).map(async (a, j) => {
          a.client = await connectAsync(`mqtt://127.0.0.1:${mqttPort}`, {
            protocolVersion: 5,
            clientId: `bench-agent-${i + j}`,
            reconnectPeriod: 1000,
          });
          clients.push(a.client);
        }),
      );
    }
    const probe = await connectAsync(`mqtt://127.0.0.1:${mqttPort}`, {
      protocolVersion: 5,
      clientId: 'bench-probe',
    });
    clients.push(probe);
    // A plain (not shared) subscriber to the probe topic: when the broker delivers a probe, so the
    // latency splits into broker delivery and receiver + remote_write + VictoriaMetrics.
    const probeTopic = `${TENANT}/bench/probe/line0/probe/metrics`;
    const probeDelivered = new Map<number, number>();
    const watch = await connectAsync(`mqtt://127.0.0.1:${mqttPort}`, {
      protocolVersion: 5,
      clientId: 'bench-probe-watch',
    });
    clients.push(watch);
    watch.on('message', (_t, payload) => {
      const m = /^bench_probe_seq (\d+) /m.exec(payload.toString());
      if (m && !probeDelivered.has(Number(m[1]))) probeDelivered.set(Number(m[1]), Date.now());
    });
    await watch.subscribeAsync(probeTopic, { qos: 0 });
    const samplesPerMessage = profile.points.length + 5; // + the device self-metrics of buildMessage
    console.error(`# scale: ${agents.length} clients connected, ${samplesPerMessage} samples per message`);

    const pending = new Set<Promise<unknown>>();
    let stopping = false;
    const t0 = performance.now();
    const wall0 = Date.now();
    const cpu0 = new Map(tracked.map((t) => [t, t.sample().cpu]));
    const selfCpu0 = process.cpuUsage();
    const vmRows0 = await vmCounter(vmUrl, 'vm_rows_inserted_total', 'type="promremotewrite"');

    const tick = (a: Agent) => {
      if (stopping) return;
      // Timestamps must differ per series: never the same millisecond twice for one agent.
      const ts = Math.max(Date.now(), a.lastTs + 1);
      a.lastTs = ts;
      a.published++;
      const p = a
        .client!.publishAsync(a.topic, agentMessage(profile, a.rand, a.serial, a.published, ts), { qos: 1 })
        .then(
          () => {
            a.acked++;
          },
          () => {
            a.failed++;
          },
        );
      pending.add(p);
      void p.finally(() => pending.delete(p));
      setTimeout(() => tick(a), a.intervalMs);
    };
    for (const a of agents) setTimeout(() => tick(a), Math.floor(a.rand() * a.intervalMs));

    // Probe: publish times by sequence number; the poller records when each first shows in VM.
    const probeSent = new Map<number, number>();
    const probeSeen = new Map<number, number>();
    // The same sequence written straight into VictoriaMetrics (no broker, no receiver): the store's
    // own share, the time until a new sample of an existing series is searchable.
    const vmOnlySeen = new Map<number, number>();
    let probeSeq = 0;
    let probeAcked = 0;
    const probeTimer = setInterval(() => {
      if (stopping) return;
      const seq = ++probeSeq;
      const at = Date.now();
      probeSent.set(seq, at);
      void fetch(`${vmUrl}/api/v1/import/prometheus`, {
        method: 'POST',
        body: `bench_vm_probe ${seq} ${at}\n`,
      }).catch(() => {});
      const p = probe
        .publishAsync(
          probeTopic,
          `# TYPE bench_probe_seq gauge\nbench_probe_seq ${seq} ${(at / 1000).toFixed(3)}\n# EOF\n`,
          { qos: 1 },
        )
        .then(() => {
          probeAcked++;
        });
      pending.add(p);
      void p.finally(() => pending.delete(p));
    }, cfg.probeMs);
    let polling = true;
    const poller = (async () => {
      while (polling) {
        try {
          const series = await vmExport(vmUrl, '{__name__=~"bench_probe_seq|bench_vm_probe"}');
          const now = Date.now();
          for (const s of series) {
            const seen = s.metric.__name__ === 'bench_vm_probe' ? vmOnlySeen : probeSeen;
            for (const v of s.values) if (!seen.has(v)) seen.set(v, now);
          }
        } catch {
          // VictoriaMetrics busy: the next poll sees it (the latency grows by the gap, honestly).
        }
        await sleep(100);
      }
    })();

    // Kill (and later restart) one receiver mid-run.
    const victim = receivers[0]!;
    let killedAt = NaN;
    let restartedAt = NaN;
    const chaos = (async () => {
      await sleep(cfg.killAt * 1000);
      if (stopping) return;
      await victim.kill('SIGKILL');
      killedAt = (performance.now() - t0) / 1000;
      console.error(`# scale: SIGKILL ${victim.name} at ${killedAt.toFixed(1)} s; load average ${load()}`);
      if (cfg.restartAfter < 0) return;
      await sleep(cfg.restartAfter * 1000);
      victim.run();
      await ready(victim.http);
      restartedAt = (performance.now() - t0) / 1000;
      console.error(
        `# scale: ${victim.name} restarted on its data directory, ready at ${restartedAt.toFixed(1)} s`,
      );
    })();

    // Progress, every 10 s.
    const progress = setInterval(() => {
      const acked = agents.reduce((s, a) => s + a.acked, 0);
      console.error(
        `# scale: ${((performance.now() - t0) / 1000).toFixed(0)} s: ${acked} messages acknowledged by the broker, ${pending.size} pending; load average ${load()}`,
      );
    }, 10_000);

    await sleep(cfg.seconds * 1000);
    stopping = true;
    clearInterval(probeTimer);
    const loadSecs = (performance.now() - t0) / 1000;
    const vmRowsLoad = await vmCounter(vmUrl, 'vm_rows_inserted_total', 'type="promremotewrite"');
    const pendingInReceivers = await receiversSum(receivers, 'sensorpath_remote_write_pending_samples');
    await Promise.allSettled([...pending]);
    await chaos;
    clearInterval(progress);

    const messages = agents.reduce((s, a) => s + a.acked, 0);
    const failedPublishes = agents.reduce((s, a) => s + a.failed, 0);
    const expected = messages * samplesPerMessage;
    console.error(
      `# scale: load stopped after ${loadSecs.toFixed(1)} s: ${messages} messages (${expected} samples) acknowledged by the broker, ${failedPublishes} failed; waiting for VictoriaMetrics`,
    );

    // Drain: every acknowledged sample must reach VM; the PromQL count is the cheap check while waiting.
    const countQuery = `sum(count_over_time({enterprise="${TENANT}",__name__=~"meter_.+|sensorpath_device_.+"}[1h]))`;
    const promCount = async () => {
      const u = new URL(`${vmUrl}/api/v1/query`);
      u.searchParams.set('query', countQuery);
      u.searchParams.set('time', String(Date.now() / 1000 + 1));
      u.searchParams.set('nocache', '1');
      const body = (await (await fetch(u)).json()) as { data: { result: { value: [number, string] }[] } };
      return Number(body.data.result[0]?.value[1] ?? 0);
    };
    let drained = true;
    let lastCount = 0;
    try {
      await poll(
        'every acknowledged sample in VictoriaMetrics',
        cfg.drain * 1000,
        async () => {
          await fetch(`${vmUrl}/internal/force_flush`);
          lastCount = await promCount();
          return lastCount >= expected ? true : undefined;
        },
        1000,
      );
    } catch {
      drained = false;
    }
    const e2eSecs = (performance.now() - t0) / 1000;
    // Let probes still in flight land, then stop the poller.
    await sleep(Math.min(5000, cfg.probeMs * 10));
    polling = false;
    await poller;
    const cpuEnd = new Map(tracked.map((t) => [t, t.sample().cpu]));
    const selfCpu = process.cpuUsage(selfCpu0);
    const wallSecs = (Date.now() - wall0) / 1000;
    const vmRowsEnd = await vmCounter(vmUrl, 'vm_rows_inserted_total', 'type="promremotewrite"');
    const reconnects = await receiversSum(receivers, 'sensorpath_external_broker_reconnects_total');

    // --- verification ------------------------------------------------------------------------
    await fetch(`${vmUrl}/internal/force_flush`);
    const series = await vmExport(
      vmUrl,
      `{enterprise="${TENANT}",__name__=~"meter_.+|sensorpath_device_.+"}`,
    );
    const perDevice = new Map<string, { stored: number; unique: number; series: number }>();
    let stored = 0;
    let unique = 0;
    for (const s of series) {
      const u = new Set(s.timestamps).size;
      stored += s.timestamps.length;
      unique += u;
      const d = perDevice.get(s.metric.device ?? '?') ?? { stored: 0, unique: 0, series: 0 };
      d.stored += s.timestamps.length;
      d.unique += u;
      d.series++;
      perDevice.set(s.metric.device ?? '?', d);
    }
    let devicesShort = 0;
    let devicesOver = 0;
    for (const a of agents) {
      const d = perDevice.get(a.device);
      const want = a.acked * samplesPerMessage;
      if (!d || d.unique < want) devicesShort++;
      else if (d.unique > want + (a.published - a.acked) * samplesPerMessage) devicesOver++;
    }
    const finalCount = await promCount();
    const lost = Math.max(0, expected - unique);
    // The export is the authority: the count query may have lagged the last arrivals.
    if (lost === 0) drained = true;
    const duplicates = stored - unique;

    const lat = [...probeSent]
      .filter(([seq]) => probeSeen.has(seq))
      .map(([seq, at]) => probeSeen.get(seq)! - at)
      .sort((x, y) => x - y);
    const probesMissing = probeAcked - lat.length;
    const vmOnlyLat = [...probeSent]
      .filter(([seq]) => vmOnlySeen.has(seq))
      .map(([seq, at]) => vmOnlySeen.get(seq)! - at)
      .sort((x, y) => x - y);
    const deliveryLat = [...probeSent]
      .filter(([seq]) => probeDelivered.has(seq))
      .map(([seq, at]) => probeDelivered.get(seq)! - at)
      .sort((x, y) => x - y);
    const steadyLat = [...probeSent]
      .filter(
        ([seq, at]) => probeSeen.has(seq) && (Number.isNaN(killedAt) || at - wall0 < killedAt * 1000 - 1000),
      )
      .map(([seq, at]) => probeSeen.get(seq)! - at)
      .sort((x, y) => x - y);

    // --- report ------------------------------------------------------------------------------
    const rows: [string, string, string][] = [];
    const row = (what: string, value: string, note = '') => rows.push([what, value, note]);
    row(
      'load',
      `${cfg.agents} clients`,
      `one message per ${cfg.interval[0]}-${cfg.interval[1]} ms each, ${samplesPerMessage} samples/message, QoS 1, ${cfg.receivers} receivers`,
    );
    row(
      'offered (broker PUBACK)',
      `${Math.round(expected / loadSecs)} samples/s`,
      `${Math.round(messages / loadSecs)} msg/s for ${loadSecs.toFixed(0)} s`,
    );
    row(
      'accepted by VictoriaMetrics',
      `${Math.round((vmRowsLoad - vmRows0) / loadSecs)} samples/s`,
      `vm_rows_inserted_total{type="promremotewrite"} over the load window (redeliveries included)`,
    );
    row(
      'end to end',
      `${Math.round(unique / e2eSecs)} samples/s`,
      `${unique} stored samples ÷ ${e2eSecs.toFixed(0)} s from first publish until all were in VM${drained ? '' : ' (NOT all arrived)'}`,
    );
    row(
      'receivers ran',
      cliBundleFresh() ? 'bundle' : 'sources (tsx)',
      cliBundleFresh()
        ? 'packages/cli/dist, as after npm ci'
        : 'packages/cli/dist is older than a source file, so bin/sensorpath.js compiles the sources with tsx (slower start, more CPU)',
    );
    row(
      'backlog when the load stopped',
      `${Math.max(0, expected - (vmRowsLoad - vmRows0))} samples`,
      `acknowledged by Mosquitto, not yet in VM (${pendingInReceivers} of them in the receivers' remote_write queues, the rest in Mosquitto): the receivers are slower than the load when this is not ~0`,
    );
    row(
      'connection cycles after refused commits',
      `${reconnects}`,
      'sensorpath_external_broker_reconnects_total of the receivers alive at the end (the killed one restarts at 0); mqtt.js keepalive reconnects are in processes.log',
    );
    row(
      'rows written incl. redeliveries',
      `${vmRowsEnd - vmRows0}`,
      `${vmRowsEnd - vmRows0 - unique} more than stored (deduplicated by VM)`,
    );
    row(
      'publish → queryable p50',
      `${quantile(lat, 0.5).toFixed(0)} ms`,
      `probe every ${cfg.probeMs} ms, VM /api/v1/export polled every 100 ms; ${lat.length} probes${probesMissing ? `, ${probesMissing} never seen` : ''}`,
    );
    row(
      'publish → queryable p99',
      `${quantile(lat, 0.99).toFixed(0)} ms`,
      `max ${lat.length ? lat[lat.length - 1]!.toFixed(0) : 'n/a'} ms (includes the kill)`,
    );
    row(
      'VM alone: import → queryable p50 / p99',
      `${quantile(vmOnlyLat, 0.5).toFixed(0)} / ${quantile(vmOnlyLat, 0.99).toFixed(0)} ms`,
      `the same sequence posted to VM's /api/v1/import directly: the store's share`,
    );
    row(
      'publish → broker delivery p50 / p99',
      `${quantile(deliveryLat, 0.5).toFixed(0)} / ${quantile(deliveryLat, 0.99).toFixed(0)} ms`,
      `the same probes to a plain subscriber: Mosquitto's share of the latency`,
    );
    row(
      'p50 / p99 before the kill',
      `${quantile(steadyLat, 0.5).toFixed(0)} / ${quantile(steadyLat, 0.99).toFixed(0)} ms`,
      `${steadyLat.length} probes`,
    );
    for (const t of tracked) {
      const cpu = (cpuEnd.get(t)! - cpu0.get(t)!) / wallSecs;
      row(
        `CPU ${t.name}`,
        `${(cpu * 100).toFixed(0)} %`,
        `of one core over ${wallSecs.toFixed(0)} s; peak RSS ${t.hwmMb.toFixed(0)} MB`,
      );
    }
    row(
      'CPU load generator',
      `${(((selfCpu.user + selfCpu.system) / 1e6 / wallSecs) * 100).toFixed(0)} %`,
      `this process (${cfg.agents} + 1 MQTT clients and the probe poller)`,
    );
    row(
      'kill',
      Number.isNaN(killedAt) ? 'not done' : `SIGKILL at ${killedAt.toFixed(1)} s`,
      Number.isNaN(restartedAt)
        ? cfg.restartAfter < 0
          ? 'not restarted'
          : ''
        : `restarted, ready at ${restartedAt.toFixed(1)} s`,
    );
    row('expected in VM', `${expected} samples`, `${messages} acknowledged messages × ${samplesPerMessage}`);
    row(
      'stored in VM (export)',
      `${stored} samples`,
      `${series.length} series, ${unique} unique (series, timestamp)`,
    );
    row('lost', `${lost}`, `${devicesShort} of ${cfg.agents} clients short`);
    row('duplicated', `${duplicates}`, `${devicesOver} clients over`);
    row(
      'PromQL count_over_time',
      `${finalCount}`,
      finalCount === expected ? 'equals expected' : `expected ${expected}`,
    );
    row('load average at end', load(), '1, 5, 15 min; 2 cores shared with other processes');

    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    console.log(
      `\nscale benchmark: Mosquitto + ${cfg.receivers} sensorpath receivers + VictoriaMetrics on loopback\n`,
    );
    console.log(`| ${'what'.padEnd(w0)} | ${'value'.padEnd(w1)} | note`);
    console.log(`|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|------`);
    for (const [a, b, c] of rows) console.log(`| ${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c}`);
    const ok =
      lost === 0 && duplicates === 0 && failedPublishes === 0 && devicesShort === 0 && devicesOver === 0;
    console.log(
      ok
        ? '\nOK: nothing lost, nothing duplicated'
        : lost > 0 && !drained
          ? `\nINCONCLUSIVE: ${lost} samples not in VictoriaMetrics after ${cfg.drain} s of draining; they may still be queued in Mosquitto's sessions (receivers slower than the load): raise SP_SCALE_DRAIN_S or lower the load (SP_SCALE_AGENTS, SP_SCALE_INTERVAL_MS)`
          : `\nFAILED: lost ${lost}, duplicated ${duplicates}, failed publishes ${failedPublishes}`,
    );
    if (!ok) keep = true;
    return ok ? 0 : 1;
  } catch (err) {
    keep = true;
    throw err;
  } finally {
    await Promise.allSettled(clients.map((c) => c.endAsync(true)));
    for (const t of tracked.reverse()) await t.kill('SIGTERM');
    closeSync(log);
    if (keep) console.error(`# scale: kept ${dir} (process log: processes.log)`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();

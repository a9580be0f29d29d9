/**
 * Latency from a sample's arrival to its event and to its alert notification, at 10,000
 * samples/s. Run: `npx tsx packages/rules/bench/events.bench.ts [seconds=10] [rate=10000]`.
 *
 * Setup, seeded and fixed: 1,000 SDM630 meters (3 phase voltages + 3 currents + frequency + up = 8
 * series each) polled once per 0.8 s, so 10,000 samples/s arrive in batches of one meter's poll,
 * spread evenly over each 10 ms tick. Each batch goes the server's way: appended to the tenant's
 * store (in-memory), committed, then handed to the rules subsystem's ingest observer, which runs
 * the shipped SDM630 processors (examples/sdm630.events.yaml). The shipped rule file is evaluated
 * every second alongside. Events are written to the per-tenant event log in a temporary directory.
 * Faults: about 20 per second, a random meter loses a random phase for 2-5 polls (phase_loss event
 * and alert, then resolved). Latencies: batch arrival (before append) → event stored (store
 * subscriber); → alert handed to the notifier; → alert received over HTTP by a local
 * Alertmanager-API receiver (POST /api/v2/alerts). Two seconds of warm-up (JIT, the lazily loaded
 * HTTP client) run first and are not measured. `NO_RULES=1` leaves the rule file out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '@sensorpath/simulator/prng';
import { type Labels, labelsFromRecord, MemoryStorage } from '@sensorpath/storage';
import type { Notifier, NotifyAlert } from '../src/notifier.ts';
import { RulesSystem } from '../src/system.ts';

const seconds = Number(process.argv[2] ?? 10);
const rate = Number(process.argv[3] ?? 10000);
const METERS = 1000;
const SERIES = 8;
const pollMs = (METERS * SERIES * 1000) / rate;
const TICK_MS = 10;

const rand = mulberry32(630);

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const fmt = (xs: number[]) =>
  `n=${String(xs.length).padStart(5)}  p50 ${pct(xs, 50).toFixed(2)} ms  p99 ${pct(xs, 99).toFixed(2)} ms  max ${pct(xs, 100).toFixed(2)} ms`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sp-events-bench-'));
  const store = new MemoryStorage();
  // Arrival time (performance.now) of the batch carrying each fault sample, by device/phase/time.
  const arrivals = new Map<string, number>();
  const eventLat: number[] = [];
  const handoffLat: number[] = [];
  const httpLat: number[] = [];
  const keyOf = (labels: Record<string, string>, t: number) => `${labels.device}/${labels.phase}/${t}`;

  // A local receiver speaking Alertmanager's API v2.
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const now = performance.now();
      for (const a of JSON.parse(body) as { labels: Record<string, string>; startsAt: string }[]) {
        if (a.labels.alertname !== 'phase_loss') continue;
        const at = arrivals.get(keyOf(a.labels, Date.parse(a.startsAt)));
        if (at !== undefined) httpLat.push(now - at);
      }
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const addr = receiver.address();
  const amUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

  const handoff: Notifier = {
    send(alerts: readonly NotifyAlert[]) {
      const now = performance.now();
      for (const a of alerts) {
        if (a.labels.alertname !== 'phase_loss' || a.endsAt < a.startsAt + 3600_000) continue;
        const at = arrivals.get(keyOf(a.labels, a.startsAt));
        if (at !== undefined) handoffLat.push(now - at);
      }
    },
    async close() {},
  };

  const examples = join(import.meta.dirname, '../examples');
  const sys = await RulesSystem.open(
    {
      dataDir: dir,
      ruleFiles: process.env.NO_RULES ? [] : [join(examples, 'sdm630.rules.yaml')],
      processorFiles: [join(examples, 'sdm630.events.yaml')],
      alertmanagers: [amUrl],
      notifier: handoff,
    },
    { queryable: () => store, appendable: async () => store, tenants: () => ['acme'] },
  );
  sys.events.subscribe({ matchers: [] }, (e) => {
    if (e.type !== 'phase_loss' || e.attributes.state !== 'firing') return;
    const at = arrivals.get(keyOf(e.labels, e.time));
    if (at !== undefined) eventLat.push(performance.now() - at);
  });

  // Label sets, built once: the hot path then only appends.
  const meters = Array.from({ length: METERS }, (_, m) => {
    const path = {
      enterprise: 'acme',
      site: 'berlin',
      area: `hall${m % 10}`,
      line: `line${m % 7}`,
      device: `meter${m}`,
    };
    const series: Labels[] = [];
    for (const phase of ['L1', 'L2', 'L3'])
      series.push(labelsFromRecord({ __name__: 'meter_voltage_volts', ...path, phase }));
    for (const phase of ['L1', 'L2', 'L3'])
      series.push(labelsFromRecord({ __name__: 'meter_current_amperes', ...path, phase }));
    series.push(labelsFromRecord({ __name__: 'meter_frequency_hertz', ...path }));
    series.push(labelsFromRecord({ __name__: 'sensorpath_device_up', ...path }));
    return { series, lost: -1, lostPolls: 0 };
  });

  const ts: number[] = new Array(SERIES);
  const vs: number[] = new Array(SERIES);
  let sent = 0;
  let next = 0;
  let faults = 0;
  const faultPerPoll = (20 * pollMs) / 1000 / METERS;
  const start = performance.now();
  // The first two seconds warm up (JIT, lazily loaded HTTP client) and are not measured.
  const WARMUP_MS = 2000;
  const measureFrom = start + WARMUP_MS;
  const endAt = measureFrom + seconds * 1000;
  let lagMax = 0;
  let busy = 0;
  await new Promise<void>((done) => {
    const tick = async () => {
      const now = performance.now();
      const busy0 = now;
      if (now >= endAt) return done();
      // Meters due by now (evenly spread over the poll interval).
      const due = Math.floor(((now - start) / pollMs) * METERS);
      lagMax = Math.max(lagMax, due - next);
      while (next < due) {
        const m = meters[next % METERS]!;
        next++;
        if (m.lost < 0 && rand() < faultPerPoll) {
          m.lost = Math.floor(rand() * 3);
          m.lostPolls = 2 + Math.floor(rand() * 4);
          faults++;
        } else if (m.lost >= 0 && --m.lostPolls <= 0) m.lost = -1;
        const t = Date.now();
        const arrival = performance.now();
        for (let i = 0; i < 3; i++) vs[i] = i === m.lost ? 0 : 229 + 2 * rand();
        for (let i = 3; i < 6; i++) vs[i] = i - 3 === m.lost ? 0 : 10 + 5 * rand();
        vs[6] = 50 + 0.02 * (rand() - 0.5);
        vs[7] = 1;
        ts.fill(t);
        if (m.lost >= 0 && now >= measureFrom)
          arrivals.set(`${m.series[0]![2]!.value}/L${m.lost + 1}/${t}`, arrival);
        const app = store.appender();
        for (let i = 0; i < SERIES; i++) app.append(0, m.series[i]!, t, vs[i]!);
        await app.commit();
        sys.onSamples('acme', m.series, ts, vs);
        sent += SERIES;
      }
      busy += performance.now() - busy0;
      setTimeout(tick, TICK_MS);
    };
    void tick();
  });
  const elapsed = (performance.now() - start) / 1000;
  await new Promise((r) => setTimeout(r, 1500));
  const evalMs = sys.manager
    .list()
    .map((g) => `${g.spec.name} ${g.states.get('acme')?.evaluationMs ?? 0} ms`)
    .join(', ');
  await sys.close();
  receiver.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    [
      `events.bench: ${sent} samples in ${elapsed.toFixed(1)} s = ${Math.round(sent / elapsed)} samples/s ` +
        `(${METERS} meters x ${SERIES} series, poll ${pollMs} ms), ${faults} phase-loss faults, ` +
        `ingest path busy ${((busy / (elapsed * 1000)) * 100).toFixed(0)}% of the time`,
      `  sample -> event stored         ${fmt(eventLat)}`,
      `  sample -> alert to notifier    ${fmt(handoffLat)}`,
      `  sample -> alert received (HTTP) ${fmt(httpLat)}`,
      `  last rule group evaluation: ${evalMs || 'no rules'}`,
      process.env.DEBUG_LAT ? `  http: ${httpLat.map((x) => x.toFixed(0)).join(' ')}` : '',
      `  target: event p99 < 50 ms: ${pct(eventLat, 99) < 50 ? 'met' : 'NOT met'}`,
      '',
    ].join('\n'),
  );
}

await main();

/**
 * The checked interface of issue 8 against Debian's Alertmanager: `sensorpath server --rules FILE
 * --alertmanager URL` with an alerting rule on an SDM630 voltage (`for: 0s`); when a published
 * phase voltage falls below 50 V the alert appears in Alertmanager's `/api/v2/alerts` within 5 s,
 * in sensorpath's own `/api/v1/alerts` and `/api/v1/rules`, and it leaves Alertmanager once the
 * voltage is back. Alertmanager runs on free ports with a generated config and is stopped after.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort } from '@sensorpath/simulator';
import { connectAsync } from 'mqtt';

const BIN = fileURLToPath(new URL('../bin/sensorpath.js', import.meta.url));
const AM = '/usr/bin/prometheus-alertmanager';

async function waitFor<T>(
  what: string,
  ms: number,
  fn: () => Promise<T | undefined>,
  everyMs = 100,
): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${what} did not happen within ${ms} ms${last ? `: ${(last as Error).message}` : ''}`);
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const payload = (l1: number, l2: number, l3: number) =>
  [
    '# TYPE meter_voltage_volts gauge',
    '# UNIT meter_voltage_volts volts',
    `meter_voltage_volts{phase="L1",serial="20000631"} ${l1}`,
    `meter_voltage_volts{phase="L2",serial="20000631"} ${l2}`,
    `meter_voltage_volts{phase="L3",serial="20000631"} ${l3}`,
    '# EOF',
    '',
  ].join('\n');

const RULES = `groups:
  - name: sdm630
    rules:
      - alert: PhaseVoltageLow
        expr: meter_voltage_volts < 50
        for: 0s
        labels:
          severity: critical
        annotations:
          summary: "Phase {{ $labels.phase }} of {{ $labels.device }} at {{ $value | humanize }} V"
`;

interface AmAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  status: { state: string };
}

describe('alerting with Debian Alertmanager', () => {
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  after(async () => {
    for (const c of children.reverse()) await stop(c);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('an SDM630 phase-voltage alert reaches Alertmanager within 5 s', {
    skip: existsSync(AM) ? false : 'Alertmanager missing: apt-get install prometheus-alertmanager',
    timeout: 60_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-am-'));
    dirs.push(dir);
    const [amPort, http, mqttPort] = [await freePort(), await freePort(), await freePort()];
    writeFileSync(
      join(dir, 'alertmanager.yml'),
      'route:\n  receiver: blackhole\n  group_wait: 1s\nreceivers:\n  - name: blackhole\n',
    );
    const am = spawn(
      AM,
      [
        `--config.file=${join(dir, 'alertmanager.yml')}`,
        `--storage.path=${join(dir, 'am-data')}`,
        `--web.listen-address=127.0.0.1:${amPort}`,
        '--cluster.listen-address=',
      ],
      { stdio: 'ignore' },
    );
    children.push(am);
    const amUrl = `http://127.0.0.1:${amPort}`;
    await waitFor('alertmanager ready', 15_000, async () =>
      (await fetch(`${amUrl}/-/ready`)).ok ? true : undefined,
    );

    const rulesFile = join(dir, 'rules.yaml');
    writeFileSync(rulesFile, RULES);
    const server = spawn(
      process.execPath,
      [
        BIN,
        'server',
        '--data',
        join(dir, 'data'),
        '--http',
        `127.0.0.1:${http}`,
        '--mqtt',
        `127.0.0.1:${mqttPort}`,
        '--rules',
        rulesFile,
        '--alertmanager',
        amUrl,
        '--log-level',
        'info',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    children.push(server);
    let stderr = '';
    server.stderr!.on('data', (d) => {
      stderr += d;
    });
    const api = `http://127.0.0.1:${http}`;
    await waitFor('sensorpath ready', 20_000, async () =>
      (await fetch(`${api}/-/ready`)).ok ? true : undefined,
    );

    const client = await connectAsync(`mqtt://127.0.0.1:${mqttPort}`, { clientId: 'peer-test' });
    const topic = 'acme/berlin/assembly/line1/meter1/metrics';
    try {
      await client.publishAsync(topic, payload(230.1, 229.8, 231.2), { qos: 1 });
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual((await (await fetch(`${amUrl}/api/v2/alerts`)).json()) as AmAlert[], []);

      // The condition: phase L2 lost.
      const t0 = Date.now();
      await client.publishAsync(topic, payload(230.0, 0, 231.0), { qos: 1 });
      const alerts = await waitFor(
        'alert in Alertmanager',
        5_000,
        async () => {
          const r = (await (await fetch(`${amUrl}/api/v2/alerts`)).json()) as AmAlert[];
          return r.length > 0 ? r : undefined;
        },
        50,
      ).catch((err: Error) => {
        throw new Error(`${err.message}\nserver log:\n${stderr.slice(-4000)}`);
      });
      const latency = Date.now() - t0;
      assert.ok(latency < 5_000, `alert after ${latency} ms`);
      assert.equal(alerts.length, 1);
      const a = alerts[0]!;
      assert.equal(a.status.state, 'active');
      assert.equal(a.labels.alertname, 'PhaseVoltageLow');
      assert.equal(a.labels.phase, 'L2');
      assert.equal(a.labels.enterprise, 'acme');
      assert.equal(a.labels.device, 'meter1');
      assert.equal(a.labels.severity, 'critical');
      assert.equal(a.annotations.summary, 'Phase L2 of meter1 at 0 V');
      process.stdout.write(`# alert reached Alertmanager ${latency} ms after the condition\n`);

      const own = (await (await fetch(`${api}/api/v1/alerts`)).json()) as {
        status: string;
        data: { alerts: { state: string; labels: Record<string, string>; value: string }[] };
      };
      assert.equal(own.status, 'success');
      assert.equal(own.data.alerts[0]!.state, 'firing');
      assert.equal(own.data.alerts[0]!.value, '0e+00');
      const rules = (await (await fetch(`${api}/api/v1/rules`)).json()) as {
        data: {
          groups: { name: string; file: string; rules: { name: string; state: string; health: string }[] }[];
        };
      };
      assert.equal(rules.data.groups[0]!.name, 'sdm630');
      assert.equal(rules.data.groups[0]!.file, rulesFile);
      assert.equal(rules.data.groups[0]!.rules[0]!.state, 'firing');
      assert.equal(rules.data.groups[0]!.rules[0]!.health, 'ok');

      const metrics = await (await fetch(`${api}/metrics`)).text();
      assert.match(
        metrics,
        new RegExp(`^sensorpath_notifications_sent_total\\{receiver="${amUrl}/api/v2/alerts"\\} [1-9]`, 'm'),
      );

      // Back to normal: the resolved alert leaves Alertmanager's active list.
      await client.publishAsync(topic, payload(230.0, 229.5, 231.0), { qos: 1 });
      await waitFor('alert resolved in Alertmanager', 5_000, async () => {
        const r = (await (await fetch(`${amUrl}/api/v2/alerts?active=true`)).json()) as AmAlert[];
        return r.length === 0 ? true : undefined;
      });
    } finally {
      await client.endAsync();
    }
    assert.equal(await stop(server), 0, stderr);
  });
});

/**
 * The packaging files stay honest: docker-compose.yml, the images workflow and the Grafana data
 * source parse as YAML with the expected shape; every flag the compose receivers, the Dockerfile
 * and the systemd unit pass to `sensorpath` is one its help lists; the systemd unit passes
 * `systemd-analyze verify` where systemd is installed; the Dockerfile is multi-stage and
 * non-root. Docker itself is not run (it cannot build here).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { help as edgeHelp } from './commands/edge.ts';
import { help as serverHelp } from './commands/server.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (p: string) => readFileSync(`${root}${p}`, 'utf8');

/** The `--flag` names in an argument list (`--a=b` and `--a b` alike). */
function flags(args: readonly string[]): string[] {
  return args.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]!);
}

function assertKnown(cmdFlags: string[], help: string, where: string) {
  for (const f of cmdFlags)
    assert.ok(new RegExp(`^\\s+${f}\\b`, 'm').test(help), `${where}: ${f} is not a flag`);
}

describe('packaging', () => {
  it('docker-compose.yml: Mosquitto, VictoriaMetrics, two receivers with real flags, Grafana', () => {
    const c = parse(read('docker-compose.yml')) as {
      services: Record<string, { command?: string[]; image?: string; volumes?: string[] }>;
    };
    assert.deepEqual(Object.keys(c.services).sort(), [
      'grafana',
      'mosquitto',
      'receiver-1',
      'receiver-2',
      'victoriametrics',
    ]);
    for (const name of ['receiver-1', 'receiver-2']) {
      const cmd = c.services[name]!.command!;
      assert.equal(cmd[0], 'server');
      assertKnown(flags(cmd), serverHelp, name);
      assert.ok(cmd.includes('--broker=mqtt://mosquitto:1883'));
    }
    assert.ok(c.services.victoriametrics!.command!.includes('-dedup.minScrapeInterval=1ms'));
    for (const v of [...c.services.mosquitto!.volumes!, ...c.services.grafana!.volumes!]) {
      const host = v.split(':')[0]!;
      if (host.startsWith('./')) assert.ok(existsSync(`${root}${host.slice(2)}`), `${v}: missing file`);
    }
    const ds = parse(read('deploy/grafana/datasources.yaml')) as {
      datasources: { type: string; url: string }[];
    };
    assert.equal(ds.datasources[0]!.type, 'prometheus');
  });

  it('images workflow: buildx on qemu for amd64, arm64 and arm/v7', () => {
    const w = parse(read('.github/workflows/images.yml')) as {
      jobs: { image: { steps: { uses?: string; with?: Record<string, unknown> }[] } };
    };
    const steps = w.jobs.image.steps;
    const uses = steps.map((s) => s.uses?.split('@')[0]);
    for (const a of ['docker/setup-qemu-action', 'docker/setup-buildx-action', 'docker/build-push-action'])
      assert.ok(uses.includes(a), a);
    const build = steps.find((s) => s.uses?.startsWith('docker/build-push-action'))!;
    assert.equal(build.with!.platforms, 'linux/amd64,linux/arm64,linux/arm/v7');
  });

  it('Dockerfile: multi-stage, non-root, the CMD a real server invocation', () => {
    const d = read('Dockerfile');
    assert.match(d, /^# syntax=docker\/dockerfile:1/);
    assert.equal(d.match(/^FROM /gm)?.length, 2);
    assert.match(d, /^USER node$/m);
    const cmd = JSON.parse(/^CMD (.*)$/m.exec(d)![1]!) as string[];
    assert.equal(cmd[0], 'server');
    assertKnown(flags(cmd), serverHelp, 'Dockerfile CMD');
  });

  it('systemd unit: edge flags exist; systemd-analyze verify passes', () => {
    const unit = read('deploy/systemd/sensorpath-edge.service');
    for (const line of unit.split('\n').filter((l) => /^ExecStart(Pre)?=/.test(l)))
      assertKnown(flags(line.split(/\s+/)), edgeHelp, line);
    const sa = spawnSync('systemd-analyze', ['verify', `${root}deploy/systemd/sensorpath-edge.service`], {
      encoding: 'utf8',
    });
    if (sa.error) return; // systemd-analyze not installed: the flag check above still ran.
    // Missing users or /usr/bin/node on a build machine are environment, not unit errors.
    const problems = sa.stderr
      .split('\n')
      .filter((l) => l.trim() && !/user|group|No such file|not executable|Command .* is not/i.test(l));
    assert.deepEqual(problems, []);
  });
});

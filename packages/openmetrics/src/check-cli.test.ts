/**
 * `sensorpath check metrics` through the real launcher (packages/cli/bin/sensorpath.js): the fast
 * path (the small check-metrics bundle) must print exactly what the full CLI prints and exit with
 * the same code, for a valid file, an invalid exposition on stdin, a bad flag and --help. The full
 * CLI is forced with SENSORPATH_NO_BUNDLE=1. Skipped, with the reason, when the bundle is absent or
 * older than the sources, since both runs would then take the same path.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkBundleState } from './check-bundle.ts';

const BIN = fileURLToPath(new URL('../../cli/bin/sensorpath.js', import.meta.url));

function cli(args: string[], input: string, full: boolean) {
  const env = { ...process.env };
  if (full) env.SENSORPATH_NO_BUNDLE = '1';
  else delete env.SENSORPATH_NO_BUNDLE;
  const r = spawnSync(process.execPath, [BIN, 'check', 'metrics', ...args], {
    input,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check metrics through the launcher', () => {
  const state = checkBundleState({});
  const dir = mkdtempSync(join(tmpdir(), 'om-check-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const valid = join(dir, 'valid.om');
  writeFileSync(valid, '# TYPE a counter\n# HELP a Requests.\na_total{x="1"} 1 1\nb 2\n# EOF\n');

  const cases: [string, string[], string, number][] = [
    ['a valid file', [valid], '', 0],
    ['an invalid exposition on stdin', [], 'a 1\nb{x=1} 2\n# EOF\n', 1],
    ['a Prometheus exposition on stdin', ['--format', 'prometheus'], '# TYPE c counter\nc 1\n', 0],
    ['a bad flag', ['--format', 'xml'], '', 2],
    ['--help', ['--help'], '', 0],
  ];
  for (const [what, args, input, code] of cases) {
    it(`prints and exits as the full CLI for ${what}`, { skip: state.fresh ? false : state.reason }, () => {
      const fast = cli(args, input, false);
      const full = cli(args, input, true);
      assert.equal(fast.status, code, fast.stderr);
      assert.deepEqual(fast, full);
    });
  }
});

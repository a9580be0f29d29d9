/**
 * The `.test` runner on small inline scripts: per-file result lines and the final
 * `N passed, N failed, N skipped` line, skipped native-histogram evals named, failures explained
 * on stderr and reflected in the exit code.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runPromqlTest, runTestScript } from './promqltest.ts';

const script = `
load 5m
  http_requests{job="api", instance="0"} 0+10x10
  http_requests{job="api", instance="1"} 0+20x10
  hist {{schema:0 sum:1 count:1}}x10

eval instant at 50m sum by (job) (http_requests)
  {job="api"} 300

eval range from 0 to 10m step 5m http_requests{instance="0"}
  http_requests{job="api", instance="0"} 0 10 20

eval instant at 50m hist
  {} {{schema:0 sum:1 count:1}}

eval instant at 50m rate(http_requests[5m]) > bool 1
  expect fail
`;

test('runTestScript counts passes, failures and native-histogram skips', async () => {
  const r = await runTestScript('inline.test', script);
  assert.equal(r.passed, 2);
  assert.equal(r.failed, 1);
  assert.equal(r.skipped, 1);
  assert.equal(r.outcomes.find((o) => o.status === 'skip')?.line, 13);
  assert.match(r.outcomes.find((o) => o.status === 'fail')?.message ?? '', /expected the query to fail/);
});

test('runPromqlTest prints a line per file and the totals', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'promqltest-'));
  try {
    const f = join(dir, 'inline.test');
    await writeFile(f, script);
    let out = '';
    let err = '';
    const code = await runPromqlTest([f], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    });
    assert.equal(code, 1);
    assert.match(out, /^FAIL inline\.test: 2 passed, 1 failed, 1 skipped\n2 passed, 1 failed, 1 skipped\n$/);
    assert.match(err, /inline\.test:16: FAIL rate/);
    assert.match(err, /skipped \(needs native histograms\) at lines 13/);
    assert.equal(
      await runPromqlTest([], { stdout: { write: () => true }, stderr: { write: () => true } }),
      2,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/**
 * Runs Prometheus' PromQL conformance scripts from the shared folder (env SENSORPATH_SHARED, or
 * `<repo root>/../shared`), with both of the upstream runner's extra checks (every instant eval
 * is also run as a range query, and pinned with `@` at other times). Every eval of the required
 * files must pass, except those skipped
 * because they need native histograms (counted and printed). The experimental files are run and
 * their counts reported without being required. Without the shared folder the suite is skipped
 * with a reason, loudly.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runTestFile } from './promqltest.ts';

const shared = process.env.SENSORPATH_SHARED ?? fileURLToPath(new URL('../../../../shared', import.meta.url));
const dir = join(shared, 'conformance', 'promql', 'testdata');
const missing = existsSync(dir)
  ? undefined
  : `PromQL conformance data not found at ${dir} (set SENSORPATH_SHARED)`;
if (missing) console.warn(`SKIPPING PromQL conformance: ${missing}`);

const required = [
  'literals',
  'selectors',
  'staleness',
  'collision',
  'range_queries',
  'operators',
  'aggregators',
  'functions',
];
const experimental = [
  'duration_expression',
  'fill-modifier',
  'info',
  'limit',
  'extended_vectors',
  'type_and_unit',
];

test('PromQL conformance: required .test files', { skip: missing }, async (t) => {
  let passed = 0;
  let skipped = 0;
  const failures: string[] = [];
  for (const name of required) {
    const r = await runTestFile(join(dir, `${name}.test`), undefined, { atCheck: true });
    passed += r.passed;
    skipped += r.skipped;
    t.diagnostic(
      `${name}.test: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (native histograms)`,
    );
    for (const o of r.outcomes) {
      if (o.status === 'fail') failures.push(`${name}.test:${o.line}: ${o.query} — ${o.message}`);
    }
  }
  t.diagnostic(`total: ${passed} passed, ${failures.length} failed, ${skipped} skipped`);
  assert.deepEqual(failures, []);
});

test('PromQL conformance: experimental .test files (reported, not required)', {
  skip: missing,
}, async (t) => {
  for (const name of experimental) {
    const r = await runTestFile(join(dir, `${name}.test`));
    t.diagnostic(`${name}.test: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  }
});

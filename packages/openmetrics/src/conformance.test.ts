/**
 * Runs the upstream OpenMetrics parser conformance cases from the shared directory, and our own
 * regression cases kept as data in the same layout (`testdata/cases`): every case must pass.
 * Without the shared data that test is reported as skipped, with the reason and the number of
 * cases not run, never as a silent pass. Valid cases also check that serialize round-trips them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadCases, runConformance, sharedDir } from './conformance.ts';
import { parse } from './parse.ts';
import { serialize } from './serialize.ts';

/** The shared set holds 159 cases (33 valid, 126 invalid); used only to word the skip reason. */
const EXPECTED_CASES = 159;
const dir = join(sharedDir(), 'conformance', 'openmetrics', 'cases');
const cases = loadCases(dir);
const skip =
  cases === undefined
    ? `SKIPPED: OpenMetrics conformance data not found at ${dir} (set SENSORPATH_SHARED); ${EXPECTED_CASES} cases not run`
    : false;
if (skip) console.warn(`openmetrics conformance: ${skip}`);

it('openmetrics conformance: every upstream case is accepted or rejected as expected', { skip }, (t) => {
  const all = cases!;
  assert.ok(all.length > 0, `no cases under ${dir}`);
  const r = runConformance(all, (input) => parse(input));
  const valid = all.filter((c) => c.shouldParse).length;
  const msg = `openmetrics conformance: ${r.passed}/${r.total} passed (${valid} must parse, ${r.total - valid} must be rejected), ${r.failures.length} failed`;
  t.diagnostic(msg);
  console.log(msg);
  for (const f of r.failures) {
    t.diagnostic(`FAIL ${f.name} (shouldParse=${f.shouldParse}) ${f.comment} ${f.error}`);
  }
  assert.deepEqual(
    r.failures.map((f) => `${f.name}: ${f.comment} ${f.error}`),
    [],
  );
});

it('openmetrics conformance: parse(serialize(parse(x))) equals parse(x) for every valid case', {
  skip,
}, () => {
  for (const c of cases!.filter((c) => c.shouldParse)) {
    const model = parse(c.input);
    const text = serialize(model.families);
    assert.deepStrictEqual(parse(text), model, c.name);
  }
});

const ownDir = fileURLToPath(new URL('../testdata/cases', import.meta.url));

it('openmetrics regression cases (testdata/cases): every case is accepted or rejected as expected', (t) => {
  const own = loadCases(ownDir);
  assert.ok(own !== undefined && own.length > 0, `no regression cases under ${ownDir}`);
  const r = runConformance(own, (input) => parse(input));
  const msg = `openmetrics regression cases: ${r.passed}/${r.total} passed, ${r.failures.length} failed`;
  t.diagnostic(msg);
  console.log(msg);
  assert.deepEqual(
    r.failures.map((f) => `${f.name}: ${f.comment} ${f.error}`),
    [],
  );
  for (const c of own.filter((c) => c.shouldParse)) {
    const model = parse(c.input);
    assert.deepStrictEqual(parse(serialize(model.families)), model, c.name);
  }
});

/** `check rules` / `check events`: promtool's output shape, exit codes, problems with file and line. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCheckRuleFiles } from './check.ts';

const root = join(import.meta.dirname, '..');
const capture = () => {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (s: string) => (out.stdout += s) },
      stderr: { write: (s: string) => (out.stderr += s) },
    },
  };
};

describe('check', () => {
  it('reports valid and refused rule files', async () => {
    const { out, io } = capture();
    const good = join(root, 'examples/sdm630.rules.yaml');
    const bad = join(root, 'testdata/rules/for-on-record.bad.yaml');
    assert.equal(await runCheckRuleFiles('rules', [good, bad], io), 1);
    assert.match(out.stdout, new RegExp(`Checking ${good}\\n  SUCCESS: 4 rules found`));
    assert.match(
      out.stderr,
      /FAILED:\n.*for-on-record\.bad\.yaml:6:9: group "g", rule 1, "a:b": invalid field 'for' in recording rule/,
    );
  });
  it('checks processor files', async () => {
    const { out, io } = capture();
    assert.equal(await runCheckRuleFiles('events', [join(root, 'examples/sdm630.events.yaml')], io), 0);
    assert.match(out.stdout, /SUCCESS: 5 processors found/);
  });
});

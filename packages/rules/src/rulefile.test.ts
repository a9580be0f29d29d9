/**
 * Rule files against promtool: every valid fixture in testdata/rules passes both `promtool check
 * rules` (Debian's /usr/bin/promtool) and our loader; every `*.bad.yaml` fixture is refused by both,
 * ours with the file, line, column and reason given on the fixture's `# expect:` line.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { FileInvalidError } from './errors.ts';
import { loadRuleFile, parseRuleFile } from './rulefile.ts';

const dir = join(import.meta.dirname, '../testdata/rules');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const examples = join(import.meta.dirname, '../examples');
const good = [
  ...files.filter((f) => !f.endsWith('.bad.yaml')),
  ...readdirSync(examples)
    .filter((f) => f.endsWith('.rules.yaml'))
    .map((f) => join(examples, f)),
];
const bad = files.filter((f) => f.endsWith('.bad.yaml'));
const PROMTOOL = '/usr/bin/promtool';
const noPromtool = existsSync(PROMTOOL) ? false : 'promtool missing: apt-get install prometheus';

async function promtool(file: string): Promise<{ ok: boolean; out: string }> {
  try {
    const r = await promisify(execFile)(PROMTOOL, ['check', 'rules', file], { timeout: 20_000 });
    return { ok: true, out: r.stdout };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('rule files', () => {
  it('valid fixtures load', async () => {
    assert.ok(good.length >= 3);
    for (const f of good) {
      const groups = await loadRuleFile(resolve(dir, f));
      assert.ok(Array.isArray(groups), f);
    }
    const power = await loadRuleFile(join(dir, 'power.yaml'));
    assert.deepEqual(
      power.map((g) => [g.name, g.intervalMs, g.rules.length]),
      [
        ['power-quality', 1000, 3],
        ['availability', 100, 1],
      ],
    );
    const unb = power[0]!.rules[2]!;
    assert.ok(unb.kind === 'alerting' && unb.forMs === 30_000 && unb.keepFiringForMs === 60_000);
  });

  it('valid fixtures pass promtool check rules', { skip: noPromtool }, async () => {
    const results = await Promise.all(good.map((f) => promtool(resolve(dir, f))));
    for (const [i, r] of results.entries()) assert.ok(r.ok, `${good[i]}: ${r.out}`);
  });

  it('invalid fixtures are refused with file, line and reason', () => {
    assert.ok(bad.length >= 5);
    for (const f of bad) {
      const text = readFileSync(join(dir, f), 'utf8');
      const expect = /^# expect: (.*)$/m.exec(text)?.[1];
      assert.ok(expect, `${f} needs an # expect: line`);
      assert.throws(
        () => parseRuleFile(text, f),
        (err: unknown) => {
          assert.ok(err instanceof FileInvalidError, f);
          assert.equal(err.code, 'RULES_FILE_INVALID');
          assert.ok(err.message.startsWith(expect), `${f}: got ${err.message}`);
          assert.equal(err.context.file, f);
          return true;
        },
      );
    }
  });

  it('invalid fixtures are refused by promtool too', { skip: noPromtool }, async () => {
    const results = await Promise.all(bad.map((f) => promtool(resolve(dir, f))));
    for (const [i, r] of results.entries()) assert.ok(!r.ok, `${bad[i]} passed promtool`);
  });
});

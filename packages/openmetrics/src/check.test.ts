/**
 * Tests of `checkMetrics` and `runCheckMetrics` (in-memory streams): exit codes, the summary line,
 * `line:col: reason` on invalid input, lint warnings that do not change the exit code, flags, files
 * and stdin.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { checkMetrics, runCheckMetrics } from './check.ts';

async function run(args: string[], stdin = '') {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => {
    stdout += d;
  });
  err.on('data', (d) => {
    stderr += d;
  });
  const code = await runCheckMetrics(args, {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: out,
    stderr: err,
  });
  return { code, stdout, stderr };
}

const VALID =
  '# TYPE a counter\n# HELP a Requests.\na_total{x="1"} 1 1\na_total{x="1"} 2 2\na_total{x="2"} 1\n# TYPE b gauge\nb 1\n# EOF\n';

describe('check metrics', () => {
  it('valid input: exit 0, one summary line, lint warning on stderr', async () => {
    const r = await run([], VALID);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, 'stdin: OK (openmetrics): 2 families, 3 series, 4 samples\n');
    assert.equal(r.stderr, 'warning: b: no help text\n');
  });

  it('invalid input: exit 1 and line:col: reason', async () => {
    const r = await run([], 'a 1\nb{x=1} 2\n# EOF\n');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^2:5: unexpected '1': expected '"' opening the label value\n$/);
    const eof = await run([], 'a 1\n');
    assert.equal(eof.code, 1);
    assert.match(eof.stderr, /missing # EOF/);
  });

  it('--format prometheus, with the counter lint that never changes the exit code', async () => {
    const r = await run(['--format', 'prometheus'], '# TYPE reqs counter\nreqs 1 1700000000000\n');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /1 families, 1 series, 1 samples/);
    assert.match(r.stderr, /reqs: counter metrics should have "_total" suffix/);
    assert.equal((await run(['--format=prometheus'], 'a 1\n')).code, 0);
    assert.equal((await run([], 'a 1\n')).code, 1);
  });

  it('reads a FILE argument; I/O and usage errors exit 2; --help exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-check-'));
    try {
      const f = join(dir, 'm.om');
      writeFileSync(f, VALID);
      const r = await run([f]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: OK`));
      assert.equal((await run([join(dir, 'missing')])).code, 2);
      const big = await run(['--max-bytes', '10', f]);
      assert.equal(big.code, 1);
      assert.match(big.stderr, /^1:1: payload of \d+ bytes exceeds the limit of 10 bytes/);
    } finally {
      rmSync(dir, { recursive: true });
    }
    assert.equal((await run(['--format', 'json'])).code, 2);
    assert.equal((await run(['--bogus'])).code, 2);
    const h = await run(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /usage: sensorpath check metrics/);
  });

  it('more lint: non-base units, camelCase, _total on the wrong type; exit code unchanged', async () => {
    const r = await run(
      [],
      '# TYPE req_latency_milliseconds gauge\n# HELP req_latency_milliseconds x\n# TYPE fooBar_total counter\n# HELP fooBar_total x\n# EOF\n',
    );
    assert.equal(r.code, 0);
    assert.match(r.stderr, /req_latency_milliseconds: use base unit "seconds" instead of "milliseconds"/);
    assert.match(r.stderr, /fooBar_total: counter family names should not end in "_total"/);
    assert.match(r.stderr, /fooBar_total: metric names should be written in 'snake_case'/);
  });

  it('--max-bytes rejects a larger input with the payload error', async () => {
    const r = await run(['--max-bytes', '8'], VALID);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /exceeds the limit of 8 bytes/);
  });
});

describe('checkMetrics', () => {
  it('returns counts and warnings, throws ParseError when invalid', () => {
    assert.deepStrictEqual(checkMetrics(VALID), {
      families: 2,
      series: 3,
      samples: 4,
      warnings: ['b: no help text'],
    });
    assert.throws(() => checkMetrics('a 1\n'), { code: 'OM_MISSING_EOF' });
    assert.equal(checkMetrics('a 1\n', { format: 'prometheus' }).samples, 1);
  });
});

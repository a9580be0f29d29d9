/**
 * Mutation fuzzing of the parser with a seeded PRNG: valid expositions (the conformance cases that
 * must parse, plus a few built-in ones) get bytes flipped, cut, duplicated or swapped lines, huge
 * numbers and invalid UTF-8. For both formats the parser must return a result or throw a
 * `ParseError`, nothing else, and no single call may take long (no hang, no quadratic blow-up);
 * every mutated OpenMetrics input that is accepted must also survive serialize and re-parse.
 * Bounded by an iteration count and a time budget so it stays well under 10 s.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '@sensorpath/simulator/prng';
import { loadCases, sharedDir } from './conformance.ts';
import { ParseError } from './errors.ts';
import { parse, parseSamples } from './parse.ts';
import { serialize } from './serialize.ts';

// Deeper local runs: OM_FUZZ_SEED=… OM_FUZZ_ITERATIONS=1000000 OM_FUZZ_BUDGET_MS=600000.
const SEED = Number(process.env.OM_FUZZ_SEED ?? 0x5e4501);
const MAX_ITERATIONS = Number(process.env.OM_FUZZ_ITERATIONS ?? 25_000);
const BUDGET_MS = Number(process.env.OM_FUZZ_BUDGET_MS ?? 7_000);

const BUILTIN = [
  '# TYPE sdm630_voltage_volts gauge\n# UNIT sdm630_voltage_volts volts\n# HELP sdm630_voltage_volts Voltage.\nsdm630_voltage_volts{phase="L1",serial="0042"} 229.5 1764282000.123\nsdm630_voltage_volts{phase="L1",serial="0042"} 229.7 1764282001.123\n# EOF\n',
  '# TYPE a histogram\na_bucket{le="1.0"} 0 # {t="x"} 0.5\na_bucket{le="+Inf"} 3\na_count 3\na_sum 2\na_created 1.5\n# TYPE b summary\nb{quantile="0.5"} 1\nb_count 1\nb_sum 1\n# EOF\n',
  '# TYPE s stateset\ns{s="a"} 1\ns{s="b"} 0\n# TYPE i info\ni_info{v="1"} 1\n# TYPE c counter\nc_total{x="☃"} 1 # {a="b"} 1 1\n# EOF',
].map((s) => new Uint8Array(Buffer.from(s)));

const HUGE = [
  '1e309',
  '-1e309',
  '9'.repeat(400),
  `0.${'0'.repeat(400)}1`,
  '1e-400',
  '+Inf',
  'NaN',
  '1e99999999999',
];
const BAD_UTF8 = [
  [0xff],
  [0xc3],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0xef, 0xbb, 0xbf],
];
const TOKENS = [
  '{',
  '}',
  '"',
  ',',
  '=',
  '#',
  ' ',
  '\n',
  '\\',
  '# EOF\n',
  '# TYPE ',
  '_total',
  '_bucket',
  'le="+Inf"',
  '\t',
  '\r',
];

function mutate(src: Uint8Array, rnd: () => number): Uint8Array {
  let b = Buffer.from(src);
  const n = 1 + Math.floor(rnd() * 3);
  const pick = (len: number) => Math.floor(rnd() * Math.max(1, len));
  for (let k = 0; k < n; k++) {
    const at = pick(b.length);
    switch (Math.floor(rnd() * 9)) {
      case 0: // flip a byte
        if (b.length > 0) b[at] = Math.floor(rnd() * 256);
        break;
      case 1: // flip one bit
        if (b.length > 0) b[at] = b[at]! ^ (1 << Math.floor(rnd() * 8));
        break;
      case 2: // cut the tail
        b = b.subarray(0, at);
        break;
      case 3: // remove a range
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + pick(16)))]);
        break;
      case 4: {
        // duplicate a line
        const lines = b.toString('latin1').split('\n');
        const i = pick(lines.length);
        lines.splice(i, 0, lines[i] ?? '');
        b = Buffer.from(lines.join('\n'), 'latin1');
        break;
      }
      case 5: {
        // swap two lines
        const lines = b.toString('latin1').split('\n');
        const i = pick(lines.length);
        const j = pick(lines.length);
        const t = lines[i]!;
        lines[i] = lines[j]!;
        lines[j] = t;
        b = Buffer.from(lines.join('\n'), 'latin1');
        break;
      }
      case 6: // a huge or special number replacing a token
        b = Buffer.concat([
          b.subarray(0, at),
          Buffer.from(HUGE[pick(HUGE.length)]!),
          b.subarray(Math.min(b.length, at + pick(4))),
        ]);
        break;
      case 7: // invalid UTF-8
        b = Buffer.concat([b.subarray(0, at), Buffer.from(BAD_UTF8[pick(BAD_UTF8.length)]!), b.subarray(at)]);
        break;
      default: // a structural token
        b = Buffer.concat([b.subarray(0, at), Buffer.from(TOKENS[pick(TOKENS.length)]!), b.subarray(at)]);
    }
  }
  return b;
}

it('fuzz: mutated expositions yield a result or a ParseError, never anything else, never a hang', (t) => {
  const cases = loadCases(join(sharedDir(), 'conformance', 'openmetrics', 'cases'));
  const own = loadCases(fileURLToPath(new URL('../testdata/cases', import.meta.url))) ?? [];
  const corpus = [...BUILTIN, ...[...(cases ?? []), ...own].filter((c) => c.shouldParse).map((c) => c.input)];
  const scrape = join(sharedDir(), 'conformance', 'textparse', 'alltypes.237mfs.prom.txt');
  if (existsSync(scrape)) {
    // The first 8 KB of a real scrape, cut at a line end: mostly useful for the Prometheus format.
    const b = readFileSync(scrape);
    corpus.push(b.subarray(0, b.indexOf(10, 8192) + 1));
  }
  const rnd = mulberry32(SEED);
  const started = performance.now();
  let iterations = 0;
  let accepted = 0;
  let rejected = 0;
  let slowest = 0;
  const unexpected: string[] = [];
  while (iterations < MAX_ITERATIONS && performance.now() - started < BUDGET_MS) {
    const input = mutate(corpus[Math.floor(rnd() * corpus.length)]!, rnd);
    const format = rnd() < 0.75 ? 'openmetrics' : 'prometheus';
    const t0 = performance.now();
    try {
      if (rnd() < 0.5) {
        const model = parse(input, { format });
        // Whatever OpenMetrics input is accepted must survive serialize and re-parse unchanged.
        if (format === 'openmetrics') {
          try {
            assert.deepStrictEqual(parse(serialize(model.families)), model);
          } catch (err) {
            if (unexpected.length < 5)
              unexpected.push(
                `round trip ${JSON.stringify(Buffer.from(input).toString('latin1'))}: ${(err as Error).message.slice(0, 400)}`,
              );
          }
        }
      } else parseSamples(input, () => {}, { format });
      accepted++;
    } catch (err) {
      if (err instanceof ParseError) rejected++;
      else if (unexpected.length < 5)
        unexpected.push(
          `${format} ${JSON.stringify(Buffer.from(input).toString('latin1'))}: ${(err as Error).stack}`,
        );
    }
    slowest = Math.max(slowest, performance.now() - t0);
    iterations++;
  }
  const msg = `fuzz: ${iterations} iterations (seed ${SEED}), ${accepted} accepted, ${rejected} rejected with ParseError, slowest call ${slowest.toFixed(2)} ms${cases === undefined ? ' (shared cases absent: built-in corpus only)' : ''}`;
  t.diagnostic(msg);
  console.log(msg);
  assert.deepEqual(unexpected, []);
  assert.ok(slowest < 1000, `a single parse took ${slowest} ms`);
  assert.ok(iterations >= 1000, `only ${iterations} iterations ran within the budget`);
});

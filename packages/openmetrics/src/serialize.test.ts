/**
 * Property tests of the serializer with fast-check: for any valid model, `parse(serialize(m))`
 * gives back `m`; every float64 (NaN, ±Inf, -0, subnormals) and every millisecond timestamp
 * survives the trip exactly; strings with quotes, backslashes, newlines and any Unicode survive.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Exemplar, LabelPair, MetricFamily, MetricSample, MetricType } from './model.ts';
import { timestampMs } from './model.ts';
import { parse } from './parse.ts';
import { formatNumber, serialize } from './serialize.ts';

const SEED = 20261127;
const text = fc.string({ unit: 'binary', maxLength: 12 });
const lower = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: min, maxLength: max });
const labelName = fc
  .tuple(fc.constantFrom(...'abcxyzAZ_'), fc.string({ unit: fc.constantFrom(...'abyzAZ09_'), maxLength: 6 }))
  .map(([a, b]) => a + b)
  .filter((n) => n !== 'le' && n !== 'quantile');
const nonNeg = fc.oneof(fc.double({ min: 0, noNaN: true }), fc.constant(Infinity));
const count = fc.nat({ max: 1_000_000 });

/** A label set: a unique `id` label (so metrics differ) plus random extra labels. */
function labelSets(n: number, exclude: string): fc.Arbitrary<LabelPair[][]> {
  return fc
    .array(fc.uniqueArray(fc.tuple(labelName, text), { selector: (t) => t[0], maxLength: 3 }), {
      minLength: n,
      maxLength: n,
    })
    .map((sets) =>
      sets.map((extra, i) => [
        { name: 'id', value: String(i) },
        ...extra.filter(([k]) => k !== 'id' && k !== exclude).map(([name, value]) => ({ name, value })),
      ]),
    );
}

const exemplar: fc.Arbitrary<Exemplar | undefined> = fc.option(
  fc
    .record(
      {
        labels: fc
          .uniqueArray(fc.tuple(labelName, fc.string({ unit: 'binary', maxLength: 8 })), {
            selector: (t) => t[0],
            maxLength: 3,
          })
          .map((ls) => ls.map(([name, value]) => ({ name, value }))),
        value: fc.double(),
        timestamp: fc.integer({ min: 0, max: 4_000_000_000_000 }).map((ms) => ms / 1000),
      },
      { requiredKeys: ['labels', 'value'] },
    )
    .map((r) => ({ ...r })),
  { nil: undefined },
);

interface Point {
  ts: number | undefined;
}

/** 1-3 points; with timestamps they strictly increase (ms precision). */
const points: fc.Arbitrary<Point[]> = fc.oneof(
  fc.constant<Point[]>([{ ts: undefined }]),
  fc
    .uniqueArray(fc.integer({ min: 0, max: 4_000_000_000_000 }), { minLength: 1, maxLength: 3 })
    .map((ms) => ms.sort((a, b) => a - b).map((m) => ({ ts: m / 1000 }))),
);

function sample(
  name: string,
  labels: LabelPair[],
  value: number,
  ts: number | undefined,
  ex?: Exemplar,
): MetricSample {
  const s: MetricSample = { name, labels, value };
  if (ts !== undefined) s.timestamp = ts;
  if (ex !== undefined) s.exemplar = ex;
  return s;
}

const LE = ['0.001', '0.01', '0.1', '1.0', '10.0', '100.0'];

function familyArb(index: number): fc.Arbitrary<MetricFamily> {
  const types: MetricType[] = [
    'gauge',
    'unknown',
    'counter',
    'stateset',
    'info',
    'summary',
    'histogram',
    'gaugehistogram',
  ];
  return fc
    .record({
      type: fc.constantFrom(...types),
      stem: lower(1, 5),
      unit: fc.option(lower(1, 5), { nil: undefined }),
      help: fc.option(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), { nil: undefined }),
      metrics: fc.integer({ min: 0, max: 3 }),
    })
    .chain(({ type, stem, unit, help, metrics }) => {
      const withUnit = type === 'info' || type === 'stateset' ? undefined : unit;
      const name = withUnit === undefined ? `m${index}_${stem}` : `m${index}_${stem}_${withUnit}`;
      const perMetric = (labels: LabelPair[]): fc.Arbitrary<MetricSample[]> => {
        switch (type) {
          case 'gauge':
          case 'unknown':
            return fc
              .tuple(points, fc.array(fc.double(), { minLength: 3, maxLength: 3 }))
              .map(([pts, vs]) => pts.map((p, i) => sample(name, labels, vs[i]!, p.ts)));
          case 'counter':
            return fc
              .tuple(
                points,
                fc.array(fc.tuple(nonNeg, fc.option(fc.double(), { nil: undefined }), exemplar), {
                  minLength: 3,
                  maxLength: 3,
                }),
              )
              .map(([pts, vs]) =>
                pts.flatMap((p, i) => {
                  const [v, created, ex] = vs[i]!;
                  const out = [sample(`${name}_total`, labels, v, p.ts, ex)];
                  if (created !== undefined) out.push(sample(`${name}_created`, labels, created, p.ts));
                  return out;
                }),
              );
          case 'info':
            return fc.constant([sample(`${name}_info`, labels, 1, undefined)]);
          case 'stateset':
            return fc
              .tuple(points, fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }))
              .map(([pts, states]) =>
                pts.flatMap((p) =>
                  states.map((on, k) =>
                    sample(name, [...labels, { name, value: `s${k}` }], on ? 1 : 0, p.ts),
                  ),
                ),
              );
          case 'summary':
            return fc
              .tuple(
                points,
                fc.array(fc.oneof(nonNeg, fc.constant(Number.NaN)), { minLength: 2, maxLength: 2 }),
                count,
                nonNeg,
                fc.boolean(),
              )
              .map(([pts, qs, c, sum, withCount]) =>
                pts.flatMap((p) => {
                  const out = [
                    sample(name, [...labels, { name: 'quantile', value: '0.5' }], qs[0]!, p.ts),
                    sample(name, [...labels, { name: 'quantile', value: '0.99' }], qs[1]!, p.ts),
                  ];
                  if (withCount)
                    out.push(
                      sample(`${name}_count`, labels, c, p.ts),
                      sample(`${name}_sum`, labels, sum, p.ts),
                    );
                  return out;
                }),
              );
          default: {
            const gauge = type === 'gaugehistogram';
            return fc
              .tuple(
                points,
                fc.subarray(LE),
                fc.array(fc.nat({ max: 1000 }), { minLength: 7, maxLength: 7 }),
                fc.boolean(),
                nonNeg,
                exemplar,
              )
              .map(([pts, les, incs, withSum, sum, ex]) =>
                pts.flatMap((p) => {
                  let acc = 0;
                  const out: MetricSample[] = [];
                  [...les, '+Inf'].forEach((le, k) => {
                    acc += incs[k]!;
                    out.push(
                      sample(
                        `${name}_bucket`,
                        [...labels, { name: 'le', value: le }],
                        acc,
                        p.ts,
                        k === 0 ? ex : undefined,
                      ),
                    );
                  });
                  if (withSum) {
                    out.push(sample(`${name}_${gauge ? 'gcount' : 'count'}`, labels, acc, p.ts));
                    out.push(sample(`${name}_${gauge ? 'gsum' : 'sum'}`, labels, sum, p.ts));
                  }
                  return out;
                }),
              );
          }
        }
      };
      const exclude = type === 'stateset' ? name : '';
      return labelSets(metrics, exclude)
        .chain(
          (sets): fc.Arbitrary<MetricSample[][]> =>
            sets.length === 0 ? fc.constant([]) : fc.tuple(...sets.map(perMetric)),
        )
        .map((per) => {
          const fam: MetricFamily = { name, type, samples: per.flat() };
          if (withUnit !== undefined) fam.unit = withUnit;
          if (help !== undefined) fam.help = help;
          return fam;
        });
    });
}

const model = fc
  .integer({ min: 0, max: 5 })
  .chain(
    (n): fc.Arbitrary<MetricFamily[]> =>
      n === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: n }, (_, i) => familyArb(i))),
  );

describe('serialize', () => {
  it('parse(serialize(model)) is the identity on valid models', () => {
    fc.assert(
      fc.property(model, (families) => {
        const text = serialize(families);
        assert.deepStrictEqual(parse(text).families, families);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('every float64 round-trips exactly as a value', () => {
    fc.assert(
      fc.property(fc.double(), (v) => {
        const got = parse(`a ${formatNumber(v)}\n# EOF\n`).families[0]!.samples[0]!.value;
        assert.ok(Object.is(got, v), `${v} came back as ${got}`);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('millisecond timestamps round-trip exactly (seconds with 3 decimals on the wire)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 9_999_999_999_999 }), (ms) => {
        const text = serialize([
          { name: 'a', type: 'gauge', samples: [{ name: 'a', labels: [], value: 1, timestamp: ms / 1000 }] },
        ]);
        const ts = parse(text).families[0]!.samples[0]!.timestamp!;
        assert.equal(ts, ms / 1000);
        assert.equal(timestampMs(ts), ms);
      }),
      { seed: SEED, numRuns: 5000 },
    );
    assert.match(
      serialize([
        {
          name: 'a',
          type: 'gauge',
          samples: [{ name: 'a', labels: [], value: 1, timestamp: 1764282000.123 }],
        },
      ]),
      /^a 1 1764282000\.123$/m,
    );
  });

  it('spells special values as the spec does', () => {
    assert.deepStrictEqual([Infinity, -Infinity, Number.NaN, -0, 0, 1e21, 1.5e-7].map(formatNumber), [
      '+Inf',
      '-Inf',
      'NaN',
      '-0',
      '0',
      '1e+21',
      '1.5e-7',
    ]);
  });

  it('escapes label values and help text', () => {
    const fam: MetricFamily = {
      name: 'a',
      type: 'gauge',
      help: 'quote " backslash \\ newline \n end',
      samples: [{ name: 'a', labels: [{ name: 'x', value: 'q"b\\n\n' }], value: 1 }],
    };
    const text = serialize([fam]);
    assert.equal(
      text,
      '# TYPE a gauge\n# HELP a quote \\" backslash \\\\ newline \\n end\na{x="q\\"b\\\\n\\n"} 1\n# EOF\n',
    );
    assert.deepStrictEqual(parse(text).families, [fam]);
  });
});

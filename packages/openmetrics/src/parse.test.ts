/**
 * Unit tests of the parser: the model it builds, error codes and positions, the size limit, format
 * selection, the streaming path agreeing with the model path, the Prometheus 0.0.4 specifics, and
 * the shared `textparse` payloads (counts from their README).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sharedDir } from './conformance.ts';
import { ParseError } from './errors.ts';
import type { MetricFamily } from './model.ts';
import { formatFromContentType, parse, parseSamples } from './parse.ts';

const textparseDir = join(sharedDir(), 'conformance', 'textparse');
const noTextparse = existsSync(textparseDir)
  ? false
  : `SKIPPED: shared textparse payloads not found at ${textparseDir} (set SENSORPATH_SHARED); 5 tests not run`;
if (noTextparse) console.warn(`parse: ${noTextparse}`);

function fails(input: string, code: string, line?: number, column?: number, options = {}): ParseError {
  try {
    parse(input, options);
  } catch (err) {
    assert.ok(err instanceof ParseError, `expected ParseError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    if (line !== undefined) assert.equal(err.line, line, err.message);
    if (column !== undefined) assert.equal(err.column, column, err.message);
    assert.match(err.message, /^\d+:\d+: /);
    return err;
  }
  assert.fail(`expected ${code} for ${JSON.stringify(input)}`);
}

describe('parse: OpenMetrics model', () => {
  it('builds families with metadata, labels, timestamps and exemplars', () => {
    const text = [
      '# TYPE sdm630_voltage_volts gauge',
      '# UNIT sdm630_voltage_volts volts',
      '# HELP sdm630_voltage_volts Phase voltage \\"L-N\\".\\nSecond line',
      'sdm630_voltage_volts{phase="L1",serial="A\\\\1"} 229.5 1764282000.123',
      'sdm630_voltage_volts{phase="L2",serial="A\\\\1"} -0.5e1 1764282000.123',
      '# TYPE req counter',
      'req_total{code="200"} 17 # {trace_id="ab"} 0.5 1764282000.5',
      'req_created{code="200"} 1764280000',
      '# EOF',
      '',
    ].join('\n');
    const { families } = parse(text);
    const expected: MetricFamily[] = [
      {
        name: 'sdm630_voltage_volts',
        type: 'gauge',
        unit: 'volts',
        help: 'Phase voltage "L-N".\nSecond line',
        samples: [
          {
            name: 'sdm630_voltage_volts',
            labels: [
              { name: 'phase', value: 'L1' },
              { name: 'serial', value: 'A\\1' },
            ],
            value: 229.5,
            timestamp: 1764282000.123,
          },
          {
            name: 'sdm630_voltage_volts',
            labels: [
              { name: 'phase', value: 'L2' },
              { name: 'serial', value: 'A\\1' },
            ],
            value: -5,
            timestamp: 1764282000.123,
          },
        ],
      },
      {
        name: 'req',
        type: 'counter',
        samples: [
          {
            name: 'req_total',
            labels: [{ name: 'code', value: '200' }],
            value: 17,
            exemplar: { labels: [{ name: 'trace_id', value: 'ab' }], value: 0.5, timestamp: 1764282000.5 },
          },
          { name: 'req_created', labels: [{ name: 'code', value: '200' }], value: 1764280000 },
        ],
      },
    ];
    assert.deepStrictEqual(families, expected);
  });

  it('parses special values and keeps precision of long decimals', () => {
    const { families } = parse(
      'a +Inf\nb -inf\nc NaN\nd 0.1\ne 123456789012345680\nf 1.7976931348623157e308\n# EOF\n',
    );
    const v = families.map((f) => f.samples[0]!.value);
    assert.deepStrictEqual(v, [
      Infinity,
      -Infinity,
      Number.NaN,
      0.1,
      123456789012345680,
      1.7976931348623157e308,
    ]);
  });

  it('accepts strings with multi-byte UTF-8 and a NUL byte', () => {
    const { families } = parse('# HELP a h\u0000i\na{l="π ☃ 𝄞"} 1\n# EOF');
    assert.equal(families[0]!.help, 'h\u0000i');
    assert.equal(families[0]!.samples[0]!.labels[0]!.value, 'π ☃ 𝄞');
  });

  it('an empty exposition is just # EOF', () => {
    assert.deepStrictEqual(parse('# EOF\n'), { families: [] });
    assert.deepStrictEqual(parse(new Uint8Array(Buffer.from('# EOF'))), { families: [] });
  });
});

describe('parse: errors', () => {
  it('reports syntax errors with code, line, column and expected token', () => {
    const e = fails('a 1\nb{x=1} 2\n# EOF\n', 'OM_UNEXPECTED_TOKEN', 2, 5);
    assert.match(e.expected, /label value/);
    fails('a{x="1",} 2\n# EOF\n', 'OM_UNEXPECTED_TOKEN', 1, 9);
    fails('a 1\n\n# EOF\n', 'OM_UNEXPECTED_TOKEN', 2, 1);
    fails('a 0x1\n# EOF\n', 'OM_INVALID_NUMBER', 1, 3);
  });

  it('requires # EOF and nothing after it', () => {
    fails('a 1\n', 'OM_MISSING_EOF');
    fails('', 'OM_MISSING_EOF');
    fails('a 1\n# EOF\n\n', 'OM_TEXT_AFTER_EOF', 3, 1);
    fails('# EOF\na 1\n', 'OM_TEXT_AFTER_EOF', 2, 1);
  });

  it('rejects invalid UTF-8 in label values', () => {
    const bytes = Buffer.concat([
      Buffer.from('a{x="'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"} 1\n# EOF\n'),
    ]);
    assert.throws(() => parse(bytes), { code: 'OM_INVALID_UTF8', line: 1 });
  });

  it('applies semantic rules with their own codes', () => {
    fails('# TYPE a counter\na_total -1\n# EOF\n', 'OM_INVALID_VALUE', 2);
    fails('# TYPE a gauge\na 1\n# HELP a x\n# EOF\n', 'OM_INVALID_METADATA', 3);
    fails('a{x="1"} 1\na{x="2"} 1\na{x="1"} 1\n# EOF\n', 'OM_INTERLEAVED', 3);
    fails('a 1 2\na 1 1\n# EOF\n', 'OM_TIMESTAMP_ORDER', 2);
    fails('# TYPE a histogram\na_bucket{le="1"} 1\n# EOF\n', 'OM_INVALID_HISTOGRAM');
    fails('# TYPE a gauge\na 1 # {x="y"} 1\n# EOF\n', 'OM_INVALID_EXEMPLAR', 2);
    fails('# TYPE a counter\n# TYPE b gauge\n# TYPE a gauge\n# EOF\n', 'OM_CLASHING_NAME');
    fails('a{x="1",x="2"} 1\n# EOF\n', 'OM_INVALID_LABELS', 1, 9);
    fails('# TYPE a histogram\na_bucket{le="+Inf"} 1\na_count{le="1"} 1\n# EOF\n', 'OM_INVALID_LABELS', 3);
    fails('# TYPE a summary\na_count{quantile="1"} 1\n# EOF\n', 'OM_INVALID_LABELS', 2);
  });

  it('enforces maxBytes before reading, with its own code', () => {
    const e = fails('a 1\n# EOF\n', 'OM_PAYLOAD_TOO_LARGE', 1, 1, { maxBytes: 5 });
    assert.match(e.message, /exceeds the limit of 5 bytes/);
    assert.doesNotThrow(() => parse('a 1\n# EOF\n', { maxBytes: 10 }));
    assert.throws(() => parse(new Uint8Array(11), { maxBytes: 10 }), { code: 'OM_PAYLOAD_TOO_LARGE' });
    // Multi-byte characters count as bytes, not UTF-16 units.
    assert.throws(() => parse('a{x="☃☃☃"} 1\n# EOF\n', { maxBytes: 20 }), { code: 'OM_PAYLOAD_TOO_LARGE' });
    assert.throws(() => parse('# EOF\n', { maxBytes: -1 }), RangeError);
    assert.throws(() => parse(new ArrayBuffer(4) as unknown as Uint8Array), TypeError);
  });
});

describe('parse: formats', () => {
  it('chooses the format by option, then content type, else OpenMetrics', () => {
    assert.equal(
      formatFromContentType('application/openmetrics-text; version=1.0.0; charset=utf-8'),
      'openmetrics',
    );
    assert.equal(formatFromContentType('text/plain; version=0.0.4'), 'prometheus');
    assert.equal(formatFromContentType('application/json'), undefined);
    const prom = 'a 1\n';
    assert.throws(() => parse(prom), { code: 'OM_MISSING_EOF' });
    assert.equal(parse(prom, { contentType: 'text/plain; version=0.0.4' }).families.length, 1);
    assert.throws(() => parse(prom, { format: 'openmetrics', contentType: 'text/plain' }), ParseError);
  });

  it('Prometheus 0.0.4: untyped, blanks, trailing comma, comments, ms timestamps as seconds', () => {
    const text = [
      '# some comment',
      '# HELP http_requests_total Requests.\\nTotal',
      '# TYPE http_requests_total counter',
      'http_requests_total{method="post",code="200",} 1027 1395066363000',
      '  http_requests_total { method = "post" , code="400" }\t3   1395066363123  ',
      '',
      '# TYPE rpc summary',
      'rpc{quantile="0.5"} 4773',
      'rpc_sum 1.7560473e+07',
      'rpc_count 2693',
      'plain Nan',
    ].join('\n');
    const { families } = parse(text, { format: 'prometheus' });
    assert.deepStrictEqual(
      families.map((f) => [f.name, f.type, f.samples.length]),
      [
        ['http_requests_total', 'counter', 2],
        ['rpc', 'summary', 3],
        ['plain', 'unknown', 1],
      ],
    );
    assert.equal(families[0]!.help, 'Requests.\nTotal');
    assert.equal(families[0]!.samples[1]!.timestamp, 1395066363.123);
    assert.deepStrictEqual(families[0]!.samples[1]!.labels, [
      { name: 'method', value: 'post' },
      { name: 'code', value: '400' },
    ]);
    assert.throws(() => parse('# TYPE a gauge\n# TYPE a gauge\n', { format: 'prometheus' }), {
      code: 'OM_INVALID_METADATA',
      line: 2,
    });
    assert.throws(() => parse('a 1 1.5\n', { format: 'prometheus' }), { code: 'OM_INVALID_NUMBER' });
    for (const run of [
      (t: string) => parse(t, { format: 'prometheus' }),
      (t: string) => parseSamples(t, () => {}, { format: 'prometheus' }),
    ]) {
      assert.throws(() => run('a 1\n# TYPE a gauge\n'), { code: 'OM_INVALID_METADATA', line: 2 });
    }
    assert.throws(() => parse('# TYPE a summary\na 1\n', { format: 'prometheus' }), {
      code: 'OM_INVALID_LABELS',
    });
    assert.throws(() => parse('# TYPE h histogram\nh_bucket{le="x"} 1\n', { format: 'prometheus' }), {
      code: 'OM_INVALID_LABELS',
    });
  });
});

describe('parseSamples', () => {
  it('delivers the same samples as parse, without building them', { skip: noTextparse }, () => {
    const text = readFileSync(join(textparseDir, 'alltypes.237mfs.prom.txt'));
    const model = parse(text, { format: 'prometheus' });
    const seen: string[] = [];
    const summary = parseSamples(
      text,
      (s) => seen.push(`${s.family.name} ${s.name}${JSON.stringify(s.labels)} ${s.value} ${s.timestamp}`),
      { format: 'prometheus' },
    );
    const expected = model.families.flatMap((f) =>
      f.samples.map(
        (s) => `${f.name} ${s.name}${JSON.stringify(s.labels)} ${s.value} ${s.timestamp ?? Number.NaN}`,
      ),
    );
    assert.deepStrictEqual(seen, expected);
    assert.equal(summary.samples, expected.length);
    assert.equal(summary.families.length, model.families.length);
  });

  it('throws after delivering earlier samples when the payload is invalid', () => {
    let n = 0;
    assert.throws(() => parseSamples('a 1\nb 2\n', () => n++), { code: 'OM_MISSING_EOF' });
    assert.equal(n, 2);
  });
});

describe('parse: shared textparse payloads', { skip: noTextparse }, () => {
  const dir = textparseDir;
  const read = (f: string) => readFileSync(join(dir, f));
  const count = (fs: MetricFamily[]) => fs.reduce((n, f) => n + f.samples.length, 0);

  it('alltypes.237mfs.prom.txt: 237 families, 1857 samples', () => {
    const { families } = parse(read('alltypes.237mfs.prom.txt'), { format: 'prometheus' });
    assert.equal(families.length, 237);
    assert.equal(count(families), 1857);
    const types = new Map<string, number>();
    for (const f of families) types.set(f.type, (types.get(f.type) ?? 0) + 1);
    assert.deepStrictEqual(Object.fromEntries(types), {
      counter: 112,
      gauge: 97,
      histogram: 15,
      summary: 13,
    });
  });

  it('alltypes.237mfs.nometa.prom.txt: 1857 untyped samples', () => {
    const { families } = parse(read('alltypes.237mfs.nometa.prom.txt'), { format: 'prometheus' });
    assert.equal(count(families), 1857);
    assert.ok(families.every((f) => f.type === 'unknown' && f.help === undefined));
  });

  it('1histogram.om.txt: one histogram, 42 samples', () => {
    const { families } = parse(read('1histogram.om.txt'));
    assert.equal(families.length, 1);
    assert.equal(families[0]!.type, 'histogram');
    assert.equal(count(families), 42);
  });

  it('alltypes.5mfs.om.txt is rejected: negative histogram sums and quantile values', () => {
    // Prometheus' Go parser accepts this benchmark file, but OpenMetrics 1.0 says _sum is a counter
    // (never negative; a histogram with negative buckets MUST NOT have one, see bad_histograms_3)
    // and quantile values MUST NOT be negative.
    assert.throws(() => parse(read('alltypes.5mfs.om.txt')), { code: 'OM_INVALID_VALUE', line: 33 });
  });
});

describe('parse: no quadratic behaviour', () => {
  const cpu = (f: () => void): number => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const c0 = process.cpuUsage();
      f();
      const c = process.cpuUsage(c0);
      best = Math.min(best, c.user + c.system);
    }
    return Math.max(best, 1);
  };

  it('8x the series costs far less than 64x the time', () => {
    const gen = (n: number) => {
      let s = '# TYPE m gauge\n';
      for (let i = 0; i < n; i++)
        s += `m{phase="L${i % 3}",device="d${i}"} ${i}.5 ${1764282000 + i / 1000}\n`;
      return Buffer.from(`${s}# EOF\n`);
    };
    const small = gen(4_000);
    const large = gen(32_000);
    const ratio = cpu(() => parse(large)) / cpu(() => parse(small));
    assert.ok(ratio < 32, `8x input took ${ratio.toFixed(1)}x the CPU time`);
  });

  it('a label set with 50,000 labels and a 1 MB label value parse in linear time', () => {
    const labels = Array.from({ length: 50_000 }, (_, i) => `l${i}="v"`).join(',');
    assert.equal(parse(`a{${labels}} 1\n# EOF\n`).families[0]!.samples[0]!.labels.length, 50_000);
    assert.throws(() => parse(`a{${labels},l7="x"} 1\n# EOF\n`), { code: 'OM_INVALID_LABELS' });
    const long = 'x'.repeat(1 << 20);
    assert.equal(
      parse(`a{v="${long}"} 1\n# EOF\n`).families[0]!.samples[0]!.labels[0]!.value.length,
      1 << 20,
    );
  });
});

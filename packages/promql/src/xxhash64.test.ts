/**
 * XXH64 against the reference: published seed-0 vectors, vectors taken from the system's C
 * libxxhash (0.8.1) for every code path (short tail bytes, 4- and 8-byte lanes, 32-byte stripes,
 * UTF-8), a seeded random cross-check through libxxhash itself when python3 and the library are
 * present, and `limit_ratio` choosing the series Prometheus chooses for limit.test's float data
 * (the offsets below are libxxhash's hash of Prometheus' `name 0xff value 0xff …` layout / 2^64).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { labelsFromRecord } from '@sensorpath/storage';
import { runTestScript } from './promqltest.ts';
import { labelsHash, ratioOffset, xxhash64 } from './xxhash64.ts';

const utf8 = new TextEncoder();
const hex = (h: bigint) => h.toString(16).padStart(16, '0');

test('xxhash64 matches the reference vectors (seed 0)', () => {
  const bytes100 = Uint8Array.from({ length: 100 }, (_, i) => i);
  const cases: [Uint8Array, string][] = [
    [utf8.encode(''), 'ef46db3751d8e999'],
    [utf8.encode('a'), 'd24ec4f1a98c6e5b'],
    [utf8.encode('abc'), '44bc2cf5ad770999'],
    [utf8.encode('abcd'), 'de0327b0d25d92cc'],
    [utf8.encode('abcdefgh'), '3ad351775b4634b7'],
    [utf8.encode('0123456789abcdefghijklmnopqrstuvwxyz'), '69196c1b3af0bff9'],
    [bytes100, '6ac1e58032166597'],
    [utf8.encode('héllo wörld ✓'), '34d9919c86f55ac4'],
  ];
  for (const [input, want] of cases) assert.equal(hex(xxhash64(input)), want, `length ${input.length}`);
});

const CROSS_CHECK = `
import ctypes, sys
lib = ctypes.CDLL('libxxhash.so.0')
lib.XXH64.restype = ctypes.c_uint64
lib.XXH64.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint64]
for line in sys.stdin:
    b = bytes.fromhex(line.strip())
    print('%016x' % lib.XXH64(b, len(b), 0))
`;

function libxxhashAvailable(): boolean {
  const r = spawnSync('/usr/bin/python3', ['-c', "import ctypes; ctypes.CDLL('libxxhash.so.0')"]);
  return r.status === 0;
}

test('xxhash64 agrees with the C libxxhash on 300 seeded random inputs of 0..299 bytes', {
  skip: libxxhashAvailable() ? false : 'python3 or libxxhash.so.0 not installed',
}, () => {
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const inputs = Array.from({ length: 300 }, (_, n) => Uint8Array.from({ length: n }, () => next() & 0xff));
  const r = spawnSync('/usr/bin/python3', ['-c', CROSS_CHECK], {
    input: inputs.map((b) => Buffer.from(b).toString('hex')).join('\n') + '\n',
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const want = r.stdout.trim().split('\n');
  assert.equal(want.length, inputs.length);
  inputs.forEach((b, n) => {
    assert.equal(hex(xxhash64(b)), want[n], `input of ${n} bytes`);
  });
});

test('labelsHash hashes name 0xff value 0xff per label in sorted order', () => {
  const ls = labelsFromRecord({
    job: 'api-server',
    __name__: 'http_requests',
    instance: '0',
    group: 'production',
  });
  const fields = ['__name__', 'http_requests', 'group', 'production', 'instance', '0', 'job', 'api-server'];
  const bytes = fields.flatMap((f) => [...utf8.encode(f), 0xff]);
  assert.equal(labelsHash(ls), xxhash64(Uint8Array.from(bytes)));
  assert.equal(hex(labelsHash(ls)), '4f9eaa4cfaa995d8');
  assert.equal(labelsHash([]), xxhash64(new Uint8Array(0)));
  // Longer than the reused 1 KiB scratch buffer, with 2- and 3-byte UTF-8 characters.
  const long = labelsFromRecord({ __name__: 'm', note: 'é✓x'.repeat(700) });
  const longBytes = ['__name__', 'm', 'note', 'é✓x'.repeat(700)].flatMap((f) => [...utf8.encode(f), 0xff]);
  assert.equal(labelsHash(long), xxhash64(Uint8Array.from(longBytes)));
  assert.equal(labelsHash(ls), xxhash64(Uint8Array.from(bytes)), 'after the scratch buffer grew');
  assert.equal(ratioOffset(ls), 0.31101478938459187);
});

// limit.test's float series; their offsets (libxxhash): 0/production 0.3110, 1/production 0.7440,
// 0/canary 0.4474, 1/canary 0.8310, 2/canary 0.4618, 3/canary 0.8495.
const limitScript = `
load 5m
  http_requests{job="api-server", instance="0", group="production"} 0+10x10
  http_requests{job="api-server", instance="1", group="production"} 0+20x10
  http_requests{job="api-server", instance="0", group="canary"} 0+30x10
  http_requests{job="api-server", instance="1", group="canary"} 0+40x10
  http_requests{job="api-server", instance="2", group="canary"} 0+50x10
  http_requests{job="api-server", instance="3", group="canary"} 0+60x10

eval instant at 50m limit_ratio(0.5, http_requests)
  http_requests{job="api-server", instance="0", group="production"} 100
  http_requests{job="api-server", instance="0", group="canary"} 300
  http_requests{job="api-server", instance="2", group="canary"} 500

eval instant at 50m limit_ratio(-0.5, http_requests)
  http_requests{job="api-server", instance="1", group="production"} 200
  http_requests{job="api-server", instance="1", group="canary"} 400
  http_requests{job="api-server", instance="3", group="canary"} 600

eval instant at 50m limit_ratio(0.45, http_requests)
  http_requests{job="api-server", instance="0", group="production"} 100
  http_requests{job="api-server", instance="0", group="canary"} 300

eval instant at 50m limit_ratio(-0.16, http_requests)
  http_requests{job="api-server", instance="3", group="canary"} 600

eval instant at 50m limit_ratio(0.31101478938459187, http_requests)

eval instant at 50m limit_ratio(0.3110147893845919, http_requests)
  http_requests{job="api-server", instance="0", group="production"} 100

eval range from 0 to 50m step 5m count(limit_ratio(time() % 17/17, http_requests) or limit_ratio(-(1 - time() % 17/17), http_requests))
  {} 6+0x10

eval range from 0 to 50m step 5m count(limit_ratio(time() % 17/17, http_requests) and limit_ratio(-(1 - time() % 17/17), http_requests))

eval range from 0 to 50m step 5m count(limit_ratio(0.8, http_requests) and http_requests)
  {} 4+0x10

eval range from 0 to 50m step 5m count(limit_ratio(1.1, http_requests))
  expect warn msg: PromQL warning: ratio value should be between -1 and 1, got 1.1, capping to 1 (1:19)
  {} 6+0x10
`;

test('limit_ratio keeps the series Prometheus keeps, by label hash, at every step', async () => {
  const r = await runTestScript('limit_ratio.test', limitScript);
  const failures = r.outcomes.filter((o) => o.status !== 'pass');
  assert.deepEqual(failures, []);
  assert.equal(r.passed, 10);
});

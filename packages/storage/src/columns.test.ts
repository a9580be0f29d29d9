/** Bulk reads: the iterator fallback for series without `samples`, and range clipping. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { readSamples } from './columns.ts';
import type { SampleIterator, Series } from './interface.ts';
import { labelsFromRecord } from './labels.ts';
import { ArraySeries } from './memory.ts';
import { isStaleNaN, STALE_NAN } from './value.ts';

/** A series that only has an iterator, as a remote backend might. */
function iteratorOnly(ts: number[], vs: number[]): Series {
  const inner = new ArraySeries(labelsFromRecord({ __name__: 'x' }), ts, Float64Array.from(vs));
  return { labels: inner.labels, iterator: (): SampleIterator => inner.iterator() };
}

it('readSamples falls back to the iterator and grows past its first buffer', () => {
  const ts = Array.from({ length: 1000 }, (_, i) => i * 10);
  const vs = ts.map((t) => t / 3);
  const s = iteratorOnly(ts, vs);
  assert.equal(s.samples, undefined);
  const c = readSamples(s, 15, 9000);
  assert.equal(c.ts.length, 899);
  assert.equal(c.ts[0], 20);
  assert.equal(c.ts[c.ts.length - 1], 9000);
  assert.equal(c.vs[0], 20 / 3);
  assert.equal(readSamples(s, 20_000, 30_000).ts.length, 0);
});

it('readSamples keeps the staleness marker through the fallback and through ArraySeries', () => {
  // Assigned one by one: an array literal would canonicalise the NaN payload.
  const vs = new Float64Array(3);
  vs[0] = 1;
  vs[1] = STALE_NAN;
  vs[2] = 3;
  const inner = new ArraySeries(labelsFromRecord({ __name__: 'x' }), [1, 2, 3], vs);
  const viaIt = readSamples({ labels: inner.labels, iterator: () => inner.iterator() }, 0, 10);
  assert.deepEqual([...viaIt.ts], [1, 2, 3]);
  assert.equal(isStaleNaN(viaIt.vs[1]!), true);
  const direct = readSamples(new ArraySeries(labelsFromRecord({ __name__: 'x' }), [1, 2, 3], vs), 2, 2);
  assert.deepEqual([...direct.ts], [2]);
  assert.equal(isStaleNaN(direct.vs[0]!), true);
});

/**
 * The agent's GC timer collects without node's --expose-gc flag: an object only a WeakRef still
 * points to is gone after the first collection, and stopping the timer is possible at any time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectGarbageEvery } from './heap.ts';

describe('collectGarbageEvery', () => {
  it('runs a full collection after firstMs, then on its interval', async () => {
    const ref = ((): WeakRef<object> => new WeakRef({ payload: new Array(100_000).fill(1) }))();
    // Let the job that created the object end: a WeakRef target lives at least until then.
    await new Promise((r) => setTimeout(r, 0));
    const stop = collectGarbageEvery(60_000, 50);
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(ref.deref(), undefined, 'the collection freed the unreachable object');
    stop();
  });
});

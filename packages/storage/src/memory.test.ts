/** Runs the storage contract suite against the in-memory store, plus its own window check. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runStorageContract } from './contract.ts';
import { labelsFromRecord } from './labels.ts';
import { MemoryStorage } from './memory.ts';

runStorageContract('memory', { open: async () => new MemoryStorage() });

it('memory: samples older than the out-of-order window are refused', () => {
  const s = new MemoryStorage({ outOfOrderWindowMs: 1000 });
  const a = s.appender();
  a.append(0, labelsFromRecord({ __name__: 'x' }), 10_000, 1);
  return a.commit().then(() => {
    const b = s.appender();
    assert.throws(() => b.append(0, labelsFromRecord({ __name__: 'x' }), 8_000, 1), {
      code: 'TSDB_OUT_OF_BOUNDS',
    });
  });
});

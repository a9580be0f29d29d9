import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as zlib from 'node:zlib';
import { mulberry32 } from '@sensorpath/simulator/prng';
import { crc32, crc32Portable } from './crc32.ts';

describe('crc32', () => {
  it('matches the CRC-32 check value and Node on random data', () => {
    assert.equal(crc32Portable(Buffer.from('123456789')), 0xcbf43926);
    assert.equal(crc32Portable(new Uint8Array(0)), 0);
    const rnd = mulberry32(42);
    const nodeCrc = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
    for (let len = 1; len < 3000; len += 97) {
      const b = new Uint8Array(len);
      for (let i = 0; i < len; i++) b[i] = Math.floor(rnd() * 256);
      const want = nodeCrc ? nodeCrc(b) : crc32(b);
      assert.equal(crc32Portable(b), want, `length ${len}`);
      assert.equal(crc32(b), want);
    }
  });
});

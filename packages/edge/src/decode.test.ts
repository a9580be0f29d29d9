/** Register decoding: every data type and byte order, not-available markers, scale and decimals. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodePoint, decodeRaw, shortestFloat32 } from './decode.ts';

function words(bytes: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += 2) out.push((bytes[i]! << 8) | bytes[i + 1]!);
  return out;
}

describe('decode', () => {
  it('reads float32 in all four byte orders', () => {
    const dv = new DataView(new ArrayBuffer(4));
    dv.setFloat32(0, 230.1);
    const [a, b, c, d] = [0, 1, 2, 3].map((i) => dv.getUint8(i)) as [number, number, number, number];
    assert.equal(decodeRaw(words([a, b, c, d]), 0, 'f32', 'ABCD'), 230.1);
    assert.equal(decodeRaw(words([c, d, a, b]), 0, 'f32', 'CDAB'), 230.1);
    assert.equal(decodeRaw(words([b, a, d, c]), 0, 'f32', 'BADC'), 230.1);
    assert.equal(decodeRaw(words([d, c, b, a]), 0, 'f32', 'DCBA'), 230.1);
  });
  it('reads integer types with sign', () => {
    assert.equal(decodeRaw([0xffff], 0, 's16', 'ABCD'), -1);
    assert.equal(decodeRaw([0xffff], 0, 'u16', 'ABCD'), 65535);
    assert.equal(decodeRaw([0x0001, 0x0002], 0, 'u32', 'ABCD'), 65538);
    assert.equal(decodeRaw([0x0002, 0x0001], 0, 'u32', 'CDAB'), 65538);
    assert.equal(decodeRaw([0xffff, 0xfffe], 0, 's32', 'ABCD'), -2);
    assert.equal(decodeRaw([0, 0, 0x0001, 0x86a0], 0, 'u64', 'ABCD'), 100000);
    assert.equal(decodeRaw([0xffff, 0xffff, 0xffff, 0xffff], 0, 's64', 'ABCD'), -1);
  });
  it('reads float64', () => {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, 12345.678);
    const ws = [0, 2, 4, 6].map((i) => dv.getUint16(i));
    assert.equal(decodeRaw(ws, 0, 'f64', 'ABCD'), 12345.678);
  });
  it('gives the shortest decimal for a float32', () => {
    assert.equal(shortestFloat32(Math.fround(230.1)), 230.1);
    assert.equal(shortestFloat32(Math.fround(0.001)), 0.001);
    assert.equal(shortestFloat32(Math.fround(49.99)), 49.99);
  });
  const base = {
    type: 'u32' as const,
    order: 'ABCD' as const,
    words: 2,
    scale: 1,
    offset: 0,
    decimals: undefined,
    notAvailable: [] as string[],
  };
  it('applies scale, offset and decimals (ABB-style scaled integers)', () => {
    assert.equal(decodePoint([0, 2301], 0, { ...base, scale: 0.1, decimals: 1 }), 230.1);
    assert.equal(decodePoint([0, 100], 0, { ...base, scale: 1, offset: -40 }), 60);
  });
  it('honours the not-available marker', () => {
    assert.equal(decodePoint([0xffff, 0xffff], 0, { ...base, notAvailable: ['FFFFFFFF'] }), undefined);
    assert.equal(decodePoint([0xffff, 0xfffe], 0, { ...base, notAvailable: ['FFFFFFFF'] }), 4294967294);
  });
});

/**
 * Sample value helpers. Prometheus marks a series as stale by writing a NaN with the exact bit
 * pattern 0x7ff0000000000002; an ordinary NaN (0x7ff8000000000001 in Prometheus, any other NaN
 * here) is a normal value. Arithmetic on NaNs may lose the payload, so staleness must be tested with
 * `isStaleNaN` on the stored bits, never with `Number.isNaN`.
 */

const buf = new DataView(new ArrayBuffer(8));

export const STALE_NAN_HI = 0x7ff00000;
export const STALE_NAN_LO = 0x00000002;

/** The staleness marker as a JS number (the payload survives storage in typed arrays). */
export const STALE_NAN: number = (() => {
  buf.setUint32(0, STALE_NAN_HI);
  buf.setUint32(4, STALE_NAN_LO);
  return buf.getFloat64(0);
})();

export function isStaleNaN(v: number): boolean {
  if (!Number.isNaN(v)) return false;
  buf.setFloat64(0, v);
  return buf.getUint32(0) === STALE_NAN_HI && buf.getUint32(4) === STALE_NAN_LO;
}

/** True when two values are the same bits (NaNs compared by payload). */
export function sameValueBits(a: number, b: number): boolean {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  if (!Number.isNaN(a) || !Number.isNaN(b)) return false;
  buf.setFloat64(0, a);
  const ah = buf.getUint32(0);
  const al = buf.getUint32(4);
  buf.setFloat64(0, b);
  return ah === buf.getUint32(0) && al === buf.getUint32(4);
}

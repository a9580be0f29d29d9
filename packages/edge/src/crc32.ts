/**
 * CRC-32 (IEEE 802.3, the polynomial zlib uses) of a byte range. Node's `zlib.crc32` exists from
 * Node 20.15 on; the newest armv7 Node build on npm is 20.11, and the edge agent runs on such boards,
 * so without it the same checksum is computed here with a 256-entry table (about 3x slower; the
 * disk queue checksums each record once when it is written and once when it is read back).
 */
import * as zlib from 'node:zlib';

let table: Uint32Array | undefined;

function makeTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

/** The table-driven CRC-32, exported for tests; use `crc32`. */
export function crc32Portable(data: Uint8Array): number {
  if (table === undefined) table = makeTable();
  const t = table;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 of `data`: Node's native one where it exists, else `crc32Portable`. */
export const crc32: (data: Uint8Array) => number = native ?? crc32Portable;

/**
 * Read planning: merges the registers a device needs into as few requests as the protocol allows.
 * Points are grouped by function code and sorted by address; neighbours are merged while the gap
 * between them is at most `maxGap` registers and a request stays within `maxRegisters` (Modbus
 * allows 125 registers per FC 3/4 request). Gap registers are read and ignored, so `maxGap` is 0 for
 * meters that answer unmapped addresses with an exception.
 */
import type { RegisterFunction, RegisterPoint } from './profile.ts';

export interface ReadBlock {
  function: RegisterFunction;
  address: number;
  count: number;
  /** The points this block carries, with their word offset inside the block. */
  points: { point: RegisterPoint; offset: number }[];
}

export function planReads(points: readonly RegisterPoint[], maxGap: number, maxRegisters = 125): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (const fn of ['holding', 'input'] as const) {
    const sorted = points.filter((p) => p.function === fn).sort((a, b) => a.address - b.address);
    let cur: ReadBlock | undefined;
    for (const p of sorted) {
      const end = p.address + p.words;
      if (cur && p.address - (cur.address + cur.count) <= maxGap && end - cur.address <= maxRegisters) {
        cur.count = Math.max(cur.count, end - cur.address);
        cur.points.push({ point: p, offset: p.address - cur.address });
      } else {
        cur = { function: fn, address: p.address, count: p.words, points: [{ point: p, offset: 0 }] };
        blocks.push(cur);
      }
    }
  }
  return blocks;
}

/**
 * A least-recently-used cache of decoded chunks, bounded by the number of samples it holds
 * (16 bytes each). Keys are the immutable chunk descriptors themselves (a block's `ChunkMeta`, a
 * sealed `HeadChunk`): a chunk never changes once written, so a decoded copy stays valid for as
 * long as its descriptor exists, and the descriptors of a compacted-away block or a truncated
 * head simply age out. Queries at fine steps, dashboards refreshing the same range and late
 * samples checked against blocks all read the same chunks again; decoding (inflate, varints)
 * costs far more than a lookup.
 *
 * Decoded columns are shared between readers and must never be written to.
 */
import { type DecodedChunk, decodeChunk } from './chunk.ts';

export class ChunkCache {
  private readonly map = new Map<object, DecodedChunk>();
  private held = 0;
  hits = 0;
  misses = 0;

  /** `maxSamples` 0 disables the cache (every get decodes). */
  constructor(readonly maxSamples: number) {}

  /** The decoded chunk for `key`, reading and decoding it with `read` on a miss. */
  get(key: object, read: () => Uint8Array): DecodedChunk {
    const map = this.map;
    const d = map.get(key);
    if (d !== undefined) {
      // Move to the back: Map iteration order is insertion order, so the front is the LRU end.
      map.delete(key);
      map.set(key, d);
      this.hits++;
      return d;
    }
    this.misses++;
    const fresh = decodeChunk(read());
    const n = fresh.ts.length;
    if (n > this.maxSamples) return fresh;
    map.set(key, fresh);
    this.held += n;
    if (this.held > this.maxSamples) {
      for (const [k, old] of map) {
        if (this.held <= this.maxSamples || k === key) break;
        map.delete(k);
        this.held -= old.ts.length;
      }
    }
    return fresh;
  }

  /** Samples currently held. */
  get samples(): number {
    return this.held;
  }

  clear(): void {
    this.map.clear();
    this.held = 0;
  }
}

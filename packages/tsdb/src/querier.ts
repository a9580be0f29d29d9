/**
 * The TSDB's querier: a snapshot of the head (array references and lengths, see head.ts) plus the
 * blocks overlapping [mint, maxt], each retained until `close` so compaction cannot pull a block
 * away from a running query. Matchers are evaluated on every source's postings; series with the
 * same labels in several sources are merged into one series, decoded on first iteration. Decoded
 * chunks go through the database's chunk cache, when it has one.
 */
import {
  compareLabels,
  type Labels,
  type Matcher,
  type Querier,
  type SelectHints,
  type Series,
  StorageError,
} from '@sensorpath/storage';
import type { Block } from './block.ts';
import type { ChunkReader } from './chunkcache.ts';
import { type HeadSnapshot, snapshotSources } from './head.ts';
import { postingsForMatchers } from './postings.ts';
import { MergedSeries, type Source } from './series.ts';

export class DBQuerier implements Querier {
  private closed = false;
  constructor(
    private readonly head: HeadSnapshot,
    private readonly blocks: Block[],
    private readonly mint: number,
    private readonly maxt: number,
    private readonly cache?: ChunkReader,
  ) {}

  /** Calls `fn` for every series matching and having data in range, per source. */
  private each(
    matchers: readonly Matcher[],
    fn: (labels: Labels, key: string, sources: Source[]) => void,
  ): void {
    if (this.closed) throw new StorageError('STORAGE_CLOSED', 'querier is closed');
    const { mint, maxt } = this;
    for (const b of this.blocks) {
      for (const id of postingsForMatchers(b.postings, matchers, b.series.length)) {
        const s = b.series[id]!;
        const src = b.sources(s, mint, maxt, this.cache);
        if (src.length > 0) fn(s.labels, s.key, src);
      }
    }
    const h = this.head;
    for (const id of postingsForMatchers(h.postings, matchers, h.limit)) {
      const snap = h.series[id];
      if (snap === undefined || snap.maxt < mint || snap.mint > maxt) continue;
      fn(snap.s.labels, snap.s.key, snapshotSources(snap, this.cache));
    }
  }

  async select(
    sorted: boolean,
    _hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    const groups = new Map<string, MergedSeries>();
    this.each(matchers, (labels, key, sources) => {
      const g = groups.get(key);
      if (g === undefined) groups.set(key, new MergedSeries(labels, sources, this.mint, this.maxt));
      else g.sources.push(...sources);
    });
    const out: Series[] = [...groups.values()];
    if (sorted) out.sort((a, b) => compareLabels(a.labels, b.labels));
    return out;
  }

  async labelValues(name: string, matchers: readonly Matcher[] = []): Promise<string[]> {
    const vals = new Set<string>();
    this.each(matchers, (labels) => {
      for (const l of labels) if (l.name === name) vals.add(l.value);
    });
    return [...vals].sort();
  }

  async labelNames(matchers: readonly Matcher[] = []): Promise<string[]> {
    const names = new Set<string>();
    this.each(matchers, (labels) => {
      for (const l of labels) names.add(l.name);
    });
    return [...names].sort();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const b of this.blocks) b.release();
  }
}

/**
 * @sensorpath/tsdb: the embedded time-series store. `openTSDB(dir, opts)` returns a `TSDB` that
 * implements the `Storage` contracts of `@sensorpath/storage` (head + WAL + blocks, out-of-order
 * window, compaction, retention); `importOpenMetrics(file, dataDir)` backfills an OpenMetrics file
 * as compacted blocks. On-disk formats are documented in docs/format/tsdb-*.md.
 */
import { TSDB, type TSDBOptions } from './db.ts';

export { TSDB, type TSDBOptions } from './db.ts';
export { type ImportOptions, type ImportResult, importOpenMetrics } from './import.ts';
export type { FsyncPolicy } from './wal.ts';

/** Opens (creating if needed) the TSDB stored in `dir`, replaying its WAL. */
export function openTSDB(dir: string, opts?: TSDBOptions): Promise<TSDB> {
  return TSDB.open(dir, opts);
}

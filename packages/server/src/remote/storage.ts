/**
 * Remote storage mode as a `Storage` per tenant, so the ingestor, the query API and the rules run
 * unchanged over it. Two shapes: with a remote query URL the remote store is the only storage
 * (writes through `RemoteWriter`, reads through `RemoteReader`); with only a remote_write URL the
 * embedded store stays the local storage and every committed batch is also written remotely
 * (`FanoutStorage`, Prometheus' local + remote_write model). A fan-out commit resolves when both
 * committed: the local store first (an exact duplicate is a no-op there), then the remote one, so a
 * failed remote write leaves the message unacknowledged and its redelivery completes it.
 */
import type { Appender, Labels, Querier, SeriesRef, Storage } from '@sensorpath/storage';
import { RemoteReader, type RemoteReadOptions } from './read.ts';
import { type RemoteWriteOptions, RemoteWriter } from './write.ts';

export class RemoteStorage implements Storage {
  constructor(
    readonly writer: RemoteWriter,
    readonly reader: RemoteReader,
  ) {}
  appender(): Appender {
    return this.writer.appender();
  }
  querier(mint: number, maxt: number): Promise<Querier> {
    return this.reader.querier(mint, maxt);
  }
  close(): Promise<void> {
    return this.writer.close();
  }
}

export class FanoutStorage implements Storage {
  constructor(
    readonly local: Storage,
    readonly writer: RemoteWriter,
  ) {}
  appender(): Appender {
    const a = this.local.appender();
    const b = this.writer.appender();
    return {
      append: (ref: SeriesRef, labels: Labels, t: number, v: number) => {
        const r = a.append(ref, labels, t, v);
        b.append(0, labels, t, v);
        return r;
      },
      commit: async () => {
        await a.commit();
        await b.commit();
      },
      rollback: async () => {
        await a.rollback();
        await b.rollback();
      },
    };
  }
  querier(mint: number, maxt: number): Promise<Querier> {
    return this.local.querier(mint, maxt);
  }
  async close(): Promise<void> {
    await this.writer.close();
    await this.local.close();
  }
}

export interface RemoteStorageOptions {
  write: Omit<RemoteWriteOptions, 'tenant'>;
  query?: Omit<RemoteReadOptions, 'tenant'> | undefined;
}

/** The storage of one tenant in remote mode; `local` opens the embedded store when there is no query URL. */
export async function openRemoteStorage(
  tenant: string,
  opts: RemoteStorageOptions,
  local: () => Promise<Storage>,
  /** Receives each tenant's writer, for self-monitoring (`remoteWriteMetrics`). */
  writers?: Map<string, RemoteWriter>,
): Promise<Storage> {
  const writer = new RemoteWriter({ ...opts.write, tenant });
  writers?.set(tenant, writer);
  if (opts.query) return new RemoteStorage(writer, new RemoteReader({ ...opts.query, tenant }));
  return new FanoutStorage(await local(), writer);
}

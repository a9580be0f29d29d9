/**
 * Remote storage mode as a `Storage` per tenant, so the ingestor, the query API and the rules run
 * unchanged over it. Two shapes: with a remote query URL the remote store is the only storage
 * (writes through `RemoteWriter`, reads through `RemoteReader`); with only a remote_write URL the
 * embedded store stays the local storage and every committed batch is also written remotely
 * (`FanoutStorage`, Prometheus' local + remote_write model). A fan-out commit resolves when both
 * committed: the local store first (an exact duplicate is a no-op there), then the remote_write
 * queue on disk, from which the sender delivers it to the remote store.
 */

import { join } from 'node:path';
import type { Appender, Labels, Querier, SeriesRef, Storage } from '@sensorpath/storage';
import type { Logger } from 'pino';
import { type RemoteDialect, remoteTarget, TENANT_LABEL } from './dialect.ts';
import type { FsyncPolicy } from './queue.ts';
import { RemoteReader } from './read.ts';
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
  /** How the tenant travels (`dialect.ts`). */
  dialect: RemoteDialect;
  /** `--remote-write`: the remote_write URL (the vminsert base for `victoriametrics-cluster`). */
  writeUrl: string;
  /** `--remote-query`: the Prometheus API base (the vmselect base for `victoriametrics-cluster`). */
  queryUrl?: string | undefined;
  /** VictoriaMetrics cluster account IDs by tenant (`--remote-account TENANT=ID`). */
  accounts?: Readonly<Record<string, string>> | undefined;
  /** Each tenant's durable queue lives in `<queueRoot>/<tenant>/`. */
  queueRoot: string;
  /** Queue bound in bytes per tenant (`--remote-queue-max-bytes`). @default 536870912 */
  maxQueueBytes?: number | undefined;
  /** @default "commit" */
  fsync?: FsyncPolicy | undefined;
  /** Sender tuning (tests). */
  send?: Pick<RemoteWriteOptions, 'maxSamplesPerRequest' | 'minBackoffMs' | 'maxBackoffMs' | 'timeoutMs'>;
  fetch?: typeof fetch;
  logger?: Logger | undefined;
}

/** The storage of one tenant in remote mode; `local` opens the embedded store when there is no query URL. */
export async function openRemoteStorage(
  tenant: string,
  opts: RemoteStorageOptions,
  local: () => Promise<Storage>,
  /** Receives each tenant's writer, for self-monitoring (`remoteWriteMetrics`). */
  writers?: Map<string, RemoteWriter>,
): Promise<Storage> {
  const target = remoteTarget(opts.dialect, tenant, opts.writeUrl, opts.queryUrl, opts.accounts);
  const writer = new RemoteWriter({
    ...opts.send,
    url: target.writeUrl,
    tenant,
    headers: target.headers,
    tenantLabel: target.tenantLabel ? TENANT_LABEL : undefined,
    queueDir: join(opts.queueRoot, tenant),
    maxQueueBytes: opts.maxQueueBytes,
    fsync: opts.fsync,
    fetch: opts.fetch,
    logger: opts.logger,
  });
  writers?.set(tenant, writer);
  if (target.queryBase)
    return new RemoteStorage(
      writer,
      new RemoteReader({
        url: target.queryBase,
        tenant,
        headers: target.headers,
        tenantLabel: target.tenantLabel,
        fetch: opts.fetch,
      }),
    );
  return new FanoutStorage(await local(), writer);
}

/**
 * The embedded MQTT broker (Aedes, MQTT 3.1.1). Ingestion runs inside `authorizePublish`, before
 * Aedes writes the PUBACK: a QoS 1 publish to `…/metrics` is acknowledged only after its samples are
 * committed to storage, so an acknowledged sample is never lost. A malformed payload is logged,
 * counted and acknowledged (resending it would never succeed); a storage failure is not
 * acknowledged, so the publisher keeps the message and sends it again.
 */
import { createServer, type Server } from 'node:net';
import { Aedes } from 'aedes';
import type { Logger } from 'pino';
import { IngestError, type Ingestor } from './ingest.ts';

export interface BrokerHandle {
  readonly aedes: Aedes;
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

export interface BrokerOptions {
  host: string;
  port: number;
  ingestor: Ingestor;
  logger: Logger;
}

export async function startBroker(opts: BrokerOptions): Promise<BrokerHandle> {
  const log = opts.logger;
  const aedes = await Aedes.createBroker({
    authorizePublish: (client, packet, callback) => {
      if (!packet.topic.endsWith('/metrics')) return callback(null);
      opts.ingestor.ingestTopic(packet.topic, packet.payload as Buffer).then(
        (r) => {
          if (r.rejected > 0)
            log.warn(
              { topic: packet.topic, rejected: r.rejected, errors: r.errors },
              'some samples were refused',
            );
          callback(null);
        },
        (err: unknown) => {
          if (err instanceof IngestError && err.code !== 'INGEST_STORAGE') {
            log.warn({ topic: packet.topic, client: client?.id, code: err.code }, err.message);
            callback(null);
          } else {
            log.error(
              { topic: packet.topic, err: (err as Error).message },
              'could not store message; not acknowledged',
            );
            callback(err as Error);
          }
        },
      );
    },
  });
  aedes.on('clientError', (client, err) =>
    log.debug({ client: client.id, err: err.message }, 'mqtt client error'),
  );
  const server = createServer(aedes.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `MQTT port ${opts.host}:${opts.port} is already in use: stop the other process or pick another with --mqtt HOST:PORT`,
            )
          : err,
      );
    });
    server.listen(opts.port, opts.host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    aedes,
    server,
    port,
    close: async () => {
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

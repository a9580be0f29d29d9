/**
 * Which implementations the commands plug into the server: the embedded TSDB as each tenant's
 * storage (in `<data>/tenants/<tenant>`), and the PromQL engine behind the Prometheus API. Kept in
 * one place so `server` and `demo` run the same system.
 */

import type { ServerOptions } from '@sensorpath/server';
import { createPromApi } from '@sensorpath/server/promapi';
import { openTSDB } from '@sensorpath/tsdb';
import type { Logger } from 'pino';

export function serverWiring(logger: Logger): Pick<ServerOptions, 'openStorage' | 'promApi'> {
  return {
    openStorage: (tenant, dir) => openTSDB(dir, { logger: (message) => logger.warn({ tenant }, message) }),
    promApi: ({ queryable }) => createPromApi({ queryable }),
  };
}

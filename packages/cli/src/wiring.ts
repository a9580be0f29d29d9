/**
 * Which implementations the commands plug into the server: the storage per tenant and the PromQL
 * API. Kept in one place so `server` and `demo` run the same system.
 */
import type { ServerOptions } from '@sensorpath/server';

export function serverWiring(): Pick<ServerOptions, 'openStorage' | 'promApi'> {
  return {};
}

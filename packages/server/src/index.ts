/**
 * @sensorpath/server: the central side. Tenant storage, ingestion of sensor-path messages, the
 * embedded MQTT broker, and the HTTP API.
 */
export { IngestError, Ingestor, type IngestResult } from './ingest.ts';
export {
  isLoopback,
  ServerConfigError,
  type ServerHandle,
  type ServerOptions,
  startServer,
} from './server.ts';
export { MergeQuerier, TenantStores } from './tenants.ts';

/**
 * @sensorpath/server: the central side. Tenant storage, ingestion of sensor-path messages, the
 * embedded MQTT broker with per-user authorisation, the HTTP receivers (OpenMetrics push,
 * remote_write), the tenant-scoped Prometheus API, the admin API and the fleet control plane.
 */
export { Access } from './access.ts';
export {
  ExternalBrokerError,
  type ExternalBrokerHandle,
  type ExternalBrokerOptions,
  externalBrokerMetrics,
  receiverClientId,
  sharedMetricsFilter,
  startExternalBroker,
} from './external-broker.ts';
export {
  type AgentInfo,
  type ConfigRevision,
  FleetError,
  FleetRegistry,
  fleetDbPath,
} from './fleet/registry.ts';
export { IngestError, type IngestObserver, Ingestor, type IngestResult } from './ingest.ts';
export type { ApiHandler, PromApiFactory } from './query.ts';
export { decodeWriteRequest, encodeWriteRequest, type WriteSeries } from './receive/remote-write-proto.ts';
export {
  isRemoteDialect,
  REMOTE_DIALECTS,
  type RemoteDialect,
  remoteTarget,
} from './remote/dialect.ts';
export {
  createRemoteQueryApi,
  enforceMatchers,
  RemoteQueryError,
  type RemoteQueryProxyOptions,
} from './remote/proxy.ts';
export { DiskQueue, type FsyncPolicy } from './remote/queue.ts';
export { RemoteReader, type RemoteReadOptions } from './remote/read.ts';
export {
  FanoutStorage,
  openRemoteStorage,
  RemoteStorage,
  type RemoteStorageOptions,
} from './remote/storage.ts';
export {
  RemoteStorageError,
  type RemoteWriteOptions,
  RemoteWriter,
  remoteWriteMetrics,
} from './remote/write.ts';
export {
  isLoopback,
  ServerConfigError,
  type ServerHandle,
  type ServerOptions,
  type ServerPlugin,
  type ServerPluginFactory,
  startServer,
} from './server.ts';
export { MergeQuerier, TenantStores } from './tenants.ts';

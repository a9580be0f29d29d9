/**
 * @sensorpath/protocol: what the edge and the server agree on over MQTT: the ISA-95 sensor path,
 * the topic scheme and the payload content types. No dependencies.
 */
export * from './sensor-path.ts';

/** Content type of `/metrics` payloads (OpenMetrics 1.0 text). */
export const METRICS_CONTENT_TYPE = 'application/openmetrics-text; version=1.0.0; charset=utf-8';

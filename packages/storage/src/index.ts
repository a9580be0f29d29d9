/**
 * @sensorpath/storage: the contracts every store implements (Appender, Querier, Series,
 * SampleIterator), label sets and matchers with Prometheus semantics, the staleness marker, typed
 * errors, and an in-memory reference implementation. No dependencies. The shared contract test
 * suite is exported separately as `@sensorpath/storage/contract`.
 */
export { columnsOf, lowerBound, lowerBoundIn, readSamples } from './columns.ts';
export * from './errors.ts';
export type * from './interface.ts';
export * from './labels.ts';
export * from './matchers.ts';
export {
  ArrayIterator,
  ArraySeries,
  MemoryStorage,
  type MemoryStorageOptions,
  validateLabels,
} from './memory.ts';
export { claimPidFile, processAlive } from './pidfile.ts';
export * from './value.ts';

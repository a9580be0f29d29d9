/**
 * @sensorpath/simulator: simulated field devices for demos, tests and benchmarks. Today an Eastron
 * SDM630 served over Modbus TCP; the same model backs the RTU server.
 */
export {
  createMeters,
  freePort,
  meterVector,
  type SimulatorHandle,
  startTcpSimulator,
  type TcpSimulatorOptions,
} from './modbus-server.ts';
export { gaussian, mulberry32 } from './prng.ts';
export {
  SDM630_INPUT,
  SDM630_SERIAL_REGISTER,
  Sdm630Model,
  type Sdm630Options,
  type Sdm630Reading,
} from './sdm630.ts';

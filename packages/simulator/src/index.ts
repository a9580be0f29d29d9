/**
 * @sensorpath/simulator: simulated field devices for demos, tests and benchmarks. An Eastron SDM630
 * served over Modbus TCP and over Modbus RTU on a serial device, from the same model.
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
export { type RtuSimulatorHandle, type RtuSimulatorOptions, startRtuSimulator } from './rtu-server.ts';
export {
  SDM630_INPUT,
  SDM630_SERIAL_REGISTER,
  Sdm630Model,
  type Sdm630Options,
  type Sdm630Reading,
} from './sdm630.ts';

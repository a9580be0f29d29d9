/**
 * @sensorpath/edge: the edge agent. Machine configuration, device profiles as data, register
 * planning and decoding, Modbus transports (RTU with a per-bus scheduler, TCP with reconnects),
 * HTTP/XML, OPC UA and Revolution Pi inputs, the poll loop, the disk-backed store-and-forward queue
 * and the MQTT publisher with birth/death state and remote configuration.
 */
export {
  AGENT_VERSION,
  type AgentConfig,
  type AgentDeviceConfig,
  type EdgeAgent,
  type Logger,
  startEdgeAgent,
} from './agent.ts';
export {
  devicePath,
  loadMachineConfig,
  type MachineConfig,
  type MachineConfigInput,
  machineConfigSchema,
  parseDuration,
  resolveMachineConfig,
} from './config.ts';
export { configReference } from './config-doc.ts';
export { decodePoint, decodeRaw, shortestFloat32 } from './decode.ts';
export { ModbusDevice, type PollResult } from './device.ts';
export { ConfigError, DeviceError } from './errors.ts';
export { collectGarbageEvery } from './heap.ts';
export { HttpXmlSource } from './inputs/http-xml.ts';
export { OpcuaSource } from './inputs/opcua.ts';
export { parsePictoryConfig, RevpiSource, readPictoryConfig } from './inputs/revpi.ts';
export { type MachineAgent, startMachineAgent } from './machine.ts';
export { buildMessage } from './message.ts';
export {
  ModbusRtuTransport,
  ModbusTcpTransport,
  type ModbusTransport,
  parseHostPort,
  rtuTiming,
} from './modbus.ts';
export { planReads } from './plan.ts';
export {
  BUILTIN_PROFILE_DIR,
  type DeviceProfile,
  listBuiltinProfiles,
  loadProfile,
  resolveProfile,
} from './profile.ts';
export { DiskQueue, type QueueOptions } from './queue.ts';
export { buildDevices, checkRemoteConfig, type MachinePlan, planMachine, queueDir } from './runtime.ts';
export type { Source } from './source.ts';

/**
 * @sensorpath/edge: the edge agent. Device profiles as data, register planning and decoding, Modbus
 * transports, the poll loop and the MQTT publisher.
 */
export {
  AGENT_VERSION,
  type AgentConfig,
  type AgentDeviceConfig,
  type EdgeAgent,
  type Logger,
  startEdgeAgent,
} from './agent.ts';
export { decodePoint, decodeRaw, shortestFloat32 } from './decode.ts';
export { ModbusDevice, type PollResult } from './device.ts';
export { ConfigError, DeviceError } from './errors.ts';
export { buildMessage } from './message.ts';
export { ModbusRtuTransport, ModbusTcpTransport, type ModbusTransport, parseHostPort } from './modbus.ts';
export { planReads } from './plan.ts';
export {
  BUILTIN_PROFILE_DIR,
  type DeviceProfile,
  listBuiltinProfiles,
  loadProfile,
  resolveProfile,
} from './profile.ts';

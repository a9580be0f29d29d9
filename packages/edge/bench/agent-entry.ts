/**
 * Entry point for the bench's memory measurement: loads a machine configuration (argv[2]) and runs
 * the agent until SIGTERM. The bench bundles this file with esbuild and runs it with plain node, as
 * a deployment would, so the measured RSS is the agent's and not the TypeScript loader's.
 */
import { pino } from 'pino';
import { loadMachineConfig } from '../src/config.ts';
import { startMachineAgent } from '../src/machine.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: agent-entry CONFIG');
const agent = startMachineAgent(loadMachineConfig(file), { logger: pino({ level: 'warn' }), source: file });
process.once('SIGTERM', () => {
  void agent.close().then(() => process.exit(0));
});

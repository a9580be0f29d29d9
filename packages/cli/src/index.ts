/** @sensorpath/cli: the `sensorpath` command. Entry point: src/main.ts (bin/sensorpath.js). */
export { DEMO_PATH } from './commands/demo.ts';

/**
 * Loggers for the commands: JSON lines (pino) on stderr, so stdout stays for results and the demo's
 * banner. `--log-level` sets the level; the demo quiets its parts to warnings.
 */
import { pino } from 'pino';

export function makeLogger(level: string, name: string) {
  return pino({ name, level, base: { component: name } }, pino.destination({ dest: 2, sync: true }));
}

/**
 * Test support for the server's peer tests (not exported from the package): polling with a
 * deadline, a port probe, and Debian's Mosquitto with its dynamic security plugin on a free port.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { join } from 'node:path';

export const MOSQUITTO = '/usr/sbin/mosquitto';
export const MOSQUITTO_CTRL = '/usr/bin/mosquitto_ctrl';
export const DYNSEC_PLUGIN = [
  '/usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so',
  '/usr/lib/aarch64-linux-gnu/mosquitto_dynamic_security.so',
].find((p) => existsSync(p));

/** A `describe` skip reason when Mosquitto with dynamic security is missing, else false. */
export const dynsecMissing: string | false =
  existsSync(MOSQUITTO) && existsSync(MOSQUITTO_CTRL) && DYNSEC_PLUGIN
    ? false
    : 'mosquitto with mosquitto_dynamic_security.so not installed (apt-get install mosquitto mosquitto-clients)';

/** Polls `f` every 50 ms until it returns something other than undefined; fails after `ms`. */
export async function waitFor<T>(
  what: string,
  ms: number,
  f: () => T | undefined | Promise<T | undefined>,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** True once something accepts TCP connections on 127.0.0.1:`port`, else undefined. */
export const listening = (port: number): Promise<true | undefined> =>
  new Promise((ok) => {
    const s = netConnect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      ok(true);
    });
    s.once('error', () => ok(undefined));
  });

export interface DynsecMosquitto {
  readonly port: number;
  /** Starts (or restarts) the broker and waits until it listens. */
  start(): Promise<void>;
  /** Stops it (SIGTERM) and waits for the exit; a no-op when it is not running. */
  stop(): Promise<void>;
}

/**
 * Mosquitto on loopback `port` with the dynamic security plugin, anonymous clients refused and no
 * persistence; its dynsec file is initialised in `dir` with the admin `admin`/`adminPassword`.
 */
export function dynsecMosquitto(dir: string, port: number, adminPassword: string): DynsecMosquitto {
  const ds = join(dir, 'dynamic-security.json');
  const init = spawnSync(MOSQUITTO_CTRL, ['dynsec', 'init', ds, 'admin', adminPassword], {
    encoding: 'utf8',
  });
  if (init.status !== 0) throw new Error(`mosquitto_ctrl dynsec init failed: ${init.stderr}`);
  // Started as root, Mosquitto drops to the mosquitto user, which must read and rewrite the file.
  chmodSync(dir, 0o777);
  chmodSync(ds, 0o666);
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(
    conf,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous false',
      'persistence false',
      `plugin ${DYNSEC_PLUGIN}`,
      `plugin_opt_config_file ${ds}`,
      '',
    ].join('\n'),
  );
  let child: ChildProcess | undefined;
  return {
    port,
    async start() {
      child = spawn(MOSQUITTO, ['-c', conf], { stdio: 'ignore' });
      await waitFor('mosquitto', 5000, () => listening(port));
    },
    async stop() {
      const c = child;
      child = undefined;
      if (c && c.exitCode === null)
        await new Promise<void>((r) => {
          c.once('exit', () => r());
          c.kill('SIGTERM');
        });
    },
  };
}

/**
 * `sensorpath simulate machine`: the seeded virtual extruder of the forecast package. With
 * `--backfill DURATION --data DIR` it writes that much history (ending now) straight into the store
 * of the path's tenant under `DIR/tenants/<enterprise>/` and exits; with `--broker URL` it publishes
 * live readings to `<path>/metrics` like an edge agent until interrupted. Both can be combined
 * (backfill first, then live), but the backfill must run while no server holds `DIR` open.
 */
import { parseArgs } from 'node:util';
import { backfillMachine, DEFAULT_MACHINE_PATH, runMachineLive } from '@sensorpath/forecast';
import { parseSensorPath } from '@sensorpath/protocol';
import { openTSDB } from '@sensorpath/tsdb';
import { durationMs, intArg, UsageError } from '../args.ts';
import { waitForSignal } from '../signals.ts';

export const help = `Usage: sensorpath simulate machine [--backfill DURATION --data DIR] [--broker URL] [options]

A deterministic virtual extruder fed through an SDM630 meter, for forecasting: shift and
day/night load cycles with product changeovers and unplanned stops, power and phase currents
following the load, the motor temperature lagging the power (20-minute time constant), the hall
temperature on a daily cycle, bearing vibration rising with wear and dropping at the weekly
maintenance (Saturday 14:00 UTC). The same seed gives the same machine at the same instant.

Series (labels phase=L1..L3/total plus the sensor path): meter_voltage_volts, meter_current_amperes,
meter_active_power_watts, meter_power_factor, meter_frequency_hertz,
meter_import_energy_watthours_total, machine_screw_speed_rpm, machine_motor_temperature_celsius,
machine_ambient_temperature_celsius, machine_vibration_mm_per_second.

Options:
  --path P              sensor path (default: ${DEFAULT_MACHINE_PATH})
  --backfill DURATION   write this much history, ending now, e.g. 14d (needs --data)
  --data DIR            server data directory; history goes to DIR/tenants/<enterprise>/
                        (run the backfill before starting a server on DIR)
  --broker URL          publish live readings over MQTT, e.g. mqtt://127.0.0.1:1883
  --interval DURATION   sample interval, a divisor of 1m (default: 10s)
  --seed N              seed of the machine (default: 10)
  -h, --help            show this help

Examples:
  sensorpath simulate machine --backfill 14d --data ./data
  sensorpath simulate machine --broker mqtt://127.0.0.1:1883
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      path: { type: 'string', default: DEFAULT_MACHINE_PATH },
      backfill: { type: 'string' },
      data: { type: 'string' },
      broker: { type: 'string' },
      interval: { type: 'string', default: '10s' },
      seed: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  let path: ReturnType<typeof parseSensorPath>;
  try {
    path = parseSensorPath(values.path);
  } catch (err) {
    throw new UsageError(`--path: ${(err as Error).message}`);
  }
  const intervalMs = durationMs('--interval', values.interval);
  if (intervalMs < 1000 || 60_000 % intervalMs !== 0)
    throw new UsageError(
      `--interval ${values.interval}: use a divisor of one minute of at least 1s (1s, 5s, 10s, 15s, 30s, 1m)`,
    );
  const seed = intArg('--seed', values.seed, 0, 2 ** 31);
  if (values.backfill === undefined && values.broker === undefined)
    throw new UsageError('nothing to do: give --backfill DURATION --data DIR, --broker URL, or both');
  if (values.backfill !== undefined) {
    if (values.data === undefined)
      throw new UsageError('--backfill needs --data DIR (the server data directory)');
    const span = durationMs('--backfill', values.backfill);
    const dir = `${values.data}/tenants/${path.enterprise}`;
    const end = Math.floor(Date.now() / intervalMs) * intervalMs;
    const db = await openTSDB(dir, { fsync: 'never', logger: (m) => process.stderr.write(`tsdb: ${m}\n`) });
    const t0 = Date.now();
    try {
      const res = await backfillMachine(db, {
        path,
        seed,
        intervalMs,
        startMs: end - span,
        endMs: end,
        batchIntervals: Math.max(1, Math.round(3_600_000 / intervalMs)),
        onProgress: (t) => {
          if (process.stderr.isTTY)
            process.stderr.write(`\rbackfill ${Math.round((100 * (t - end + span)) / span)}%`);
        },
      });
      if (process.stderr.isTTY) process.stderr.write('\r');
      process.stdout.write(
        `backfilled ${res.samples} samples in ${res.series} series of ${values.path} ` +
          `from ${new Date(res.startMs).toISOString()} to ${new Date(res.endMs).toISOString()} ` +
          `into ${dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`,
      );
    } finally {
      await db.close();
    }
  }
  if (values.broker !== undefined) {
    const ac = new AbortController();
    const live = runMachineLive({
      brokerUrl: values.broker,
      path,
      seed,
      intervalMs,
      signal: ac.signal,
      onError: (err) => process.stderr.write(`publish failed: ${err.message}\n`),
    });
    process.stdout.write(
      `publishing the virtual machine to ${values.broker} on ${values.path}/metrics every ${values.interval}\n`,
    );
    await Promise.race([waitForSignal(), live]);
    ac.abort();
    await live;
  }
  return 0;
}

/**
 * `sensorpath simulate sdm630`: serves simulated SDM630 meters over Modbus TCP or over Modbus RTU on
 * a serial device until interrupted.
 */
import { parseArgs } from 'node:util';
import { startRtuSimulator, startTcpSimulator } from '@sensorpath/simulator';
import { hostPort, intArg, UsageError } from '../args.ts';
import { waitForSignal } from '../signals.ts';

export const help = `Usage: sensorpath simulate sdm630 (--modbus-tcp HOST:PORT | --modbus-rtu DEVICE) [--unit N ...] [--seed N]

Serves a simulated Eastron SDM630 three-phase meter with the real register map
(input registers as big-endian float32, serial number as u32 in holding register 0xFC00):
voltages around 230 V, currents following a load profile, consistent power, 50 Hz,
and energy counters that only increase.

Options:
  --modbus-tcp HOST:PORT  where to listen (e.g. 127.0.0.1:5020; port 0 picks a free one)
  --modbus-rtu DEVICE     answer as RTU slave(s) on a serial device (/dev/ttyUSB0, a socat pty)
  --baud N                serial baud rate (default: 9600)
  --parity none|even|odd  serial parity (default: none)
  --unit N                Modbus unit id to answer as; repeat for several meters (default: 1)
  --seed N                seed of the simulated values (default: 630)
  -h, --help              show this help

Read it with any Modbus master, e.g.:
  mbpoll -m tcp -p 5020 -a 1 -t 3:float -r 1 -c 6 127.0.0.1
  mbpoll -m rtu -b 9600 -P none -a 1 -t 3:float -r 1 -c 6 /dev/ttyUSB1
`;

export async function run(argv: string[]): Promise<number> {
  // The virtual machine for forecasting lives with the forecast package (its own flags and help).
  if (argv[0] === 'machine') return (await import('./simulate-machine.ts')).run(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'modbus-tcp': { type: 'string' },
      'modbus-rtu': { type: 'string' },
      baud: { type: 'string', default: '9600' },
      parity: { type: 'string', default: 'none' },
      unit: { type: 'string', multiple: true },
      seed: { type: 'string', default: '630' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  if (positionals[0] !== 'sdm630')
    throw new UsageError(
      `unknown device ${JSON.stringify(positionals[0] ?? '')}: only "sdm630" can be simulated`,
    );
  if (!!values['modbus-tcp'] === !!values['modbus-rtu'])
    throw new UsageError('give exactly one of --modbus-tcp HOST:PORT or --modbus-rtu DEVICE');
  const units = (values.unit ?? ['1']).map((u) => intArg('--unit', u, 1, 247));
  const seed = intArg('--seed', values.seed, 0, 2 ** 31);
  if (values['modbus-rtu']) {
    if (!['none', 'even', 'odd'].includes(values.parity))
      throw new UsageError(`--parity ${values.parity}: expected none, even or odd`);
    const baudRate = intArg('--baud', values.baud, 300, 921600);
    const rtu = await startRtuSimulator({
      path: values['modbus-rtu'],
      baudRate,
      parity: values.parity as 'none',
      units,
      seed,
    });
    process.stdout.write(
      `simulating SDM630 unit(s) ${units.join(', ')} on modbus-rtu ${rtu.path} ${baudRate}` +
        ` (serial ${units.map((u) => rtu.meters.get(u)!.serial).join(', ')})\n`,
    );
    await waitForSignal();
    await rtu.close();
    return 0;
  }
  const { host, port } = hostPort('--modbus-tcp', values['modbus-tcp']!);
  const sim = await startTcpSimulator({ host, port, units, seed });
  process.stdout.write(
    `simulating SDM630 unit(s) ${units.join(', ')} on modbus-tcp ${sim.host}:${sim.port}` +
      ` (serial ${units.map((u) => sim.meters.get(u)!.serial).join(', ')})\n`,
  );
  await waitForSignal();
  await sim.close();
  return 0;
}

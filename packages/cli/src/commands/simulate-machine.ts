/** `sensorpath simulate machine`: the seeded virtual machine for forecasting (being built, issue 10). */
export const help = 'Usage: sensorpath simulate machine [--backfill DURATION --data DIR]\n';

export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('sensorpath simulate machine: not available yet\n');
  return 1;
}

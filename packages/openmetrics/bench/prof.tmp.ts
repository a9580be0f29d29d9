import { readFileSync } from 'node:fs';
import { parse, parseSamples } from '/work/main/packages/openmetrics/src/index.ts';

const b = readFileSync('/tmp/ombench/sdm630.om.txt');
const mode = process.argv[2] ?? 'samples';
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  const n = mode === 'samples' ? parseSamples(b, () => {}).samples : parse(b).families.length;
  const dt = performance.now() - t0;
  console.log(mode, n, (((526680 / dt) * 1000) / 1e6).toFixed(2), 'M samples/s', dt.toFixed(0), 'ms');
}

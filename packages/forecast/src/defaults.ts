/**
 * What `sensorpath forecast train` learns when told nothing else: the virtual machine's main
 * targets (total active power, motor temperature) plus its bearing vibration, with the hall
 * temperature and screw speed as extra inputs, each resampled to the step by `avg_over_time` over
 * one step so every grid point is the mean of the samples of its interval.
 */
import { parseSensorPath } from '@sensorpath/protocol';
import type { SeriesSpec } from './train.ts';

/** Where the virtual machine sits by default (tenant `acme`). */
export const DEFAULT_MACHINE_PATH = 'acme/berlin/extrusion/line2/extruder1';

export function machineSpec(path: string, stepText: string): { targets: SeriesSpec[]; inputs: SeriesSpec[] } {
  const p = parseSensorPath(path);
  const sel = `enterprise="${p.enterprise}",site="${p.site}",area="${p.area}",line="${p.line}",device="${p.device}"`;
  const avg = (metric: string, extra = '') => `avg_over_time(${metric}{${extra}${sel}}[${stepText}])`;
  return {
    targets: [
      { name: 'power', query: avg('meter_active_power_watts', 'phase="total",') },
      { name: 'motor_temperature', query: avg('machine_motor_temperature_celsius') },
      { name: 'vibration', query: avg('machine_vibration_mm_per_second') },
    ],
    inputs: [
      { name: 'ambient_temperature', query: avg('machine_ambient_temperature_celsius') },
      { name: 'screw_speed', query: avg('machine_screw_speed_rpm') },
    ],
  };
}

/**
 * The virtual machine: a seeded plastics extruder whose main drive is fed through an SDM630 meter.
 * It is what the forecaster learns from, so its physics are deliberate: a production schedule
 * (three shifts on weekdays, one on Saturday, standby otherwise) with product changeovers, breaks
 * and unplanned stops sets the load; electrical power and phase currents follow the load; the motor
 * winding temperature lags the power losses with a thermal time constant; the hall's ambient
 * temperature follows a daily cycle, the weather and the machine's own heat; the bearing vibration
 * rises with wear while running and drops back at the weekly maintenance.
 *
 * Determinism is by construction: everything random is a hash of (seed, channel, time index), and
 * (The plan changes on whole minutes only, so it is evaluated once per minute.) The few integrated states (load lag, winding temperature, hall heat, wear, energy) are integrated
 * on a grid aligned to absolute time from a fixed origin (2026-09-07), with week-start snapshots
 * cached per process. So a reading depends only on (seed, timestamp, interval): a backfill and a
 * live run with the same seed agree at the same instant, whatever time either of them started. Times are ms since the epoch and interpreted in UTC.
 */
import type { MetricFamily, MetricSample } from '@sensorpath/openmetrics';

export interface MachineOptions {
  /** Seed of every random choice (changeovers, stops, noise, weather). @default 10 */
  seed?: number;
  /** Sampling and integration interval in ms; a divisor of one minute. @default 10_000 */
  intervalMs?: number;
}

export interface MachineReading {
  /** Timestamp of the reading, ms (a multiple of the interval). */
  t: number;
  /** Load of the main drive, 0..1 (not published: a real plant does not know it either). */
  load: number;
  voltage: [number, number, number];
  current: [number, number, number];
  powerFactor: [number, number, number];
  /** Active power per phase, W. */
  power: [number, number, number];
  /** Total active power, W. */
  powerTotal: number;
  frequency: number;
  /** Imported energy, Wh, since the integration origin (a counter). */
  importWh: number;
  /** Screw speed, rpm. */
  speedRpm: number;
  /** Motor winding temperature, °C. */
  motorTempC: number;
  /** Hall ambient temperature, °C. */
  ambientTempC: number;
  /** Bearing vibration velocity, RMS mm/s. */
  vibrationMmS: number;
  /** Bearing wear, 0 (new) .. ~1 (due). */
  wear: number;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** 1970-01-05 was a Monday: ISO weeks start at this offset from the epoch. */
const MONDAY_OFFSET = 4 * DAY;

/** Rated and idle power of the drive and its auxiliaries, W. */
const P_IDLE = 900;
const P_RATED = 36_000;
/** Thermal time constant of the motor winding, ms. */
const TAU_MOTOR = 20 * MIN;
/** Time constant of the drive following its speed setpoint, ms. */
const TAU_LOAD = 90_000;
/** Time constant of the hall warming from the machine's heat, ms. */
const TAU_HALL = 2 * HOUR;
/** Running hours after which a bearing reaches wear 1 without maintenance. */
const WEAR_HOURS = 110;

/** Integration origin: Monday 2026-09-07 00:00 UTC. States before it are not pure functions of time. */
const ORIGIN = Date.UTC(2026, 8, 7);
/** Energy register at the origin, Wh. */
const INITIAL_WH = 48_000_000;
/** Week-start states per (seed, interval), shared by every Machine of the process. */
const SNAPSHOTS = new Map<string, Map<number, number[]>>();

/** A 32-bit integer hash (a round of mulberry32 over mixed inputs) mapped to [0, 1). */
function hash01(seed: number, channel: number, k: number): number {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(channel + 1, 0xc2b2ae35)) >>> 0;
  a = (a + Math.imul(k | 0, 0x27d4eb2f) + Math.floor(k / 4294967296)) >>> 0;
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A standard normal value that is a pure function of (seed, channel, k). */
function noise(seed: number, channel: number, k: number): number {
  const u = Math.max(hash01(seed, channel, 2 * k), 1e-12);
  const v = hash01(seed, channel, 2 * k + 1);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Rounds to `digits` decimals as a meter's register resolution does (no binary fraction residue). */
const round = (v: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** Noise channels, so no two quantities ever share a random stream. */
const CH = {
  runLevel: 1,
  changeover: 2,
  stop: 3,
  stopStart: 4,
  stopLen: 5,
  weather: 6,
  phase: 7,
  voltage: 10,
  current: 13,
  power: 16,
  frequency: 19,
  motor: 20,
  ambient: 21,
  vibration: 22,
  speed: 23,
} as const;

/**
 * The machine's speed setpoint (0..1) at time t: the production plan. Pure function of (seed, t).
 * Weekdays run three shifts (the night shift at reduced rate, none on Friday night), Saturday runs
 * the early shift, the rest is standby. A new product run starts every 3 hours with its own rate
 * and a changeover at idle; handovers, breaks and hashed unplanned stops pull the rate down.
 */
export function setpointAt(seed: number, t: number): number {
  const dayIndex = Math.floor((t - MONDAY_OFFSET) / DAY);
  const weekday = ((dayIndex % 7) + 7) % 7; // 0 = Monday
  const tod = t - MONDAY_OFFSET - dayIndex * DAY;
  const h = tod / HOUR;
  // Which shift runs now (night shift belongs to the day it starts on).
  let rate: number;
  if (weekday <= 4) {
    if (h >= 6 && h < 22) rate = 1;
    else if (h >= 22) rate = weekday <= 3 ? 0.75 : 0;
    else rate = weekday >= 1 ? 0.75 : 0; // 00-06 continues the previous night's shift (none on Monday)
  } else if (weekday === 5) {
    rate = h >= 6 && h < 14 ? 1 : 0; // Saturday: early shift only, no night shift from Friday
  } else rate = 0;
  if (rate === 0) return 0.03; // standby: drive idling for heaters and cooling
  // Product run: every 3 h a new rate; the first 8-20 min are a changeover at idle.
  const run = Math.floor(t / (3 * HOUR));
  const inRun = t - run * 3 * HOUR;
  const level = 0.62 + 0.34 * hash01(seed, CH.runLevel, run);
  const changeover = Math.floor(8 + 12 * hash01(seed, CH.changeover, run)) * MIN;
  if (inRun < changeover) return 0.12;
  // Handover at 06, 14, 22 (10 min at half rate) and a 30-minute break at 10, 18 and 02.
  const m = tod / MIN;
  const at = (hh: number, len: number) => m >= hh * 60 && m < hh * 60 + len;
  let s = level * rate;
  if (at(6, 10) || at(14, 10) || at(22, 10)) s *= 0.5;
  if (at(10, 30) || at(18, 30) || at(2, 30)) s *= 0.55;
  // Unplanned stops: in about 4 % of the hours, 5-25 minutes at idle.
  const hourIdx = Math.floor(t / HOUR);
  if (hash01(seed, CH.stop, hourIdx) < 0.04) {
    const start = hourIdx * HOUR + Math.floor(35 * hash01(seed, CH.stopStart, hourIdx)) * MIN;
    const len = Math.floor(5 + 20 * hash01(seed, CH.stopLen, hourIdx)) * MIN;
    if (t >= start && t < start + len) return 0.03;
  }
  return s;
}

/** Slow weather offset of the ambient temperature, °C: a smooth interpolation of daily values. */
function weatherAt(seed: number, t: number): number {
  const d = t / DAY;
  const i = Math.floor(d);
  const f = d - i;
  const a = hash01(seed, CH.weather, i) * 6 - 3;
  const b = hash01(seed, CH.weather, i + 1) * 6 - 3;
  const w = (1 - Math.cos(Math.PI * f)) / 2;
  return a + (b - a) * w;
}

/** Maintenance: the bearing is serviced every Saturday at 14:00 (after the Saturday shift). */
function maintenanceAt(t: number, intervalMs: number): boolean {
  const inWeek = (((t - MONDAY_OFFSET) % WEEK) + WEEK) % WEEK;
  const at = 5 * DAY + 14 * HOUR;
  return inWeek >= at && inWeek < at + intervalMs;
}

/**
 * Steps the machine forward in time. `at(t)` returns the reading at the last grid point at or
 * before `t`; calls must not go backwards. The state is integrated from the start of the previous
 * ISO week on the absolute grid, so the first call costs up to two weeks of steps (a few ms).
 */
export class Machine {
  readonly seed: number;
  readonly intervalMs: number;
  private tk = Number.NaN;
  private load = 0;
  private motorRise = 10;
  private hallHeat = 0;
  private wear = 0.3;
  private importWh = 0;
  private snaps: Map<number, number[]> | undefined;
  private spMinute = Number.NaN;
  private sp = 0;
  /** Per-interval decay factors and increments, computed once. */
  private readonly k: { load: number; motor: number; hall: number; wear: number; hours: number };
  private reading: MachineReading | undefined;

  constructor(opts: MachineOptions = {}) {
    this.seed = (opts.seed ?? 10) >>> 0;
    this.intervalMs = opts.intervalMs ?? 10_000;
    if (!Number.isInteger(this.intervalMs) || this.intervalMs < 1000 || MIN % this.intervalMs !== 0)
      throw new RangeError(
        `machine interval ${this.intervalMs} ms: use a divisor of one minute, at least 1000`,
      );
    const dt = this.intervalMs;
    this.k = {
      load: 1 - Math.exp(-dt / TAU_LOAD),
      motor: 1 - Math.exp(-dt / TAU_MOTOR),
      hall: 1 - Math.exp(-dt / TAU_HALL),
      wear: dt / HOUR / WEAR_HOURS,
      hours: dt / HOUR,
    };
  }

  at(t: number): MachineReading {
    const target = Math.floor(t / this.intervalMs) * this.intervalMs;
    if (Number.isNaN(this.tk)) this.restore(target);
    if (target < this.tk) throw new RangeError(`machine time went backwards: ${target} < ${this.tk}`);
    while (this.tk < target) {
      this.tk += this.intervalMs;
      this.integrate(this.tk);
      if ((this.tk - MONDAY_OFFSET) % WEEK === 0) this.snapshot();
    }
    if (this.reading === undefined || this.reading.t !== this.tk) this.reading = this.observe(this.tk);
    return this.reading;
  }

  /**
   * Starts from the latest cached week-start state at or before `target`, or from the origin
   * (2026-09-07, a Monday) with the initial state. Targets before the origin start two weeks
   * earlier instead (their energy counter then depends on where they started).
   */
  private restore(target: number): void {
    const key = `${this.seed}/${this.intervalMs}`;
    let snaps = SNAPSHOTS.get(key);
    if (!snaps) {
      snaps = new Map();
      SNAPSHOTS.set(key, snaps);
    }
    this.snaps = snaps;
    const week = Math.floor((target - MONDAY_OFFSET) / WEEK) * WEEK + MONDAY_OFFSET;
    if (target < ORIGIN) {
      this.tk = week - WEEK;
      this.integrate(this.tk);
      return;
    }
    for (let w = week; w >= ORIGIN; w -= WEEK) {
      const st = snaps.get(w);
      if (st) {
        [this.load, this.motorRise, this.hallHeat, this.wear, this.importWh] = st as [
          number,
          number,
          number,
          number,
          number,
        ];
        this.tk = w;
        return;
      }
    }
    this.tk = ORIGIN;
    this.load = 0;
    this.motorRise = 10;
    this.hallHeat = 0;
    this.wear = 0.3;
    this.importWh = INITIAL_WH;
    this.snapshot();
  }

  private snapshot(): void {
    if (this.tk >= ORIGIN)
      this.snaps?.set(this.tk, [this.load, this.motorRise, this.hallHeat, this.wear, this.importWh]);
  }

  /** Advances the hidden state by one interval ending at t (exact first-order discretisation). */
  private integrate(t: number): void {
    const minute = Math.floor(t / MIN);
    if (minute !== this.spMinute) {
      this.spMinute = minute;
      this.sp = setpointAt(this.seed, minute * MIN);
    }
    const k = this.k;
    this.load += (this.sp - this.load) * k.load;
    const l = this.load;
    const riseEq = 9 + 24 * l + 34 * l * l;
    this.motorRise += (riseEq - this.motorRise) * k.motor;
    this.hallHeat += (1.8 * l - this.hallHeat) * k.hall;
    if (l > 0.1) this.wear += k.wear * (0.6 + 0.6 * l);
    if (maintenanceAt(t, this.intervalMs)) this.wear = 0.02;
    // Energy from the mean power (the melt oscillation averages out over its period).
    this.importWh += (P_IDLE + P_RATED * l) * k.hours;
  }

  /** Total active power at load l, before meter noise, W. */
  private powerAt(l: number, t: number): number {
    // A slow pressure oscillation of the melt (17 and 6.5 minute periods) while producing.
    const osc =
      l > 0.2
        ? 0.025 * Math.sin((2 * Math.PI * t) / (17 * MIN)) +
          0.012 * Math.sin((2 * Math.PI * t) / (6.5 * MIN) + 1.3)
        : 0;
    return P_IDLE + P_RATED * Math.max(0, l + osc * l);
  }

  private observe(t: number): MachineReading {
    const seed = this.seed;
    const k = Math.round(t / this.intervalMs);
    const l = this.load;
    const tod = ((t % DAY) + DAY) % DAY;
    const pTrue = this.powerAt(l, t);
    const voltage: [number, number, number] = [0, 0, 0];
    const current: [number, number, number] = [0, 0, 0];
    const pf: [number, number, number] = [0, 0, 0];
    const power: [number, number, number] = [0, 0, 0];
    // Grid voltage sags a little at daytime peak.
    const vBase = 231 - 2.5 * Math.max(0, Math.sin((2 * Math.PI * (tod - 6 * HOUR)) / DAY));
    const pfBase = 0.7 + 0.18 * Math.min(1, l / 0.8);
    const share = [0.334, 0.329, 0.337];
    for (let i = 0; i < 3; i++) {
      const v = round(vBase - 0.02 * (pTrue / 1000) + 0.4 * noise(seed, CH.voltage + i, k), 1);
      const f = round(pfBase + 0.004 * noise(seed, CH.phase + i, k), 3);
      const p = Math.round(pTrue * share[i]! * (1 + 0.006 * noise(seed, CH.power + i, k)));
      voltage[i] = v;
      pf[i] = f;
      power[i] = p;
      current[i] = round(p / (v * f), 3);
    }
    const ambient =
      19 + 4.5 * Math.sin((2 * Math.PI * (tod - 9 * HOUR)) / DAY) + weatherAt(seed, t) + this.hallHeat;
    const vib =
      0.7 + 0.5 * l + this.wear * 3.2 * (0.4 + l) + (0.05 + 0.04 * this.wear) * noise(seed, CH.vibration, k);
    return {
      t,
      load: l,
      voltage,
      current,
      powerFactor: pf,
      power,
      powerTotal: power[0] + power[1] + power[2],
      frequency: round(
        50 + 0.02 * Math.sin((2 * Math.PI * t) / (3 * MIN)) + 0.006 * noise(seed, CH.frequency, k),
        2,
      ),
      importWh: Math.round(this.importWh),
      speedRpm: round(Math.max(0, 95 * setpointLagged(l) + 0.3 * noise(seed, CH.speed, k)), 1),
      motorTempC: round(ambient + this.motorRise + 0.15 * noise(seed, CH.motor, k), 1),
      ambientTempC: round(ambient + 0.08 * noise(seed, CH.ambient, k), 1),
      vibrationMmS: round(Math.max(0, vib), 2),
      wear: this.wear,
    };
  }
}

/** Speed follows the drive's load; below the idle threshold the screw stands still. */
function setpointLagged(l: number): number {
  return l < 0.05 ? 0 : l;
}

/** Metric names the machine publishes (meter_* as the SDM630 profile names them). */
export const MACHINE_METRICS = {
  voltage: 'meter_voltage_volts',
  current: 'meter_current_amperes',
  power: 'meter_active_power_watts',
  powerFactor: 'meter_power_factor',
  frequency: 'meter_frequency_hertz',
  importEnergy: 'meter_import_energy_watthours',
  speed: 'machine_screw_speed_rpm',
  motorTemp: 'machine_motor_temperature_celsius',
  ambientTemp: 'machine_ambient_temperature_celsius',
  vibration: 'machine_vibration_mm_per_second',
} as const;

const PHASES = ['L1', 'L2', 'L3'] as const;

/**
 * The reading as OpenMetrics families, each sample stamped with the reading's time (seconds), as
 * the edge agent publishes them. Labels are only the sample's own (`phase`); the sensor-path labels
 * come from the topic.
 */
export function machineFamilies(r: MachineReading): MetricFamily[] {
  const ts = r.t / 1000;
  const s = (name: string, value: number, labels: Record<string, string> = {}): MetricSample => ({
    name,
    labels: Object.entries(labels).map(([n, v]) => ({ name: n, value: v })),
    value,
    timestamp: ts,
  });
  const perPhase = (name: string, vals: readonly number[]) =>
    PHASES.map((p, i) => s(name, vals[i]!, { phase: p }));
  const M = MACHINE_METRICS;
  return [
    {
      name: M.voltage,
      type: 'gauge',
      unit: 'volts',
      help: 'Phase voltage (SDM630).',
      samples: perPhase(M.voltage, r.voltage),
    },
    {
      name: M.current,
      type: 'gauge',
      unit: 'amperes',
      help: 'Phase current (SDM630).',
      samples: perPhase(M.current, r.current),
    },
    {
      name: M.power,
      type: 'gauge',
      unit: 'watts',
      help: 'Active power per phase and total (SDM630).',
      samples: [...perPhase(M.power, r.power), s(M.power, r.powerTotal, { phase: 'total' })],
    },
    {
      name: M.powerFactor,
      type: 'gauge',
      help: 'Power factor per phase (SDM630).',
      samples: perPhase(M.powerFactor, r.powerFactor),
    },
    {
      name: M.frequency,
      type: 'gauge',
      unit: 'hertz',
      help: 'Grid frequency (SDM630).',
      samples: [s(M.frequency, r.frequency)],
    },
    {
      name: M.importEnergy,
      type: 'counter',
      unit: 'watthours',
      help: 'Imported active energy (SDM630).',
      samples: [s(`${M.importEnergy}_total`, r.importWh)],
    },
    {
      name: M.speed,
      type: 'gauge',
      unit: 'rpm',
      help: 'Extruder screw speed.',
      samples: [s(M.speed, r.speedRpm)],
    },
    {
      name: M.motorTemp,
      type: 'gauge',
      unit: 'celsius',
      help: 'Main drive winding temperature.',
      samples: [s(M.motorTemp, r.motorTempC)],
    },
    {
      name: M.ambientTemp,
      type: 'gauge',
      unit: 'celsius',
      help: 'Hall ambient temperature.',
      samples: [s(M.ambientTemp, r.ambientTempC)],
    },
    {
      name: M.vibration,
      type: 'gauge',
      unit: 'mm_per_second',
      help: 'Drive-end bearing vibration velocity (RMS).',
      samples: [s(M.vibration, r.vibrationMmS)],
    },
  ];
}

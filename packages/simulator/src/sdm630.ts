/**
 * A simulated Eastron SDM630 three-phase meter. The model is physical enough for dashboards, rules
 * and forecasts to mean something: mains voltage around 230 V with noise, currents following a load
 * profile (a slow cycle plus steps), power = V × I × PF per phase, apparent and reactive power
 * consistent with it, frequency near 50 Hz, and energy counters integrated from power so they only
 * ever increase. Values are quantised to a real meter's resolution (0.1 V, 0.001 A, 1 W, 0.01 Hz).
 *
 * The register bank follows ../shared/devices/sdm630.md: input registers (FC 4) hold big-endian
 * float32 ("ABCD") pairs at zero-based PDU addresses; the serial number is a u32 in holding
 * registers 0xFC00-0xFC01 (FC 3).
 */
import { gaussian, mulberry32 } from './prng.ts';

export const SDM630_INPUT = {
  voltage: [0x0000, 0x0002, 0x0004],
  current: [0x0006, 0x0008, 0x000a],
  power: [0x000c, 0x000e, 0x0010],
  apparentPower: [0x0012, 0x0014, 0x0016],
  reactivePower: [0x0018, 0x001a, 0x001c],
  powerFactor: [0x001e, 0x0020, 0x0022],
  phaseAngle: [0x0024, 0x0026, 0x0028],
  avgVoltage: 0x002a,
  avgCurrent: 0x002e,
  sumCurrent: 0x0030,
  totalPower: 0x0034,
  totalApparentPower: 0x0038,
  totalReactivePower: 0x003c,
  totalPowerFactor: 0x003e,
  frequency: 0x0046,
  importEnergy: 0x0048,
  exportEnergy: 0x004a,
  importReactiveEnergy: 0x004c,
  exportReactiveEnergy: 0x004e,
  lineVoltage: [0x00c8, 0x00ca, 0x00cc],
  neutralCurrent: 0x00e0,
  totalEnergy: 0x0156,
  importEnergyPhase: [0x015a, 0x015c, 0x015e],
} as const;

export const SDM630_SERIAL_REGISTER = 0xfc00;
/** Input registers served: 0x0000 up to (not including) this address. */
export const SDM630_INPUT_SIZE = 0x0180;

export interface Sdm630Options {
  seed?: number;
  serial?: number;
  /** Start time in ms, for a deterministic energy counter. @default Date.now() */
  startMs?: number;
  /** Energy register at start, kWh. @default 12345.6 */
  initialKwh?: number;
}

export interface Sdm630Reading {
  voltage: [number, number, number];
  current: [number, number, number];
  powerFactor: [number, number, number];
  power: [number, number, number];
  frequency: number;
  importKwh: number;
  importKwhPhase: [number, number, number];
}

const round = (v: number, step: number) => Math.round(v / step) * step;

export class Sdm630Model {
  readonly serial: number;
  private readonly rand: () => number;
  private lastMs: number;
  private importWh: [number, number, number];
  private reading!: Sdm630Reading;
  /** Fault injection: phases forced to 0 V (phase-loss tests and demos). */
  readonly lostPhases = new Set<number>();
  private readonly input = new Uint16Array(SDM630_INPUT_SIZE);
  private readonly view = new DataView(new ArrayBuffer(4));

  constructor(opts: Sdm630Options = {}) {
    const seed = opts.seed ?? 630;
    this.rand = mulberry32(seed);
    this.serial = opts.serial ?? 20_000_000 + (seed % 1_000_000);
    this.lastMs = opts.startMs ?? Date.now();
    const kwh = opts.initialKwh ?? 12345.6;
    this.importWh = [(kwh * 1000) / 3, (kwh * 1000) / 3, (kwh * 1000) / 3];
    this.update(this.lastMs);
  }

  /** Advances the model to `nowMs` (never backwards) and refreshes the register bank. */
  update(nowMs: number): Sdm630Reading {
    // A real meter refreshes its registers a few times a second; reads in between see the same values.
    if (this.reading !== undefined && nowMs - this.lastMs < 100) return this.reading;
    const dtH = Math.max(0, nowMs - this.lastMs) / 3_600_000;
    const tS = nowMs / 1000;
    const voltage = [0, 0, 0] as [number, number, number];
    const current = [0, 0, 0] as [number, number, number];
    const pf = [0, 0, 0] as [number, number, number];
    const power = [0, 0, 0] as [number, number, number];
    for (let i = 0; i < 3; i++) {
      const lost = this.lostPhases.has(i);
      const v = lost ? 0 : 230 + 1.5 * Math.sin((2 * Math.PI * tS) / 3600 + i) + 0.6 * gaussian(this.rand);
      // Load: a 10-minute cycle per phase, offset by phase, plus a step every 5 minutes.
      const step = Math.floor(tS / 300) % 3 === 0 ? 4 : 0;
      const load =
        12 +
        6 * Math.sin((2 * Math.PI * tS) / 600 + (i * 2 * Math.PI) / 3) +
        step +
        0.2 * gaussian(this.rand);
      const a = lost ? 0 : Math.max(0, load);
      const f = 0.93 + 0.04 * Math.sin((2 * Math.PI * tS) / 900 + i);
      voltage[i] = round(v, 0.1);
      current[i] = round(a, 0.001);
      pf[i] = round(f, 0.001);
      power[i] = Math.round(voltage[i]! * current[i]! * pf[i]!);
      this.importWh[i] = this.importWh[i]! + power[i]! * dtH;
    }
    const frequency = round(
      50 + 0.03 * Math.sin((2 * Math.PI * tS) / 120) + 0.005 * gaussian(this.rand),
      0.01,
    );
    this.lastMs = Math.max(this.lastMs, nowMs);
    const importKwhPhase = this.importWh.map((wh) => round(wh / 1000, 0.001)) as [number, number, number];
    this.reading = {
      voltage,
      current,
      powerFactor: pf,
      power,
      frequency,
      importKwh: round(
        importKwhPhase.reduce((a, b) => a + b, 0),
        0.001,
      ),
      importKwhPhase,
    };
    this.writeBank();
    return this.reading;
  }

  get current(): Sdm630Reading {
    return this.reading;
  }

  /** Input register words [addr, addr+len) as served over FC 4; undefined if out of range. */
  inputRegisters(addr: number, len: number): number[] | undefined {
    if (addr < 0 || len < 1 || addr + len > SDM630_INPUT_SIZE) return undefined;
    return Array.from(this.input.subarray(addr, addr + len));
  }

  /** Holding register words as served over FC 3 (only the serial number is mapped). */
  holdingRegisters(addr: number, len: number): number[] | undefined {
    const out: number[] = [];
    for (let a = addr; a < addr + len; a++) {
      if (a === SDM630_SERIAL_REGISTER) out.push((this.serial >>> 16) & 0xffff);
      else if (a === SDM630_SERIAL_REGISTER + 1) out.push(this.serial & 0xffff);
      else return undefined;
    }
    return out;
  }

  private writeBank(): void {
    const r = this.reading;
    const I = SDM630_INPUT;
    const put = (addr: number, v: number) => {
      this.view.setFloat32(0, v);
      this.input[addr] = this.view.getUint16(0);
      this.input[addr + 1] = this.view.getUint16(2);
    };
    let sumI = 0;
    let sumP = 0;
    let sumS = 0;
    let sumQ = 0;
    for (let i = 0; i < 3; i++) {
      const v = r.voltage[i]!;
      const a = r.current[i]!;
      const s = Math.round(v * a);
      const p = r.power[i]!;
      const q = Math.round(Math.sqrt(Math.max(0, s * s - p * p)));
      put(I.voltage[i]!, v);
      put(I.current[i]!, a);
      put(I.power[i]!, p);
      put(I.apparentPower[i]!, s);
      put(I.reactivePower[i]!, q);
      put(I.powerFactor[i]!, r.powerFactor[i]!);
      put(I.phaseAngle[i]!, round((Math.acos(Math.min(1, r.powerFactor[i]!)) * 180) / Math.PI, 0.01));
      put(I.importEnergyPhase[i]!, r.importKwhPhase[i]!);
      const vNext = r.voltage[(i + 1) % 3]!;
      put(I.lineVoltage[i]!, round(Math.sqrt(v * v + vNext * vNext + v * vNext), 0.1));
      sumI += a;
      sumP += p;
      sumS += s;
      sumQ += q;
    }
    put(I.avgVoltage, round(r.voltage.reduce((a, b) => a + b, 0) / 3, 0.1));
    put(I.avgCurrent, round(sumI / 3, 0.001));
    put(I.sumCurrent, round(sumI, 0.001));
    put(I.totalPower, sumP);
    put(I.totalApparentPower, sumS);
    put(I.totalReactivePower, sumQ);
    put(I.totalPowerFactor, sumS > 0 ? round(sumP / sumS, 0.001) : 1);
    put(I.frequency, r.frequency);
    put(I.importEnergy, r.importKwh);
    put(I.exportEnergy, 0);
    put(I.importReactiveEnergy, round(r.importKwh * 0.35, 0.001));
    put(I.exportReactiveEnergy, 0);
    put(I.neutralCurrent, round(Math.abs(r.current[0]! - r.current[1]!) / 2, 0.001));
    put(I.totalEnergy, r.importKwh);
  }
}

/**
 * Revolution Pi input: reads variables from the piControl process image (`/dev/piControl0`, a flat
 * 4096-byte buffer; any file with the same layout in tests) at byte offsets taken from PiCtory's
 * configuration (`/etc/revpi/config.rsc`, JSON). A variable's absolute address is its device's
 * `offset` plus the entry's own offset; entries are `[name, default, bitLength, offset, exported,
 * sortKey, comment, bitPosition]`; multi-byte values are little-endian and unaligned; 1-bit values
 * use `bitPosition` (0-7). One poll reads the byte range covering all variables with a single
 * positioned read, so the values of one poll come from one moment of the image.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { RevpiInputConfig } from '../config.ts';
import { DeviceError } from '../errors.ts';
import type { MetricMeta } from '../profile.ts';
import type { DeviceSample, PollResult, Source } from '../source.ts';

/** Size of the piControl process image (KB_PI_LEN). */
export const PROCESS_IMAGE_BYTES = 4096;

export interface PiVariable {
  name: string;
  /** Absolute byte address in the process image. */
  address: number;
  bitLength: 1 | 8 | 16 | 32;
  bitPosition: number;
}

/** Parses a PiCtory config.rsc into its variables by name. */
export function parsePictoryConfig(doc: unknown, source: string): Map<string, PiVariable> {
  const out = new Map<string, PiVariable>();
  const devices = (doc as { Devices?: unknown })?.Devices;
  if (!Array.isArray(devices))
    throw new DeviceError('CONFIG_INVALID', `${source}: not a PiCtory configuration (no "Devices" array)`);
  for (const d of devices as Record<string, unknown>[]) {
    const base = Number(d.offset);
    if (!Number.isInteger(base)) continue;
    for (const map of ['inp', 'out', 'mem'] as const) {
      const entries = d[map];
      if (!entries || typeof entries !== 'object') continue;
      for (const e of Object.values(entries as Record<string, unknown>)) {
        if (!Array.isArray(e)) continue;
        const [name, , bitLength, offset, , , , bitPosition] = e as unknown[];
        const bits = Number(bitLength);
        if (typeof name !== 'string' || ![1, 8, 16, 32].includes(bits)) continue;
        out.set(name, {
          name,
          address: base + Number(offset),
          bitLength: bits as PiVariable['bitLength'],
          bitPosition: Number(bitPosition ?? 0) || 0,
        });
      }
    }
  }
  return out;
}

export function readPictoryConfig(file: string): Map<string, PiVariable> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DeviceError(
      'INPUT_FAILED',
      `PiCtory configuration ${file} cannot be read: ${(err as Error).message}`,
    );
  }
  try {
    return parsePictoryConfig(JSON.parse(text), file);
  } catch (err) {
    if (err instanceof DeviceError) throw err;
    throw new DeviceError(
      'CONFIG_INVALID',
      `PiCtory configuration ${file} is not JSON: ${(err as Error).message}`,
    );
  }
}

/** Decodes one variable from a buffer that starts at process-image byte `base`. */
export function decodePiValue(buf: Buffer, base: number, v: PiVariable, signed: boolean): number {
  const at = v.address - base;
  switch (v.bitLength) {
    case 1:
      return (buf[at]! >> v.bitPosition) & 1;
    case 8:
      return signed ? buf.readInt8(at) : buf.readUInt8(at);
    case 16:
      return signed ? buf.readInt16LE(at) : buf.readUInt16LE(at);
    case 32:
      return signed ? buf.readInt32LE(at) : buf.readUInt32LE(at);
  }
}

interface Resolved {
  v: PiVariable;
  cfg: RevpiInputConfig['values'][number];
}

export class RevpiSource implements Source {
  readonly description: string;
  readonly metrics: MetricMeta[] = [];
  readonly identityLabels = undefined;
  private resolved: Resolved[] | undefined;
  private range = { start: 0, end: 0 };

  constructor(
    private readonly cfg: RevpiInputConfig,
    private readonly readConfig: (file: string) => Map<string, PiVariable>,
  ) {
    this.description = `revpi ${cfg.image}`;
    const seen = new Set<string>();
    for (const v of cfg.values)
      if (!seen.has(v.name)) {
        seen.add(v.name);
        this.metrics.push({ name: v.name, type: v.type, unit: v.unit, help: v.help });
      }
  }

  private resolve() {
    if (this.resolved) return this.resolved;
    const vars = this.readConfig(this.cfg.config);
    const out: Resolved[] = [];
    for (const c of this.cfg.values) {
      const v = vars.get(c.variable);
      if (!v)
        throw new DeviceError(
          'INPUT_FAILED',
          `variable ${JSON.stringify(c.variable)} is not in ${this.cfg.config}; known: ${[...vars.keys()].slice(0, 12).join(', ')}`,
        );
      if (v.address + Math.ceil(v.bitLength / 8) > PROCESS_IMAGE_BYTES)
        throw new DeviceError(
          'INPUT_FAILED',
          `variable ${c.variable} lies outside the 4096-byte process image`,
        );
      out.push({ v, cfg: c });
    }
    this.range = {
      start: Math.min(...out.map((o) => o.v.address)),
      end: Math.max(...out.map((o) => o.v.address + Math.max(1, o.v.bitLength / 8))),
    };
    this.resolved = out;
    return out;
  }

  async poll(): Promise<PollResult> {
    const started = Date.now();
    const samples: DeviceSample[] = [];
    const errors: DeviceError[] = [];
    try {
      const vars = this.resolve();
      const buf = Buffer.alloc(this.range.end - this.range.start);
      const fd = openSync(this.cfg.image, 'r');
      try {
        readSync(fd, buf, 0, buf.length, this.range.start);
      } finally {
        closeSync(fd);
      }
      const t = Date.now();
      for (const { v, cfg } of vars)
        samples.push({
          metric: cfg.name,
          labels: { ...cfg.labels },
          value: decodePiValue(buf, this.range.start, v, cfg.signed) * cfg.scale,
          timeMs: t,
        });
    } catch (err) {
      errors.push(
        err instanceof DeviceError
          ? err
          : new DeviceError('INPUT_FAILED', `${this.description}: ${(err as Error).message}`, { cause: err }),
      );
    }
    return { samples, errors, requests: 1, durationMs: Date.now() - started };
  }

  async close(): Promise<void> {}
}

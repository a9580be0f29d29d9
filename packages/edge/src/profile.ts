/**
 * Device profiles: a meter's register map kept as data (YAML files in `profiles/`), validated once
 * into a resolved shape. A profile says, per value: function code (input = FC 4, holding = FC 3),
 * zero-based address, data type, byte/word order, scale and offset, decimals to keep, the metric it
 * feeds (name, type, unit, help) and its labels, plus an optional not-available marker. Identity
 * registers (e.g. the serial number) are read once and become labels of every series.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError, formatZodIssues } from './errors.ts';

export const DATA_TYPES = ['u16', 's16', 'u32', 's32', 'f32', 'u64', 's64', 'f64'] as const;
export type DataType = (typeof DATA_TYPES)[number];
/** Byte order of the value's bytes as sent: ABCD = big endian; CDAB = word-swapped; BADC; DCBA. */
export const ORDERS = ['ABCD', 'CDAB', 'BADC', 'DCBA'] as const;
export type ByteOrder = (typeof ORDERS)[number];
export type RegisterFunction = 'input' | 'holding';

export const REGISTER_WORDS: Record<DataType, number> = {
  u16: 1,
  s16: 1,
  u32: 2,
  s32: 2,
  f32: 2,
  u64: 4,
  s64: 4,
  f64: 4,
};

const address = z.number().int().min(0).max(0xffff);
/** `input` (FC 4) or `holding` (FC 3); the function code number is accepted too. */
const fn = z
  .union([z.enum(['input', 'holding']), z.literal(3), z.literal(4)], {
    error: 'expected input (FC 4) or holding (FC 3), or the function code 4 or 3',
  })
  .transform((v): RegisterFunction => (v === 3 ? 'holding' : v === 4 ? 'input' : v));
const labelName = z
  .string()
  .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'a label name: letters, digits and "_", not starting with a digit');
const metricName = z
  .string()
  .regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'a metric name: letters, digits, "_" and ":"');

const registerSchema = z.object({
  address,
  function: fn.optional(),
  type: z.enum(DATA_TYPES).optional(),
  order: z.enum(ORDERS).optional(),
  labels: z.record(labelName, z.string().min(1)).optional(),
  scale: z.number().optional(),
  offset: z.number().optional(),
});

const metricSchema = z.object({
  name: metricName,
  type: z.enum(['gauge', 'counter']),
  unit: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .optional(),
  help: z.string().optional(),
  scale: z.number().optional(),
  offset: z.number().optional(),
  decimals: z.number().int().min(0).max(12).optional(),
  /** Raw register words (hex string, e.g. "FFFFFFFF") that mean "not available". */
  notAvailable: z.array(z.string().regex(/^[0-9A-Fa-f]+$/)).optional(),
  registers: z.array(registerSchema).min(1),
});

export const profileSchema = z.object({
  profile: z.string().regex(/^[a-z0-9_-]+$/),
  manufacturer: z.string().optional(),
  model: z.string().optional(),
  description: z.string().optional(),
  defaults: z
    .object({
      function: fn.optional(),
      type: z.enum(DATA_TYPES).optional(),
      order: z.enum(ORDERS).optional(),
    })
    .optional(),
  merge: z
    .object({
      maxGap: z.number().int().min(0).max(64).optional(),
      maxRegisters: z.number().int().min(1).max(125).optional(),
    })
    .optional(),
  identity: z
    .record(
      labelName,
      z.object({
        function: fn.optional(),
        address,
        type: z.enum(DATA_TYPES).optional(),
        order: z.enum(ORDERS).optional(),
      }),
    )
    .optional(),
  metrics: z.array(metricSchema).min(1),
});

export type ProfileInput = z.input<typeof profileSchema>;

/** One value to read, fully resolved. */
export interface RegisterPoint {
  function: RegisterFunction;
  address: number;
  type: DataType;
  order: ByteOrder;
  words: number;
  scale: number;
  offset: number;
  decimals: number | undefined;
  notAvailable: string[];
  metric: string;
  labels: Record<string, string>;
}

export interface MetricMeta {
  name: string;
  type: 'gauge' | 'counter';
  unit?: string;
  help?: string;
}

export interface DeviceProfile {
  name: string;
  manufacturer?: string;
  model?: string;
  description?: string;
  maxGap: number;
  maxRegisters: number;
  identity: { label: string; point: Omit<RegisterPoint, 'metric' | 'labels'> }[];
  metrics: MetricMeta[];
  points: RegisterPoint[];
}

/** Validates a parsed profile document; `source` names the file in errors. */
export function resolveProfile(doc: unknown, source: string): DeviceProfile {
  const r = profileSchema.safeParse(doc);
  if (!r.success) {
    throw new ConfigError(
      'PROFILE_INVALID',
      `device profile ${source} is invalid:\n${formatZodIssues(r.error.issues, doc)}`,
    );
  }
  const p = r.data;
  const d = {
    function: p.defaults?.function ?? 'input',
    type: p.defaults?.type ?? 'f32',
    order: p.defaults?.order ?? 'ABCD',
  };
  const points: RegisterPoint[] = [];
  const metrics: MetricMeta[] = [];
  for (const m of p.metrics) {
    metrics.push({ name: m.name, type: m.type, unit: m.unit, help: m.help });
    if (m.unit && !m.name.endsWith(`_${m.unit}`)) {
      throw new ConfigError(
        'PROFILE_INVALID',
        `device profile ${source}: metric ${m.name} has unit "${m.unit}", so its name must end in "_${m.unit}" (OpenMetrics)`,
      );
    }
    for (const reg of m.registers) {
      const type = reg.type ?? d.type;
      points.push({
        function: reg.function ?? d.function,
        address: reg.address,
        type,
        order: reg.order ?? d.order,
        words: REGISTER_WORDS[type],
        scale: reg.scale ?? m.scale ?? 1,
        offset: reg.offset ?? m.offset ?? 0,
        decimals: m.decimals,
        notAvailable: (m.notAvailable ?? []).map((s) => s.toUpperCase()),
        metric: m.name,
        labels: reg.labels ?? {},
      });
    }
  }
  const identity = Object.entries(p.identity ?? {}).map(([label, reg]) => {
    const type = reg.type ?? 'u32';
    return {
      label,
      point: {
        function: reg.function ?? 'holding',
        address: reg.address,
        type,
        order: reg.order ?? d.order,
        words: REGISTER_WORDS[type],
        scale: 1,
        offset: 0,
        decimals: 0,
        notAvailable: [],
      },
    };
  });
  return {
    name: p.profile,
    manufacturer: p.manufacturer,
    model: p.model,
    description: p.description,
    maxGap: p.merge?.maxGap ?? 0,
    maxRegisters: p.merge?.maxRegisters ?? 125,
    identity,
    metrics,
    points,
  };
}

export const BUILTIN_PROFILE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'profiles');

export function listBuiltinProfiles(): string[] {
  return readdirSync(BUILTIN_PROFILE_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => basename(f, '.yaml'))
    .sort();
}

/** Loads a built-in profile by name, or a profile file by path (anything containing "/" or ".yaml"). */
export function loadProfile(nameOrPath: string): DeviceProfile {
  const isPath = nameOrPath.includes('/') || nameOrPath.includes('\\') || nameOrPath.endsWith('.yaml');
  const file = isPath ? nameOrPath : join(BUILTIN_PROFILE_DIR, `${nameOrPath}.yaml`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(
      'PROFILE_NOT_FOUND',
      isPath
        ? `device profile file ${file} cannot be read`
        : `unknown device profile "${nameOrPath}"; built-in profiles: ${listBuiltinProfiles().join(', ')} (or give a path to a .yaml profile)`,
    );
  }
  return resolveProfile(parseYaml(text), file);
}

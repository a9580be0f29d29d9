/**
 * Generates the machine-configuration reference (Markdown) from the zod schema, so the documented
 * fields, types, defaults and descriptions cannot drift from what the agent accepts. The generated
 * block in packages/edge/README.md sits between `<!-- config-reference:start -->` and `:end`;
 * a test fails when it is out of date (regenerate with
 * `npx tsx packages/edge/src/config-doc.ts --write`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { machineConfigSchema } from './config.ts';

interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  minimum?: number;
  maximum?: number;
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.anyOf) {
    const consts = s.anyOf.every((a) => a.const !== undefined);
    if (consts) return s.anyOf.map((a) => `\`${JSON.stringify(a.const)}\``).join(' \\| ');
    return s.anyOf.map(typeOf).join(' \\| ');
  }
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'any'}`;
  if (s.type === 'object' && !s.properties && typeof s.additionalProperties === 'object')
    return 'map of string';
  if (Array.isArray(s.type)) return s.type.join(' \\| ');
  let t = s.type ?? 'any';
  if (t === 'integer' && s.minimum !== undefined && s.maximum !== undefined && s.maximum < 1e9)
    t = `integer ${s.minimum}–${s.maximum}`;
  return t;
}

function walk(s: JsonSchema, path: string, required: boolean, rows: string[]): void {
  const desc = (s.description ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ');
  if (path) {
    const def = s.default !== undefined ? `\`${JSON.stringify(s.default)}\`` : required ? '**required**' : '';
    rows.push(`| \`${path}\` | ${typeOf(s)} | ${def} | ${desc} |`);
  }
  const obj = s.type === 'array' ? s.items : s;
  const prefix = s.type === 'array' ? `${path}[]` : path;
  if (obj?.properties) {
    for (const [k, v] of Object.entries(obj.properties))
      walk(v, prefix ? `${prefix}.${k}` : k, obj.required?.includes(k) ?? false, rows);
  }
}

export function configReference(): string {
  const json = z.toJSONSchema(machineConfigSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const rows: string[] = ['| field | type | default | meaning |', '|---|---|---|---|'];
  walk(json, '', true, rows);
  return `${rows.join('\n')}\n`;
}

export const README = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- config-reference:start (generated from src/config.ts; do not edit) -->';
const END = '<!-- config-reference:end -->';

/** The README with its reference block replaced by the freshly generated one. */
export function readmeWithReference(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) return `${readme}\n${START}\n${configReference()}${END}\n`;
  return `${readme.slice(0, a + START.length)}\n${configReference()}${readme.slice(b)}`;
}

if (
  process.argv.includes('--write') &&
  process.argv[1] &&
  fileURLToPath(import.meta.url) === process.argv[1]
) {
  writeFileSync(README, readmeWithReference(readFileSync(README, 'utf8')));
}

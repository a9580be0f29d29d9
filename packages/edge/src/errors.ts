/**
 * Edge errors. Configuration problems name the field path, the value found and the fix, so an
 * operator can correct a YAML file without reading code.
 */
import { SensorpathError } from '@sensorpath/storage';

export type EdgeErrorCode =
  | 'PROFILE_INVALID'
  | 'PROFILE_NOT_FOUND'
  | 'CONFIG_INVALID'
  | 'MODBUS_TIMEOUT'
  | 'MODBUS_EXCEPTION'
  | 'MODBUS_CONNECT'
  | 'MODBUS_DECODE'
  | 'QUEUE_IO'
  | 'INPUT_FAILED';

export class ConfigError extends SensorpathError {
  declare readonly code: EdgeErrorCode;
}

export class DeviceError extends SensorpathError {
  declare readonly code: EdgeErrorCode;
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
  input?: unknown;
}

/** The fix for the issue kinds whose zod message does not say it. */
function hint(i: Issue, found: unknown): string {
  if (i.code === 'unrecognized_keys')
    return `unknown field ${(i.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}: remove it or correct its spelling (see the reference in packages/edge/README.md)`;
  if (i.code === 'invalid_type' && found === undefined) return `required field is missing; add it`;
  return i.message;
}

/** Renders zod issues as `path.to.field: message (found: value)` lines. */
export function formatZodIssues(issues: readonly Issue[], input: unknown): string {
  return issues
    .map((i) => {
      const path = i.path.length ? i.path.map(String).join('.') : '(root)';
      let found: unknown = input;
      for (const k of i.path)
        found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[k] : undefined;
      const shown = found === undefined ? 'nothing' : JSON.stringify(found);
      if (i.code === 'unrecognized_keys') return `  - ${path}: ${hint(i, found)}`;
      return `  - ${path}: ${hint(i, found)} (found: ${shown && shown.length > 80 ? `${shown.slice(0, 77)}...` : shown})`;
    })
    .join('\n');
}

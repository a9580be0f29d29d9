/**
 * Argument helpers shared by the commands: HOST:PORT and duration parsing with errors that say what
 * was expected, and a usage error type that makes the CLI print the command's help.
 */

export class UsageError extends Error {
  readonly code = 'CLI_USAGE';
}

export function hostPort(flag: string, text: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(text.trim());
  const port = m ? Number(m[3]) : Number.NaN;
  if (!m || port > 65535)
    throw new UsageError(`${flag} ${JSON.stringify(text)}: expected HOST:PORT, e.g. 127.0.0.1:9090`);
  return { host: (m[1] ?? m[2])!, port };
}

/** Parses `500ms`, `1s`, `2m`, `1h`, `14d` or a plain number of milliseconds. */
export function durationMs(flag: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!m)
    throw new UsageError(
      `${flag} ${JSON.stringify(text)}: expected a duration such as 100ms, 1s, 5m, 1h or 14d`,
    );
  const n = Number(m[1]);
  const unit = m[2] ?? 'ms';
  const f = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit as 'ms'];
  return Math.round(n * f);
}

export function intArg(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag} ${JSON.stringify(text)}: expected a whole number from ${min} to ${max}`);
  return n;
}

/** Parses repeated `--label key=value` flags. */
export function labelArgs(values: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const i = v.indexOf('=');
    const k = v.slice(0, i);
    if (i < 1 || !/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(k) || i === v.length - 1) {
      throw new UsageError(
        `--label ${JSON.stringify(v)}: expected name=value with a label name of letters, digits and "_"`,
      );
    }
    out[k] = v.slice(i + 1);
  }
  return out;
}

/**
 * Go's number formatting, as Prometheus' templates print values: `%v` of a float64 (shortest
 * representation, exponent outside [1e-4, 1e6)), and `%.Ng` (N significant digits, trailing
 * zeros removed, exponent when it is < -4 or >= N). Go writes exponents with at least two digits
 * (`1e+06`), which JavaScript does not. Known difference: an exact decimal tie rounds half up here
 * (JavaScript) where Go rounds half to even (`%.4g` of 12345).
 */

function special(v: number): string | undefined {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  return undefined;
}

function goExp(mant: string, exp: number): string {
  const a = Math.abs(exp);
  return `${mant}e${exp < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** `fmt.Sprint(float64)`: shortest round-trip digits, `%e` form when exp < -4 or exp >= 6 (Go decides with precision 6 when printing the shortest form). */
export function goFloat(v: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp;
  const e = v.toExponential();
  const i = e.indexOf('e');
  const exp = Number(e.slice(i + 1));
  if (exp < -4 || exp >= 6) return goExp(e.slice(0, i), exp);
  return String(v);
}

/** `fmt.Sprintf("%.<prec>g", v)`. */
export function goG(v: number, prec: number): string {
  const sp = special(v);
  if (sp !== undefined) return sp;
  const p = Math.max(1, prec);
  const e = v.toExponential(p - 1);
  const i = e.indexOf('e');
  const exp = Number(e.slice(i + 1));
  if (exp < -4 || exp >= p) return goExp(trimZeros(e.slice(0, i)), exp);
  return trimZeros(v.toFixed(Math.max(0, p - 1 - exp)));
}

/** A minimal `fmt.Sprintf` for templates: %s %v %d %f %.Nf %g %.Ng %e %q %x %%, with widths. */
export function goSprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let ai = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const m = /^([-+ 0#]*)(\d*)(?:\.(\d+))?([a-zA-Z%])/.exec(format.slice(i + 1));
    if (!m) {
      out += '%!(NOVERB)';
      continue;
    }
    i += m[0].length;
    const [, flags = '', widthS = '', precS, verb] = m;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (ai >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const a = args[ai++];
    const prec = precS === undefined ? undefined : Number(precS);
    let s: string;
    const num = typeof a === 'number' ? a : typeof a === 'string' ? Number(a) : Number.NaN;
    switch (verb) {
      case 's':
      case 'v':
        s = formatValue(a);
        if (verb === 's' && prec !== undefined) s = s.slice(0, prec);
        break;
      case 'q':
        s = JSON.stringify(formatValue(a));
        break;
      case 'd':
        s = typeof a === 'number' ? String(Math.trunc(a)) : `%!d(${typeof a}=${formatValue(a)})`;
        break;
      case 'f':
      case 'F':
        s = special(num) ?? num.toFixed(prec ?? 6);
        if (num === 0) s = (0).toFixed(prec ?? 6);
        break;
      case 'e':
        s = special(num) ?? goExpFixed(num, prec ?? 6);
        break;
      case 'g':
        s = prec === undefined ? goFloat(num) : goG(num, prec);
        break;
      case 'x':
        s = typeof a === 'number' ? Math.trunc(a).toString(16) : Buffer.from(String(a)).toString('hex');
        break;
      default:
        s = `%!${verb}(${formatValue(a)})`;
    }
    if (flags.includes('+') && typeof a === 'number' && num >= 0 && !s.startsWith('+')) s = `+${s}`;
    const width = widthS === '' ? 0 : Number(widthS);
    if (s.length < width) {
      const pad = (flags.includes('0') && !flags.includes('-') ? '0' : ' ').repeat(width - s.length);
      s = flags.includes('-') ? s + pad : pad + s;
    }
    out += s;
  }
  if (ai < args.length) out += `%!(EXTRA ${args.slice(ai).map(formatValue).join(', ')})`;
  return out;
}

function goExpFixed(v: number, prec: number): string {
  const e = v.toExponential(prec);
  const i = e.indexOf('e');
  return goExp(e.slice(0, i), Number(e.slice(i + 1)));
}

/** How Go's text/template prints a value. */
export function formatValue(v: unknown): string {
  if (v === undefined || v === null) return '<no value>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goFloat(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(formatValue).join(' ')}]`;
  if (v instanceof Map) {
    const keys = [...v.keys()].sort();
    return `map[${keys.map((k) => `${k}:${formatValue(v.get(k))}`).join(' ')}]`;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .map((k) => formatValue(o[k]))
      .join(' ')}}`;
  }
  return String(v);
}

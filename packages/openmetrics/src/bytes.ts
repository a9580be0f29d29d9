/**
 * Byte-level building blocks shared by the OpenMetrics and Prometheus text parsers: character
 * classes for metric and label names, string decoding (Latin-1 fast path for ASCII, strict UTF-8
 * otherwise), the fast decimal-to-float conversion and the textual number grammar used for `le` and
 * `quantile` label values. Nothing here allocates unless it returns a string.
 */

/** Bit set per byte: 1 metric name start, 2 metric name char, 4 label name start, 8 label name char. */
export const CLS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const digit = c >= 48 && c <= 57;
  let bits = 0;
  if (alpha || c === 95 || c === 58) bits |= 1 | 2;
  if (digit) bits |= 2;
  if (alpha || c === 95) bits |= 4 | 8;
  if (digit) bits |= 8;
  CLS[c] = bits;
}

/** Exact powers of ten: every 10^k with k <= 22 is representable, which is what makes the fast path exact. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as UTF-8, throwing `TypeError` on malformed input. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  return utf8.decode(bytes.subarray(start, end));
}

/** Decodes bytes known to be ASCII. */
export function decodeAscii(bytes: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 0) return '';
  if (n === 1) return String.fromCharCode(bytes[start]!);
  if (Buffer.isBuffer(bytes)) return bytes.toString('latin1', start, end);
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, n).toString('latin1');
}

/** Number of Unicode code points in a JS string (surrogate pairs count once). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * Parses a string against the OpenMetrics `number` rule (realnumber, case-insensitive
 * [sign] inf/infinity, nan). Returns undefined when the text is not a number.
 */
export function parseNumberText(s: string): number | undefined {
  const n = s.length;
  if (n === 0) return undefined;
  let i = 0;
  const c0 = s.charCodeAt(0);
  if (c0 === 43 || c0 === 45) i = 1;
  const c1 = s.charCodeAt(i);
  if (!isDigit(c1) && c1 !== 46) {
    const rest = s.slice(i).toLowerCase();
    if (rest === 'inf' || rest === 'infinity') return c0 === 45 ? -Infinity : Infinity;
    if (rest === 'nan') return i === 0 ? Number.NaN : undefined;
  }
  let digits = 0;
  while (i < n && isDigit(s.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (i < n && s.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return undefined;
  if (i < n && (s.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < n && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) i++;
    let ed = 0;
    while (i < n && isDigit(s.charCodeAt(i))) {
      i++;
      ed++;
    }
    if (ed === 0) return undefined;
  }
  if (i !== n) return undefined;
  return Number(s);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Writes the model as OpenMetrics 1.0 text. Numbers use the shortest representation that reads
 * back to the same float64 (JavaScript's `Number#toString`), with `+Inf`, `-Inf`, `NaN` and `-0`
 * spelled out, so `parse(serialize(f))` gives back the same model: timestamps such as
 * `1764282000.123` survive exactly. Metadata is written in the spec's recommended order TYPE, UNIT,
 * HELP; a family of type unknown without help or unit still gets its TYPE line. The serializer
 * trusts the model: it escapes strings but does not re-validate names or type rules.
 */

import type { Exemplar, LabelPair, MetricFamily } from './model.ts';

/** Formats a float64 for the wire: shortest round-trip decimal, `+Inf`/`-Inf`/`NaN`, `-0`. */
export function formatNumber(v: number): string {
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (Number.isNaN(v)) return 'NaN';
  if (v === 0 && 1 / v < 0) return '-0';
  return String(v);
}

export function escapeLabelValue(s: string): string {
  if (!needsEscape(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) out += '\\\\';
    else if (c === 34) out += '\\"';
    else if (c === 10) out += '\\n';
    else out += s[i];
  }
  return out;
}

function needsEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 || c === 34 || c === 10) return true;
  }
  return false;
}

function writeLabels(labels: readonly LabelPair[]): string {
  let out = '{';
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (i > 0) out += ',';
    out += `${l.name}="${escapeLabelValue(l.value)}"`;
  }
  return `${out}}`;
}

function writeExemplar(e: Exemplar): string {
  let out = ` # ${writeLabels(e.labels)} ${formatNumber(e.value)}`;
  if (e.timestamp !== undefined) out += ` ${formatNumber(e.timestamp)}`;
  return out;
}

/** Serializes families in order, ending with `# EOF\n`. */
export function serialize(families: readonly MetricFamily[]): string {
  const parts: string[] = [];
  for (const f of families) {
    parts.push(`# TYPE ${f.name} ${f.type}\n`);
    if (f.unit !== undefined && f.unit !== '') parts.push(`# UNIT ${f.name} ${f.unit}\n`);
    if (f.help !== undefined && f.help !== '') parts.push(`# HELP ${f.name} ${escapeLabelValue(f.help)}\n`);
    let chunk = '';
    for (const s of f.samples) {
      let line = s.name;
      if (s.labels.length > 0) line += writeLabels(s.labels);
      line += ` ${formatNumber(s.value)}`;
      if (s.timestamp !== undefined) line += ` ${formatNumber(s.timestamp)}`;
      if (s.exemplar !== undefined) line += writeExemplar(s.exemplar);
      chunk += `${line}\n`;
      if (chunk.length > 65536) {
        parts.push(chunk);
        chunk = '';
      }
    }
    if (chunk.length > 0) parts.push(chunk);
  }
  parts.push('# EOF\n');
  return parts.join('');
}

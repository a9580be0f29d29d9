/**
 * HTTP/XML input: fetches an XML document (GET, or POST with a body; basic auth; the charset from
 * the response, ISO-8859-1 being common on PLCs) and maps values with XPath-like expressions, as a
 * Wago controller or any device that serves XML is read. Each mapped value becomes one sample; a
 * value that is missing or not a number is reported as an error while the others still deliver.
 * With `each`, one expression selects many elements (e.g. every `<variable>`), each giving a sample
 * whose labels come from relative paths (`labelsFrom: {variable: "@name"}`).
 */
import type { HttpInputConfig } from '../config.ts';
import { DeviceError } from '../errors.ts';
import type { MetricMeta } from '../profile.ts';
import type { DeviceSample, PollResult, Source } from '../source.ts';
import { type CompiledPath, compileXPath, evaluateXPath, parseXml, selectElements } from './xpath.ts';

interface Mapping {
  metric: MetricMeta;
  path: CompiledPath;
  each: CompiledPath | undefined;
  labelsFrom: [string, CompiledPath][];
  scale: number;
  labels: Record<string, string>;
}

export class HttpXmlSource implements Source {
  readonly description: string;
  readonly metrics: MetricMeta[] = [];
  readonly identityLabels = undefined;
  private readonly mappings: Mapping[] = [];

  constructor(private readonly cfg: HttpInputConfig) {
    this.description = `http-xml ${cfg.url}`;
    const seen = new Set<string>();
    for (const m of cfg.metrics) {
      const meta: MetricMeta = { name: m.name, type: m.type, unit: m.unit, help: m.help };
      if (!seen.has(m.name)) {
        this.metrics.push(meta);
        seen.add(m.name);
      }
      this.mappings.push({
        metric: meta,
        path: compileXPath(m.path, !!m.each),
        each: m.each ? compileXPath(m.each) : undefined,
        labelsFrom: Object.entries(m.labelsFrom ?? {}).map(([k, v]) => [k, compileXPath(v, true)]),
        scale: m.scale,
        labels: m.labels ?? {},
      });
    }
  }

  async poll(): Promise<PollResult> {
    const started = Date.now();
    const samples: DeviceSample[] = [];
    const errors: DeviceError[] = [];
    try {
      const headers: Record<string, string> = {};
      if (this.cfg.username !== undefined)
        headers.authorization = `Basic ${Buffer.from(`${this.cfg.username}:${this.cfg.password ?? ''}`).toString('base64')}`;
      const res = await fetch(this.cfg.url, {
        method: this.cfg.method,
        body: this.cfg.method === 'POST' ? (this.cfg.body ?? '') : undefined,
        headers,
        signal: AbortSignal.timeout(this.cfg.timeout),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
      const charset = /charset=([^;]+)/i.exec(res.headers.get('content-type') ?? '')?.[1]?.trim() ?? 'utf-8';
      const text = new TextDecoder(charset).decode(await res.arrayBuffer());
      const doc = await parseXml(text);
      const t = Date.now();
      for (const m of this.mappings) {
        if (m.each) {
          for (const el of selectElements(doc, m.each)) {
            const v = Number(evaluateXPath(el, m.path)[0] ?? Number.NaN);
            if (Number.isNaN(v)) continue;
            const labels = { ...m.labels };
            for (const [k, p] of m.labelsFrom) {
              const lv = evaluateXPath(el, p)[0];
              if (lv) labels[k] = lv;
            }
            samples.push({ metric: m.metric.name, labels, value: v * m.scale, timeMs: t });
          }
          continue;
        }
        const found = evaluateXPath(doc, m.path);
        const v = found.length ? Number(found[0]) : Number.NaN;
        if (found.length === 0 || found[0] === '' || Number.isNaN(v)) {
          errors.push(
            new DeviceError(
              'INPUT_FAILED',
              `${this.description}: ${m.path.source} gave ${found.length ? JSON.stringify(found[0]) : 'no match'}, not a number`,
            ),
          );
          continue;
        }
        samples.push({ metric: m.metric.name, labels: m.labels, value: v * m.scale, timeMs: t });
      }
    } catch (err) {
      if (err instanceof DeviceError) errors.push(err);
      else
        errors.push(
          new DeviceError('INPUT_FAILED', `${this.description}: ${(err as Error).message}`, { cause: err }),
        );
    }
    return { samples, errors, requests: 1, durationMs: Date.now() - started };
  }

  async close(): Promise<void> {}
}

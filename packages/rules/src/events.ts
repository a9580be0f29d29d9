/**
 * Events: discrete things that happened at a place in the plant (a phase lost, a door opened, a
 * rule fired), as opposed to samples. An event carries its time (ms), tenant, the sensor-path
 * labels of where it happened plus optional extra labels, a type, a severity, a message, free
 * attributes and an optional value. Edge agents publish them as JSON on `<path>/events`; rules and
 * stream processors emit them; the format is written down in docs/format/events.md.
 */
import { type SensorPath, sensorPathLabels } from '@sensorpath/protocol';
import { z } from 'zod';
import { RulesError } from './errors.ts';

export const SEVERITIES = ['debug', 'info', 'warning', 'error', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type EventSource = 'edge' | 'rule' | 'processor' | 'api';

export interface SensorEvent {
  /** Per-tenant sequence number assigned by the store (0 before it is stored). */
  seq: number;
  /** When it happened, ms since the epoch. */
  time: number;
  tenant: string;
  /** Sensor-path labels (`enterprise` … `device`) and any extra labels. */
  labels: Record<string, string>;
  type: string;
  severity: Severity;
  message: string;
  attributes: Record<string, string | number | boolean>;
  value?: number;
  source: EventSource;
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPE = /^[a-zA-Z_][a-zA-Z0-9_.:-]{0,127}$/;

/** One event as an edge agent publishes it (see docs/format/events.md). */
const edgeEventSchema = z.strictObject({
  time: z.union([z.number().finite(), z.iso.datetime({ offset: true })]).optional(),
  type: z.string().regex(TYPE, 'letters, digits, "_", ".", ":" or "-", starting with a letter or "_"'),
  severity: z.enum(SEVERITIES).default('info'),
  message: z.string().max(4096).default(''),
  labels: z.record(z.string().regex(LABEL_NAME, 'a label name'), z.string().max(1024)).default({}),
  attributes: z
    .record(z.string().max(128), z.union([z.string().max(4096), z.number(), z.boolean()]))
    .default({}),
  value: z.number().optional(),
});

export type EdgeEvent = z.input<typeof edgeEventSchema>;

/**
 * Parses the JSON payload of `<path>/events`: one event object or an array of them. Sensor-path
 * labels come from the topic and override labels of the same name in the payload. A missing
 * `time` takes the arrival time. Throws RULES_EVENT_INVALID naming the field and the fix.
 */
export function parseEdgeEvents(
  path: SensorPath,
  payload: Uint8Array | string,
  arrivalMs: number,
): SensorEvent[] {
  const text = typeof payload === 'string' ? payload : Buffer.from(payload).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RulesError('RULES_EVENT_INVALID', `event payload is not JSON: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const items = Array.isArray(json) ? json : [json];
  return items.map((item, i) => {
    const r = edgeEventSchema.safeParse(item);
    if (!r.success) {
      const iss = r.error.issues[0];
      const where = [Array.isArray(json) ? `[${i}]` : '', ...(iss?.path ?? []).map(String)]
        .filter(Boolean)
        .join('.');
      throw new RulesError(
        'RULES_EVENT_INVALID',
        `invalid event${where ? ` at ${where}` : ''}: ${iss?.message ?? 'invalid'} (see docs/format/events.md)`,
      );
    }
    const e = r.data;
    const time = e.time === undefined ? arrivalMs : typeof e.time === 'number' ? e.time : Date.parse(e.time);
    const labels: Record<string, string> = { ...e.labels };
    for (const [k, v] of sensorPathLabels(path)) labels[k] = v;
    const out: SensorEvent = {
      seq: 0,
      time: Math.round(time),
      tenant: path.enterprise,
      labels,
      type: e.type,
      severity: e.severity,
      message: e.message,
      attributes: e.attributes,
      source: 'edge',
    };
    if (e.value !== undefined) out.value = e.value;
    return out;
  });
}

/** The JSON shape served by the API (times in ms, as stored). */
export function eventJson(e: SensorEvent): Record<string, unknown> {
  const o: Record<string, unknown> = {
    seq: e.seq,
    time: e.time,
    tenant: e.tenant,
    labels: e.labels,
    type: e.type,
    severity: e.severity,
    message: e.message,
    attributes: e.attributes,
    source: e.source,
  };
  if (e.value !== undefined) o.value = e.value;
  return o;
}

/**
 * The event as a Grafana annotation (`time`, `timeEnd`, `title`, `text`, `tags`), the shape the
 * JSON/Infinity data sources and SimpleJSON-style annotation queries map without transformation.
 */
export function eventAnnotation(e: SensorEvent): Record<string, unknown> {
  return {
    time: e.time,
    timeEnd: e.time,
    title: `${e.type} (${e.severity})`,
    text: e.message,
    tags: [e.type, e.severity, ...Object.entries(e.labels).map(([k, v]) => `${k}:${v}`)],
  };
}

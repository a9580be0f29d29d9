/**
 * The sensor path: where a device sits in the plant, in ISA-95 terms, and therefore where its data
 * goes on the broker. Five segments `enterprise/site/area/line/device`; each becomes a label of that
 * name on every series the device produces, and the enterprise is the tenant. Topics put a kind
 * after the path: `<path>/metrics` (OpenMetrics text), and later `/events`, `/state`, `/config`.
 * The scheme is written down in docs/format/sensor-path.md; keep the two in step.
 */

export const SENSOR_PATH_LEVELS = ['enterprise', 'site', 'area', 'line', 'device'] as const;
export type SensorPathLevel = (typeof SENSOR_PATH_LEVELS)[number];
export type SensorPath = Readonly<Record<SensorPathLevel, string>>;

/** Topic kinds that sit beside `/metrics` under a sensor path. */
export const TOPIC_KINDS = ['metrics', 'events', 'state', 'config'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** Segment rule: what a label value and an MQTT topic level can both carry safely. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class SensorPathError extends Error {
  readonly code = 'SENSOR_PATH_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'SensorPathError';
  }
}

/**
 * Parses `enterprise/site/area/line/device`. Throws a `SensorPathError` that names the bad segment
 * and what is allowed.
 */
export function parseSensorPath(text: string): SensorPath {
  const parts = text.split('/');
  if (parts.length !== SENSOR_PATH_LEVELS.length) {
    throw new SensorPathError(
      `sensor path ${JSON.stringify(text)} has ${parts.length} segment(s); it needs exactly 5: ` +
        'enterprise/site/area/line/device (e.g. acme/berlin/assembly/line1/meter1)',
    );
  }
  const out: Record<string, string> = {};
  parts.forEach((seg, i) => {
    const level = SENSOR_PATH_LEVELS[i]!;
    if (!SEGMENT.test(seg)) {
      throw new SensorPathError(
        `sensor path segment ${level}=${JSON.stringify(seg)} is invalid: use 1-64 characters of ` +
          'letters, digits, "_", "." or "-", starting with a letter or digit (no "/", "+", "#" or spaces)',
      );
    }
    out[level] = seg;
  });
  return out as SensorPath;
}

export function formatSensorPath(p: SensorPath): string {
  return SENSOR_PATH_LEVELS.map((l) => p[l]).join('/');
}

export function topicFor(p: SensorPath, kind: TopicKind): string {
  return `${formatSensorPath(p)}/${kind}`;
}

/** Splits a topic into its sensor path and kind, or returns undefined if it is not ours. */
export function parseTopic(topic: string): { path: SensorPath; kind: TopicKind } | undefined {
  const i = topic.lastIndexOf('/');
  if (i < 0) return undefined;
  const kind = topic.slice(i + 1) as TopicKind;
  if (!TOPIC_KINDS.includes(kind)) return undefined;
  try {
    return { path: parseSensorPath(topic.slice(0, i)), kind };
  } catch {
    return undefined;
  }
}

/** The sensor path as labels, in level order. */
export function sensorPathLabels(p: SensorPath): [string, string][] {
  return SENSOR_PATH_LEVELS.map((l) => [l, p[l]]);
}

/**
 * Builds the OpenMetrics message of one device poll: one family per profile metric (with TYPE, UNIT
 * and HELP), every sample carrying its register labels, the device's identity labels (e.g. serial)
 * and the configured context labels, stamped in milliseconds; then the agent's self-metrics for the
 * device. Sensor-path labels are not repeated in the payload: the server derives them from the
 * topic (docs/format/sensor-path.md).
 */
import { type LabelPair, type MetricFamily, type MetricSample, serialize } from '@sensorpath/openmetrics';
import type { MetricMeta } from './profile.ts';
import type { DeviceSample } from './source.ts';

export interface DeviceStats {
  up: boolean;
  pollDurationSeconds: number;
  requests: number;
  errorsTotal: number;
  pollsTotal: number;
}

/** The agent's own state at the time of the message (store-and-forward queue). */
export interface AgentStats {
  queueDepth: number;
  droppedMessages: number;
  droppedSamples: number;
  inflight: number;
}

export function buildMessage(
  metrics: readonly MetricMeta[],
  samples: readonly DeviceSample[],
  context: Readonly<Record<string, string>>,
  stats: DeviceStats,
  deviceLabels: Readonly<Record<string, string>>,
  timeMs: number,
  agent?: AgentStats,
): string {
  const byMetric = new Map<string, MetricSample[]>();
  for (const s of samples) {
    let arr = byMetric.get(s.metric);
    if (!arr) {
      arr = [];
      byMetric.set(s.metric, arr);
    }
    arr.push({
      name: s.metric,
      labels: samplePairs(context, s.labels),
      value: s.value,
      timestamp: s.timeMs / 1000,
    });
  }
  const families: MetricFamily[] = [];
  for (const m of metrics) {
    const arr = byMetric.get(m.name);
    if (!arr || arr.length === 0) continue;
    if (m.type === 'counter') for (const s of arr) s.name = `${m.name}_total`;
    const fam: MetricFamily = { name: m.name, type: m.type, samples: arr };
    if (m.unit) fam.unit = m.unit;
    if (m.help) fam.help = m.help;
    families.push(fam);
  }
  const ts = timeMs / 1000;
  const self = samplePairs(context, deviceLabels);
  const g = (
    name: string,
    help: string,
    value: number,
    type: 'gauge' | 'counter' = 'gauge',
    unit?: string,
  ): MetricFamily => {
    const fam: MetricFamily = {
      name,
      type,
      help,
      samples: [{ name: type === 'counter' ? `${name}_total` : name, labels: self, value, timestamp: ts }],
    };
    if (unit) fam.unit = unit;
    return fam;
  };
  families.push(
    g(
      'sensorpath_device_up',
      'Whether the last poll of the device succeeded (1) or not (0).',
      stats.up ? 1 : 0,
    ),
    g(
      'sensorpath_device_poll_duration_seconds',
      'Duration of the last poll.',
      stats.pollDurationSeconds,
      'gauge',
      'seconds',
    ),
    g('sensorpath_device_poll_requests', 'Requests sent in the last poll.', stats.requests),
    g('sensorpath_device_polls', 'Polls since the agent started.', stats.pollsTotal, 'counter'),
    g(
      'sensorpath_device_poll_errors',
      'Failed requests since the agent started.',
      stats.errorsTotal,
      'counter',
    ),
  );
  if (agent) {
    families.push(
      g(
        'sensorpath_edge_queue_depth_messages',
        'Messages in the store-and-forward queue, not yet acknowledged by the broker.',
        agent.queueDepth,
        'gauge',
        'messages',
      ),
      g(
        'sensorpath_edge_queue_inflight_messages',
        'Messages sent to the broker and awaiting PUBACK.',
        agent.inflight,
        'gauge',
        'messages',
      ),
      g(
        'sensorpath_edge_dropped_messages',
        'Messages dropped because the queue was full (drop-oldest).',
        agent.droppedMessages,
        'counter',
        'messages',
      ),
      g(
        'sensorpath_edge_dropped_samples',
        'Samples in the dropped messages.',
        agent.droppedSamples,
        'counter',
        'samples',
      ),
    );
  }
  return serialize(families);
}

/**
 * Sorted label pairs of a sample: context labels overridden by the sample's. Cached per (context,
 * sample labels) object pair, since a Modbus device hands out the same labels object for a point on
 * every poll (ModbusDevice) and the agent the same context: a poll then sorts nothing. The pairs are
 * shared between messages and never changed. Sources that build fresh label objects per poll just
 * miss the cache; the entries go with their objects.
 */
const pairCache = new WeakMap<object, WeakMap<object, LabelPair[]>>();

function samplePairs(
  context: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): LabelPair[] {
  let byLabels = pairCache.get(context);
  if (!byLabels) {
    byLabels = new WeakMap();
    pairCache.set(context, byLabels);
  }
  let pairs = byLabels.get(labels);
  if (!pairs) {
    pairs = toPairs({ ...context, ...labels });
    byLabels.set(labels, pairs);
  }
  return pairs;
}

function toPairs(rec: Readonly<Record<string, string>>): LabelPair[] {
  return Object.keys(rec)
    .sort()
    .map((name) => ({ name, value: rec[name]! }));
}

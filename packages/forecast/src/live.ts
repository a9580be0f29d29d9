/**
 * Live mode of the virtual machine: publishes a reading every interval as OpenMetrics on
 * `<path>/metrics` over MQTT (QoS 1), exactly as an edge agent does, so the server stores it like
 * any device. Readings carry their own timestamps; the machine's state is the same function of time
 * as in a backfill, so live data continues a backfilled history seamlessly.
 */
import { serialize } from '@sensorpath/openmetrics';
import { type SensorPath, topicFor } from '@sensorpath/protocol';
import { connectAsync } from 'mqtt';
import { Machine, type MachineOptions, machineFamilies } from './machine.ts';

export interface LiveOptions extends MachineOptions {
  brokerUrl: string;
  path: SensorPath;
  clientId?: string;
  /** Stops publishing when aborted. */
  signal: AbortSignal;
  /** Receives one line per failed publish (the next interval retries with fresh data). */
  onError?: (err: Error) => void;
  /** Called after each publish with the reading's time. */
  onPublish?: (t: number) => void;
  now?: () => number;
}

export async function runMachineLive(opts: LiveOptions): Promise<void> {
  const now = opts.now ?? Date.now;
  const machine = new Machine(opts);
  const client = await connectAsync(opts.brokerUrl, {
    clientId: opts.clientId ?? `sensorpath-machine-${process.pid}`,
    reconnectPeriod: 1000,
  });
  const topic = topicFor(opts.path, 'metrics');
  try {
    let last = -1;
    while (!opts.signal.aborted) {
      const r = machine.at(now());
      if (r.t !== last) {
        last = r.t;
        try {
          await client.publishAsync(topic, serialize(machineFamilies(r)), { qos: 1 });
          opts.onPublish?.(r.t);
        } catch (err) {
          opts.onError?.(err as Error);
        }
      }
      const wait = r.t + machine.intervalMs - now();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(5, wait));
        opts.signal.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
      });
    }
  } finally {
    await client.endAsync();
  }
}

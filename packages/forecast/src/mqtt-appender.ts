/**
 * An `Appendable` that writes over MQTT: samples appended to a batch are published on commit as
 * one OpenMetrics message (with timestamps) to `<path>/metrics`, so the server stores them like any
 * device's data and gives them the sensor-path labels of `path`. The publish is QoS 1 and `commit`
 * resolves when the broker acknowledged it, which for the sensorpath server means stored.
 * `__name__` becomes the sample name; every other label is written as is.
 */
import { type MetricFamily, serialize } from '@sensorpath/openmetrics';
import { type SensorPath, topicFor } from '@sensorpath/protocol';
import type { Appendable, Appender, Labels, SeriesRef } from '@sensorpath/storage';
import type { MqttClient } from 'mqtt';

export class MqttAppendable implements Appendable {
  constructor(
    private readonly client: MqttClient,
    private readonly path: SensorPath,
  ) {}

  appender(): Appender {
    const fams = new Map<string, MetricFamily>();
    let done = false;
    const check = () => {
      if (done) throw new Error('appender already committed or rolled back');
    };
    return {
      append: (_ref: SeriesRef, labels: Labels, t: number, v: number): SeriesRef => {
        check();
        let name = '';
        const ls: { name: string; value: string }[] = [];
        for (const l of labels) {
          if (l.name === '__name__') name = l.value;
          else ls.push({ name: l.name, value: l.value });
        }
        let f = fams.get(name);
        if (!f) {
          f = { name, type: 'gauge', samples: [] };
          fams.set(name, f);
        }
        f.samples.push({ name, labels: ls, value: v, timestamp: t / 1000 });
        return 0;
      },
      commit: async () => {
        check();
        done = true;
        if (fams.size === 0) return;
        await this.client.publishAsync(topicFor(this.path, 'metrics'), serialize([...fams.values()]), {
          qos: 1,
        });
      },
      rollback: async () => {
        done = true;
      },
    };
  }
}

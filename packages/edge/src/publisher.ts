/**
 * Publishes to the broker with QoS 1. While the broker is unreachable, mqtt.js keeps QoS 1 messages
 * in its outgoing store and sends them in order after reconnecting (in memory for now; the
 * disk-backed store-and-forward queue replaces this store without changing callers). The agent's
 * state is announced retained on `<path>/state`, with a last will saying "offline".
 */
import { connect, type IClientOptions, type MqttClient } from 'mqtt';

export interface PublisherOptions {
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  stateTopic: string;
  birth: Record<string, unknown>;
  logger: { info(o: object, msg: string): void; warn(o: object, msg: string): void };
}

export class MqttPublisher {
  private readonly client: MqttClient;
  private connectedOnce = false;
  published = 0;
  acked = 0;
  failed = 0;

  constructor(private readonly opts: PublisherOptions) {
    const mqttOpts: IClientOptions = {
      clientId: opts.clientId,
      protocolVersion: 4,
      clean: false,
      reconnectPeriod: 1000,
      connectTimeout: 5000,
      will: {
        topic: opts.stateTopic,
        payload: Buffer.from(JSON.stringify({ ...opts.birth, state: 'offline' })),
        qos: 1,
        retain: true,
      },
    };
    if (opts.username) mqttOpts.username = opts.username;
    if (opts.password) mqttOpts.password = opts.password;
    this.client = connect(opts.url, mqttOpts);
    this.client.on('connect', () => {
      opts.logger.info(
        { broker: opts.url },
        this.connectedOnce ? 'reconnected to broker' : 'connected to broker',
      );
      this.connectedOnce = true;
      this.client.publish(
        opts.stateTopic,
        JSON.stringify({ ...opts.birth, state: 'online', since: new Date().toISOString() }),
        {
          qos: 1,
          retain: true,
        },
      );
    });
    this.client.on('offline', () =>
      opts.logger.warn({ broker: opts.url }, 'broker unreachable; messages queue until it is back'),
    );
    this.client.on('error', (err) =>
      opts.logger.warn({ broker: opts.url, err: err.message }, 'broker connection error'),
    );
  }

  get connected(): boolean {
    return this.client.connected;
  }

  /** Resolves when the broker acknowledged the message (PUBACK). */
  publish(topic: string, payload: string): Promise<void> {
    this.published++;
    return new Promise((resolve, reject) => {
      this.client.publish(topic, payload, { qos: 1 }, (err) => {
        if (err) {
          this.failed++;
          reject(err);
        } else {
          this.acked++;
          resolve();
        }
      });
    });
  }

  async close(): Promise<void> {
    if (this.client.connected) {
      await new Promise<void>((resolve) =>
        this.client.publish(
          this.opts.stateTopic,
          JSON.stringify({ ...this.opts.birth, state: 'offline' }),
          { qos: 1, retain: true },
          () => resolve(),
        ),
      );
    }
    await this.client.endAsync();
  }
}

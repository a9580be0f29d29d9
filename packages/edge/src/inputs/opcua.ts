/**
 * OPC UA input: one client session per configured endpoint, one subscription with a monitored item
 * per node (sampling interval `samplingInterval`, queue size 1). The server pushes changes; each poll
 * publishes the latest value of every node that has one, stamped with the poll time (the message is
 * a snapshot of the device, like a Modbus poll). The session is opened in the background on the
 * first poll and re-established by node-opcua's reconnection; until values arrive the poll reports
 * the connection problem. node-opcua is loaded only when an OPC UA input is configured (it is large).
 */
import type { OpcuaInputConfig } from '../config.ts';
import { DeviceError } from '../errors.ts';
import type { MetricMeta } from '../profile.ts';
import type { DeviceSample, PollResult, Source } from '../source.ts';

type Opcua = typeof import('node-opcua');
type Client = InstanceType<Opcua['OPCUAClient']>;
type Session = import('node-opcua').ClientSession;
type Subscription = InstanceType<Opcua['ClientSubscription']>;

interface Logger {
  warn(o: object, msg: string): void;
}

export class OpcuaSource implements Source {
  readonly description: string;
  readonly metrics: MetricMeta[] = [];
  readonly identityLabels = undefined;
  private readonly latest = new Map<number, number>();
  private client: Client | undefined;
  private session: Session | undefined;
  private subscription: Subscription | undefined;
  private starting: Promise<void> | undefined;
  private lastError: string | undefined;
  private closed = false;

  constructor(
    private readonly cfg: OpcuaInputConfig,
    private readonly logger: Logger,
    /** Folder of the client's PKI store (own certificate, trusted servers). */
    private readonly pkiDir?: string,
  ) {
    this.description = `opcua ${cfg.endpoint}`;
    const seen = new Set<string>();
    for (const n of cfg.nodes)
      if (!seen.has(n.name)) {
        seen.add(n.name);
        this.metrics.push({ name: n.name, type: n.type, unit: n.unit, help: n.help });
      }
  }

  private async start(): Promise<void> {
    const ua: Opcua = await import('node-opcua');
    const client = ua.OPCUAClient.create({
      applicationName: 'sensorpath-edge',
      ...(this.pkiDir
        ? {
            clientCertificateManager: new ua.OPCUACertificateManager({
              rootFolder: this.pkiDir,
              automaticallyAcceptUnknownCertificate: true,
            }),
          }
        : {}),
      endpointMustExist: false,
      connectionStrategy: { initialDelay: 500, maxDelay: 10_000, maxRetry: 1_000_000 },
      keepSessionAlive: true,
    });
    this.client = client;
    await client.connect(this.cfg.endpoint);
    if (this.closed) return;
    const session = await client.createSession();
    this.session = session;
    const sub = ua.ClientSubscription.create(session, {
      requestedPublishingInterval: Math.max(50, Math.min(this.cfg.interval, this.cfg.samplingInterval)),
      requestedLifetimeCount: 600,
      requestedMaxKeepAliveCount: 20,
      maxNotificationsPerPublish: 1000,
      publishingEnabled: true,
      priority: 1,
    });
    this.subscription = sub;
    this.cfg.nodes.forEach((n, i) => {
      const item = ua.ClientMonitoredItem.create(
        sub,
        { nodeId: n.nodeId, attributeId: ua.AttributeIds.Value },
        { samplingInterval: this.cfg.samplingInterval, discardOldest: true, queueSize: 1 },
        ua.TimestampsToReturn.Both,
      );
      item.on('changed', (dv) => {
        const v = dv.value?.value;
        const num = typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : Number(v);
        if (dv.statusCode.isGood() && Number.isFinite(num)) this.latest.set(i, num * n.scale);
        else this.latest.delete(i);
      });
      item.on('err', (msg: string) => {
        this.lastError = `${n.nodeId}: ${msg}`;
      });
    });
  }

  async poll(): Promise<PollResult> {
    const started = Date.now();
    const samples: DeviceSample[] = [];
    const errors: DeviceError[] = [];
    if (!this.starting) {
      this.starting = this.start().catch((err: Error) => {
        this.lastError = err.message;
        this.logger.warn({ endpoint: this.cfg.endpoint, err: err.message }, 'OPC UA session failed');
        this.starting = undefined;
        void this.close(false);
      });
    }
    const t = Date.now();
    this.cfg.nodes.forEach((n, i) => {
      const v = this.latest.get(i);
      if (v !== undefined) samples.push({ metric: n.name, labels: { ...n.labels }, value: v, timeMs: t });
    });
    if (samples.length < this.cfg.nodes.length) {
      const missing = this.cfg.nodes.filter((_, i) => !this.latest.has(i)).map((n) => n.nodeId);
      errors.push(
        new DeviceError(
          'INPUT_FAILED',
          `${this.description}: no value yet for ${missing.slice(0, 5).join(', ')}${this.lastError ? ` (${this.lastError})` : ''}`,
        ),
      );
    }
    return { samples, errors, requests: 0, durationMs: Date.now() - started };
  }

  async close(final = true): Promise<void> {
    if (final) this.closed = true;
    if (final) await this.starting?.catch(() => {});
    const { subscription, session, client } = this;
    this.subscription = undefined;
    this.session = undefined;
    this.client = undefined;
    await subscription?.terminate().catch(() => {});
    await session?.close().catch(() => {});
    await client?.disconnect().catch(() => {});
  }
}

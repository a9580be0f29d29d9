/**
 * Access control shared by the broker and the HTTP side: resolves the principal of a request or an
 * MQTT connection (open mode gives the anonymous principal, only while no user exists), and logs
 * and counts every refusal by channel and reason, so `/metrics` shows
 * `sensorpath_auth_refusals_total{channel,reason}` and each refusal has one warning line with the
 * user, tenant and what was attempted.
 */
import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, AuthError, type Authenticator, type Principal } from '@sensorpath/auth';
import type { Logger } from 'pino';

export type Channel = 'mqtt' | 'http';

export class Access {
  /** Refusals by `channel reason`. */
  readonly refusals = new Map<string, { channel: Channel; reason: string; count: number }>();

  constructor(
    readonly auth: Authenticator,
    private readonly log: Logger,
  ) {}

  /** Open mode: no users and no OIDC provider, so anonymous clients are accepted (loopback only). */
  get open(): boolean {
    return !this.auth.required();
  }

  /**
   * The principal of an HTTP request: from `Authorization` (Bearer or Basic), or anonymous in open
   * mode when no credentials are sent. Refusals are counted here; the caller only answers.
   */
  async http(req: IncomingMessage): Promise<Principal> {
    const header = req.headers.authorization;
    try {
      if (!header) {
        if (this.open) return ANONYMOUS;
        throw new AuthError(
          'AUTH_REQUIRED',
          'authentication required: send "Authorization: Bearer <token>" (or Basic user:token) with a token from "sensorpath user create"',
        );
      }
      return (await this.auth.fromHeader(header))!;
    } catch (err) {
      if (err instanceof AuthError) this.refuse('http', err, { url: req.url, method: req.method });
      throw err;
    }
  }

  /** Logs and counts a refusal. */
  refuse(channel: Channel, err: AuthError, ctx: Record<string, unknown>): void {
    const key = `${channel} ${err.reason}`;
    const r = this.refusals.get(key);
    if (r) r.count++;
    else this.refusals.set(key, { channel, reason: err.reason, count: 1 });
    this.log.warn({ channel, code: err.code, ...ctx }, err.message);
  }

  /** Total refusals of a channel (all reasons), for tests and reports. */
  total(channel?: Channel): number {
    let n = 0;
    for (const r of this.refusals.values()) if (channel === undefined || r.channel === channel) n += r.count;
    return n;
  }
}

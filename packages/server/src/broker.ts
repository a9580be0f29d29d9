/**
 * The embedded MQTT broker (Aedes, MQTT 3.1.1). Ingestion runs inside `authorizePublish`, before
 * Aedes writes the PUBACK: a QoS 1 publish to `…/metrics` is acknowledged only after its samples are
 * committed to storage, so an acknowledged sample is never lost. A malformed payload is logged,
 * counted and acknowledged (resending it would never succeed); a storage failure is not
 * acknowledged, so the publisher keeps the message and sends it again.
 *
 * Authorisation: a client connects with a user name and a token (or a JWT as password); the
 * principal found then decides every publish, subscribe and delivery. Its scope bounds the topics
 * (MQTT wildcard semantics), so its tenant is the one of the credentials, never of the topic. A
 * publish outside the scope closes the connection (MQTT 3.1.1 allows closing or acknowledging;
 * closing makes the refusal visible at the sender); a subscription outside it gets the SUBACK
 * failure code 0x80; a delivery outside it is dropped (defence in depth). Limit refusals: a payload
 * too large or a series beyond the limit is acknowledged and not stored (resending cannot help);
 * a message over the sample rate is not acknowledged, so the agent resends it after reconnecting.
 * Open mode (no users) accepts anonymous clients with full rights, as before. Revoked users are
 * disconnected within seconds; a client id in use by another user is refused, so one tenant cannot
 * take over another's session.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import {
  ANONYMOUS,
  AuthError,
  checkPublish,
  checkSubscribe,
  type Principal,
  type TenantLimiter,
  topicMatches,
} from '@sensorpath/auth';
import { parseTopic } from '@sensorpath/protocol';
import { Aedes, type AuthenticateError, type Client } from 'aedes';
import type { Logger } from 'pino';
import type { Access } from './access.ts';
import { IngestError, type Ingestor } from './ingest.ts';

export interface BrokerHandle {
  readonly aedes: Aedes;
  readonly server: Server;
  readonly port: number;
  /** Disconnects every session of a user (after revocation). */
  disconnectUser(username: string): number;
  close(): Promise<void>;
}

export interface BrokerOptions {
  host: string;
  port: number;
  ingestor: Ingestor;
  logger: Logger;
  /** Called with each publish on `<path>/events` (stored by the rules subsystem). */
  onEvents?: ((topic: string, payload: Buffer) => void) | undefined;
  /** Authentication and refusal accounting; without it every client is anonymous (tests). */
  access?: Access | undefined;
  /** Certificate and key files: the broker then speaks MQTT over TLS only. */
  tls?: { cert: string; key: string } | undefined;
  /** Payload limits for topics other than `…/metrics` (the ingestor checks those). */
  limiter?: TenantLimiter | undefined;
  /** Called after a message of a device was handled (for last-seen and error counts). */
  onDeviceMessage?: ((topic: string, ok: boolean) => void) | undefined;
  /** How often sessions of revoked users are looked for (ms). @default 5000 */
  revocationCheckMs?: number;
}

interface Session {
  client: Client;
  principal: Principal;
}

export async function startBroker(opts: BrokerOptions): Promise<BrokerHandle> {
  const log = opts.logger;
  const access = opts.access;
  const sessions = new Map<string, Session>();
  const principalOf = (client: Client | null): Principal | undefined => {
    if (!access) return ANONYMOUS;
    if (!client) return undefined;
    const s = sessions.get(client.id);
    return s && s.client === client ? s.principal : undefined;
  };
  const refused = (err: AuthError, client: Client | null, extra: Record<string, unknown>) => {
    access?.refuse('mqtt', err, { client: client?.id, user: principalOf(client)?.username, ...extra });
  };

  const ingest = (
    client: Client | null,
    packet: { topic: string; payload: unknown },
    callback: (e?: Error | null) => void,
  ) => {
    opts.ingestor.ingestTopic(packet.topic, packet.payload as Buffer).then(
      (r) => {
        if (r.rejected > 0)
          log.warn(
            { topic: packet.topic, rejected: r.rejected, errors: r.errors },
            'some samples were refused',
          );
        opts.onDeviceMessage?.(packet.topic, true);
        callback(null);
      },
      (err: unknown) => {
        opts.onDeviceMessage?.(packet.topic, false);
        if (err instanceof AuthError) {
          refused(err, client, { topic: packet.topic });
          // Over the rate: no PUBACK, the sender keeps the message and retries after reconnecting.
          return callback(err.code === 'LIMIT_RATE' ? err : null);
        }
        if (err instanceof IngestError && err.code !== 'INGEST_STORAGE') {
          log.warn({ topic: packet.topic, client: client?.id, code: err.code }, err.message);
          callback(null);
        } else {
          log.error(
            { topic: packet.topic, err: (err as Error).message },
            'could not store message; not acknowledged',
          );
          callback(err as Error);
        }
      },
    );
  };

  const aedes = await Aedes.createBroker({
    authenticate: (client, username, password, done) => {
      if (!access) return done(null, true);
      const fail = (err: AuthError, returnCode: 4 | 5 | 2) => {
        refused(err, client, { username });
        const e = new Error(err.message) as AuthenticateError;
        e.returnCode = returnCode as AuthenticateError['returnCode'];
        done(e, false);
      };
      const accept = (p: Principal) => {
        const other = sessions.get(client.id);
        if (other && other.principal.username !== p.username && !other.client.closed) {
          return fail(
            new AuthError(
              'AUTH_SCOPE_DENIED',
              `client id ${client.id} is in use by another user; pick a unique client id`,
            ),
            2,
          );
        }
        sessions.set(client.id, { client, principal: p });
        done(null, true);
      };
      if (!password || password.length === 0) {
        if (access.open) return accept(ANONYMOUS);
        return fail(
          new AuthError(
            'AUTH_REQUIRED',
            'MQTT login required: connect with the user name and token from "sensorpath user create"',
          ),
          5,
        );
      }
      access.auth.verify(password.toString('utf8'), username ?? undefined).then(accept, (err: unknown) => {
        if (err instanceof AuthError) fail(err, 4);
        else {
          log.error({ err: (err as Error).message }, 'authentication failed unexpectedly');
          done(err as AuthenticateError, false);
        }
      });
    },

    authorizePublish: (client, packet, callback) => {
      if (packet.topic.startsWith('$')) return callback(new Error('$ topics are reserved to the broker'));
      // A will is checked here too: Aedes calls this with the disconnecting client, whose session
      // is still known, so a will outside the scope is dropped. A null client (wills left by
      // another broker instance) has no principal and is refused below; the server's own
      // publishes (fleet configs) go through `aedes.publish`, which does not come here.
      const p = principalOf(client);
      try {
        if (!p) throw new AuthError('AUTH_REQUIRED', 'not logged in');
        if (access && (p === ANONYMOUS ? !access.open : !access.auth.stillValid(p)))
          throw new AuthError(
            'AUTH_REVOKED',
            `user ${p.username} is no longer valid; reconnect with a current token`,
          );
        checkPublish(p, packet.topic);
        if (opts.limiter && !packet.topic.endsWith('/metrics'))
          opts.limiter.checkPayload(packet.topic.split('/')[0]!, (packet.payload as Buffer).length);
      } catch (err) {
        if (!(err instanceof AuthError)) return callback(err as Error);
        refused(err, client, { topic: packet.topic });
        return callback(err);
      }
      if (packet.topic.endsWith('/metrics')) return ingest(client, packet, callback);
      if (packet.topic.endsWith('/events')) opts.onEvents?.(packet.topic, packet.payload as Buffer);
      if (packet.topic.endsWith('/state') || packet.topic.endsWith('/events'))
        opts.onDeviceMessage?.(packet.topic, true);
      callback(null);
    },

    authorizeSubscribe: (client, sub, callback) => {
      const p = principalOf(client);
      try {
        if (!p) throw new AuthError('AUTH_REQUIRED', 'not logged in');
        if (p !== ANONYMOUS) checkSubscribe(p, sub.topic);
      } catch (err) {
        if (!(err instanceof AuthError)) return callback(err as Error);
        refused(err, client, { filter: sub.topic });
        return callback(null, null);
      }
      callback(null, sub);
    },

    authorizeForward: (client, packet) => {
      const p = principalOf(client);
      if (p === ANONYMOUS) return packet;
      if (!p || !topicMatches(p.scope, packet.topic)) {
        refused(
          new AuthError('AUTH_SCOPE_DENIED', `delivery of ${packet.topic} outside the scope dropped`),
          client,
          {
            topic: packet.topic,
          },
        );
        return null;
      }
      return packet;
    },
  });
  aedes.on('clientError', (client, err) =>
    log.debug({ client: client.id, err: err.message }, 'mqtt client error'),
  );
  aedes.on('clientDisconnect', (client) => {
    const s = sessions.get(client.id);
    if (s && s.client === client) sessions.delete(client.id);
  });
  const server = opts.tls
    ? createTlsServer({ cert: readFileSync(opts.tls.cert), key: readFileSync(opts.tls.key) }, aedes.handle)
    : createServer(aedes.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `MQTT port ${opts.host}:${opts.port} is already in use: stop the other process or pick another with --mqtt HOST:PORT`,
            )
          : err,
      );
    });
    server.listen(opts.port, opts.host, () => resolve());
  });
  const disconnectUser = (username: string) => {
    let n = 0;
    for (const s of sessions.values()) {
      if (s.principal.username === username) {
        s.client.close();
        n++;
      }
    }
    return n;
  };
  const sweep = access
    ? setInterval(() => {
        for (const s of sessions.values()) {
          const valid = s.principal === ANONYMOUS ? access.open : access.auth.stillValid(s.principal);
          if (!valid) {
            log.warn({ client: s.client.id, user: s.principal.username }, 'disconnecting a revoked user');
            s.client.close();
          }
        }
      }, opts.revocationCheckMs ?? 5000)
    : undefined;
  sweep?.unref();
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    aedes,
    server,
    port,
    disconnectUser,
    close: async () => {
      if (sweep) clearInterval(sweep);
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The agent path of a device topic, or undefined. */
export function topicPath(topic: string): string | undefined {
  const t = parseTopic(topic);
  return t && topic.slice(0, topic.lastIndexOf('/'));
}

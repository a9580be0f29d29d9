/**
 * The web UI mounted into the server (issue 9, `@sensorpath/web`): its routes (the page, the bundle,
 * the UI's session, fleet and live endpoints) behind the same authentication as the query API, and
 * the live-sample hub that sees every committed batch beside the rules subsystem. Scoping is
 * decided here, where the principal lives: a caller sees agents and streams devices of its own
 * tenant (operators: all) and inside its sensor-path scope only.
 */
import { checkQuery, topicMatches } from '@sensorpath/auth';
import { createWebRoutes, LiveHub, type WebPrincipal } from '@sensorpath/web';
import type { Access } from './access.ts';
import type { FleetControl } from './fleet/control.ts';
import type { ApiHandler } from './http.ts';
import type { IngestObserver } from './ingest.ts';

export interface Ui {
  readonly route: ApiHandler;
  readonly hub: LiveHub;
  /** Composes the hub with another ingest observer (the rules subsystem's), both see each batch. */
  observer(other: IngestObserver | undefined): IngestObserver;
  selfMetrics(): string;
  close(): void;
}

/** May `p` read sensor path `path` (its tenant, and inside its scope)? */
export function mayRead(p: WebPrincipal, path: string): boolean {
  const tenant = path.slice(0, path.indexOf('/'));
  return (p.tenant === '*' || p.tenant === tenant) && topicMatches(p.scope, `${path}/metrics`);
}

export function createUi(deps: { access: Access; fleet: () => FleetControl | undefined }): Ui {
  const hub = new LiveHub();
  const route = createWebRoutes({
    principal: async (req) => {
      const p = await deps.access.http(req);
      checkQuery(p);
      return p;
    },
    open: () => deps.access.open,
    agents: (p) => deps.fleet()?.registry.list((path) => mayRead(p, path)) ?? [],
    canRead: mayRead,
    hub,
  });
  return {
    route,
    hub,
    observer: (other) =>
      other
        ? (tenant, labels, ts, vs) => {
            other(tenant, labels, ts, vs);
            hub.observe(tenant, labels, ts, vs);
          }
        : hub.observe,
    selfMetrics: () =>
      [
        '# HELP sensorpath_web_live_clients Browser tabs streaming a device (UI live view).',
        '# TYPE sensorpath_web_live_clients gauge',
        `sensorpath_web_live_clients ${hub.clients}`,
        '# HELP sensorpath_web_live_dropped_samples_total Samples dropped because a tab read slower than ingest.',
        '# TYPE sensorpath_web_live_dropped_samples_total counter',
        `sensorpath_web_live_dropped_samples_total ${hub.droppedTotal}`,
        '# HELP sensorpath_web_live_sent_samples_total Samples streamed to tabs.',
        '# TYPE sensorpath_web_live_sent_samples_total counter',
        `sensorpath_web_live_sent_samples_total ${hub.sentTotal}`,
        '',
      ].join('\n'),
    close: () => hub.close(),
  };
}

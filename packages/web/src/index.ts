/**
 * @sensorpath/web: the single-page UI served by the server at `/` (issue 9). The browser code lives
 * in `../app/` and is bundled in memory by esbuild (`buildBundle`); `createWebRoutes` serves it with
 * the UI's session, fleet and live-sample endpoints; `LiveHub` fans committed samples out to the
 * browser over server-sent events with bounded per-client buffers. Nothing here touches users or
 * storage: the server passes the principal, the checks and the agents in.
 */
export { type Asset, type Bundle, buildBundle, sharedBundle } from './bundle.ts';
export {
  type DashboardDevice,
  type DashboardMetric,
  type DashboardOptions,
  dashboardQueries,
  deviceSelector,
  grafanaDashboard,
  type PanelQuery,
} from './grafana.ts';
export {
  LiveHub,
  type LiveHubOptions,
  type LiveLabels,
  type LiveSink,
  type LiveSubscription,
} from './live.ts';
export { createWebRoutes, type WebDeps, type WebHandler, type WebPrincipal } from './routes.ts';

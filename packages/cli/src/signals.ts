/**
 * Resolves on SIGINT or SIGTERM, then stops listening. Its own module so that commands which only
 * wait for a signal (edge, simulate, forecast) do not load the server command and what it imports.
 */
export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

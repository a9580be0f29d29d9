/**
 * A full garbage collection on a timer, for the long-running agent process. With the launcher's V8
 * flags (packages/cli/bin/sensorpath.js) the young generation is small, so what outlives it (poll
 * promises waiting for their bus, messages awaiting their PUBACK) is promoted and dies in the old
 * generation, which V8 lets grow by some 7 MB before it collects it: a slow sawtooth of resident
 * memory with a period of minutes. One full collection every `intervalMs` (~10-30 ms of a 13 MB heap
 * on the bench machine) keeps the process near its live size. `gc` is reached through a fresh vm
 * context after turning on --expose-gc, the one way to call it without a node command-line flag.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Starts the timer (unref'd: it never keeps the process alive); returns the function that stops it.
 * The first collection comes after `firstMs`, once start-up (configuration, profiles, first
 * connections) has left its garbage behind.
 */
export function collectGarbageEvery(intervalMs: number, firstMs = Math.min(2000, intervalMs)): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const first = setTimeout(gc, firstMs);
  const timer = setInterval(gc, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/**
 * The clock the rule manager, notifiers and stream processors run on. Everything time-dependent
 * (evaluation ticks, `for` durations, retries, absence timers) goes through it, so tests drive
 * real-time rules with `ManualClock` instead of sleeping. Times are ms since the Unix epoch.
 */

export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  now(): number;
  /** Calls `fn` once after `ms` (>= 0). */
  setTimer(fn: () => void, ms: number): TimerHandle;
}

/** The wall clock; timers do not keep the process alive (the server's sockets do). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const h = setTimeout(fn, Math.max(0, ms));
    h.unref?.();
    return { cancel: () => clearTimeout(h) };
  },
};

interface Pending {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * A clock that only moves when told to. `advance(ms)` fires due timers in time order, setting
 * `now()` to each timer's time before calling it, and lets the callbacks' promise chains settle
 * between timers so asynchronous evaluations finish as they would in real time.
 */
export class ManualClock implements Clock {
  private t: number;
  private seq = 0;
  private timers: Pending[] = [];
  constructor(startMs: number) {
    this.t = startMs;
  }
  now(): number {
    return this.t;
  }
  setTimer(fn: () => void, ms: number): TimerHandle {
    const p: Pending = { at: this.t + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    this.timers.push(p);
    return {
      cancel: () => {
        p.cancelled = true;
      },
    };
  }
  /** Number of timers not yet fired or cancelled. */
  get pending(): number {
    return this.timers.filter((p) => !p.cancelled).length;
  }
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      await settle();
      this.timers = this.timers.filter((p) => !p.cancelled);
      let next: Pending | undefined;
      for (const p of this.timers) {
        if (p.at <= end && (!next || p.at < next.at || (p.at === next.at && p.seq < next.seq))) next = p;
      }
      if (!next) break;
      this.timers.splice(this.timers.indexOf(next), 1);
      this.t = Math.max(this.t, next.at);
      next.fn();
    }
    this.t = end;
    await settle();
  }
}

/** Lets pending promise chains (microtasks and immediate callbacks) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r));
}

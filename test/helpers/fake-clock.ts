import type { Clock } from '../../src/kiosk/idle.js';

/** A clock for the kiosk's idle timer that only moves when a test says so. */
export class FakeClock implements Clock {
  private time = 1_000_000;
  private timers = new Map<number, { at: number; run: () => void }>();
  private nextId = 1;

  now = (): number => this.time;

  set = (run: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), run });
    return id;
  };

  clear = (id: unknown): void => {
    this.timers.delete(id as number);
  };

  /** Moves time on by `ms`, running each timer that falls due, in order. */
  tick(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let due: [number, { at: number; run: () => void }] | undefined;
      for (const entry of this.timers)
        if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
  }
}

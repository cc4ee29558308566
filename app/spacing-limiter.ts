/**
 * A stand-in for a Bottleneck group, used only when `TOLLGATE_WRITE_SPACING_MS` or
 * `TOLLGATE_NOTIFICATION_SPACING_MS` is set (tests): per key, one job at a time,
 * launched at least `minTimeMs` after the previous one, as Octokit's throttling
 * plugin does with its write and notification groups.
 */
export interface SpacingGroup {
  key(id: string): { schedule<T>(options: unknown, fn: (...args: unknown[]) => T | Promise<T>, ...args: unknown[]): Promise<T> };
}

/** Creates a {@link SpacingGroup} spacing job launches by `minTimeMs` per key. */
export function createSpacingGroup(minTimeMs: number): SpacingGroup {
  const tails = new Map<string, Promise<unknown>>();
  const lastStart = new Map<string, number>();
  return {
    key(id) {
      return {
        schedule(_options, fn, ...args) {
          const previous = tails.get(id) ?? Promise.resolve();
          const run = previous.then(async () => {
            const wait = (lastStart.get(id) ?? -Infinity) + minTimeMs - Date.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            lastStart.set(id, Date.now());
            return fn(...args);
          });
          tails.set(
            id,
            run.catch(() => undefined),
          );
          return run;
        },
      };
    },
  };
}

/**
 * Runs reviews of one pull request one at a time, in arrival order, so two
 * deliveries for the same pull request never publish concurrently from this
 * instance (no two comments, no two check runs). Different pull requests run in
 * parallel. Keys are dropped once their last job ends, so the queue holds no state
 * between events.
 */
export interface ReviewQueue {
  run<T>(key: string, job: () => Promise<T>): Promise<T>;
  /** Number of keys with a job running or waiting. */
  readonly size: number;
}

/** Creates an empty {@link ReviewQueue}. */
export function createReviewQueue(): ReviewQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, job) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(job, job);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    get size() {
      return tails.size;
    },
  };
}

import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Deletes the key only while it still holds this holder's token (never another holder's lock). */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
/** Extends the key's expiry only while it still holds this holder's token. */
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/** A lock held in Redis. */
export interface RedisLock {
  /** Releases the lock if this holder still has it; never throws. */
  release(): Promise<void>;
}

/**
 * Takes the lock `key` for `ttlMs` (`SET key token NX PX ttl`, the single-instance
 * pattern of https://redis.io/docs/latest/develop/use/patterns/distributed-locks/),
 * renewed every third of `ttlMs` while held, so a long review keeps it and a
 * crashed holder loses it after `ttlMs`. Released with a compare-and-delete script.
 * Returns undefined when another holder has it.
 */
export async function takeRedisLock(redis: Redis, key: string, ttlMs: number): Promise<RedisLock | undefined> {
  const token = randomUUID();
  const taken = await redis.set(key, token, 'PX', ttlMs, 'NX');
  if (taken !== 'OK') return undefined;
  const renew = setInterval(
    () => {
      redis.eval(EXTEND, 1, key, token, String(ttlMs)).catch(() => undefined);
    },
    Math.max(10, Math.floor(ttlMs / 3)),
  );
  renew.unref();
  return {
    async release() {
      clearInterval(renew);
      await redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    },
  };
}

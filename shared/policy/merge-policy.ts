import { policySchema, type Policy, type PolicyInput } from './policy-schema.js';

/** Keys whose lists are combined (organisation first) rather than replaced. */
const COMBINED_LISTS = new Set(['ignore', 'allow']);

/**
 * Merges organisation defaults under repository settings, explicitly:
 *
 * - maps (`analyzers`, `rules`, `suppressions`, `limits`) merge key by key, the
 *   repository's value winning;
 * - the lists `ignore` and `allow` are combined, organisation entries first;
 * - any other value: the repository's, when it sets one.
 *
 * Both inputs must already be validated (see `parsePolicy`); the result is parsed
 * again so every default is filled in.
 */
export function mergePolicy(orgDefaults: PolicyInput | undefined, repository: PolicyInput | undefined): Policy {
  const merged = mergeValue(orgDefaults ?? {}, repository ?? {}, []);
  return policySchema.parse(merged);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeValue(base: unknown, override: unknown, path: string[]): unknown {
  if (override === undefined) return base;
  if (Array.isArray(base) && Array.isArray(override) && path.length === 1 && COMBINED_LISTS.has(path[0] as string)) {
    return [...base, ...override];
  }
  if (isPlainObject(base) && isPlainObject(override)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(override)) out[key] = mergeValue(base[key], value, [...path, key]);
    return out;
  }
  return override;
}

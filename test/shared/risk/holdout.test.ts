import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RiskDecision } from '../../../shared/risk/decide-risk.js';
import { reviewChange } from './review-change.js';

/**
 * Example changes kept apart from the fixtures, written before the default tiers
 * were tuned: each names the tier it must get and the facts its reasons must name.
 * Runs the real analyzers and the default policy (or the case's base policy).
 */
const DIR = join(fileURLToPath(new URL('.', import.meta.url)), 'holdout');
const fakeStripeKey = (): string =>
  ['sk', 'live', Array.from({ length: 24 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)]).join('')].join('_');

interface HoldoutCase {
  description: string;
  base: Record<string, string>;
  head: Record<string, string>;
  expected: { tier: string; facts: string[] };
}

function fill(files: Record<string, string>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([p, t]) => [p, t.replaceAll('{{fake-stripe-key}}', key)]));
}

describe('risk tiers on held-out example changes', () => {
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    it(file.replace(/\.json$/, ''), async () => {
      const c = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as HoldoutCase;
      const key = fakeStripeKey();
      const result = await reviewChange(fill(c.base, key), fill(c.head, key));
      const risk = result.data.risk as RiskDecision;
      const named = risk.reasons.map((r) => r.fact).filter((f) => f !== undefined);
      expect(
        { tier: risk.tier, missing: c.expected.facts.filter((f) => !named.includes(f as never)) },
        `${c.description}\nreasons: ${JSON.stringify(risk.reasons.map((r) => r.fact ?? r.detail))}\nfacts: ${risk.facts.map((f) => f.id).join(', ')}`,
      ).toEqual({ tier: c.expected.tier, missing: [] });
      for (const r of risk.reasons.filter((x) => x.fact)) expect(r.evidence.length, `${r.fact} has evidence`).toBeGreaterThan(0);
      expect(JSON.stringify(result)).not.toContain(key);
    });
  }
});

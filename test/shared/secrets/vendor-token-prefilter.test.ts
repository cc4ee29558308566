import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findVendorTokens, requiredLiterals } from '../../../shared/secrets/rules/vendor-token.js';

// The vendor-token detector looks only for the anchors whose required strings are in
// the text. That must never change what it finds: compared here with looking for
// every anchor, on every secret fixture and corpus file and on assembled tokens.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) yield* files(path);
    else if (stat.size < 1024 * 1024) yield path;
  }
}

const A = 'Zq8Lm2Vx9Np3Rw7Bc1Hd6Jf0Ys5Ga4KtXe';
const HEX = '0123456789abcdef';

describe('vendor-token prefilter', () => {
  it('finds exactly what looking for every anchor finds', () => {
    const texts = [...files(join(ROOT, 'shared/secrets/fixtures')), ...files(join(ROOT, 'corpus'))].map((f) => readFileSync(f, 'utf8'));
    // Assembled tokens of anchors with alternations, optional parts and classes.
    texts.push(
      `a = "glpat-${A.slice(0, 20)}"\nb = "EAAB${A.repeat(3)}"\nc = "${HEX.repeat(2)}-us12"\nd = "pat${A.slice(0, 14)}.${HEX.repeat(4)}"`,
      `hook = "https://discordapp.com/api/webhooks/123456789012345678/${A.repeat(2)}"`,
      `hook = "https://outlook.office365.com/webhook/${'a'.repeat(36)}@${'b'.repeat(36)}/IncomingWebhook/${HEX.repeat(2)}/${'c'.repeat(36)}"`,
      `task = "1/${'1'.repeat(16)}:${HEX.repeat(2)}"`,
    );
    let found = 0;
    for (const text of texts) {
      const all = findVendorTokens(text, { prefilter: false });
      const gated = findVendorTokens(text);
      expect(gated.map((t) => [t.pattern.vendor, t.start, t.value.length])).toEqual(all.map((t) => [t.pattern.vendor, t.start, t.value.length]));
      found += all.length;
    }
    expect(found).toBeGreaterThan(20);
  });

  it('derives the strings an anchor needs, or none when it has no run of two literals', () => {
    expect(requiredLiterals('gl(?:pat|dt)-')).toEqual(['glpat-', 'gldt-']);
    expect(requiredLiterals('discord(?:app)?\\.com/api/webhooks/')).toEqual(['discordapp.com/api/webhooks/', '.com/api/webhooks/']);
    expect(requiredLiterals('EAA[BCDGIJQZ]')).toEqual(['EAA']);
    expect(requiredLiterals('-us\\d')).toEqual(['-us']);
    expect(requiredLiterals('[0-9]/[0-9]{16}:')).toBeUndefined();
    expect(requiredLiterals('(?<![+/=])AAAA')).toBeUndefined();
  });
});

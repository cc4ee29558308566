import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type PolicyError } from '../../../shared/policy/parse-policy.js';
import { resolvePolicy } from '../../../shared/policy/resolve-policy.js';
import { parseConnectorManifest } from '../../../shared/flows/parse-connector-manifest.js';
import { nameSafely, quoteSafely } from '../../../shared/text/quote-safely.js';
import { fakeChecksummedToken } from '../../support/fake-checksummed-token.js';

const FILE = '.github/tollgate.yml';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random = (n: number): string => Array.from({ length: n }, () => ALNUM[Math.floor(Math.random() * ALNUM.length)]).join('');
/** A fake GitHub token made at run time, so no literal token sits in the test source. */
const token = (): string => fakeChecksummedToken('ghp_');
/** A secret without a vendor prefix: only its entropy gives it away. */
const bare = (): string => `Xk9v${random(28)}`;

function errorsOf(text: string): readonly PolicyError[] {
  const result = parsePolicy(text, FILE);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** Everything a policy error shows: message, hint, key, and the finding built from it. */
function shown(text: string): string {
  const errors = errorsOf(text);
  const resolved = resolvePolicy({ repository: { file: FILE, text } });
  return JSON.stringify([errors, resolved.errors, resolved.engineFindings.map((f) => f.finding)]);
}

describe('policy errors never quote a secret from the file', () => {
  it.each([
    ['an unresolved alias', (s: string) => `ignore:\n  - *${s}\n`],
    ['a bad block-scalar header', (s: string) => `ignore:\n  - |${s}\n    x\n`],
    ['an unknown top-level key', (s: string) => `${s}: true\n`],
    ['an unknown nested key', (s: string) => `suppressions:\n  ${s}: true\n`],
    ['a rule id used as a record key', (s: string) => `rules:\n  ${s}:\n    severity: off\n`],
    ['a rule id with a slash', (s: string) => `rules:\n  secrets/${s}:\n    severity: off\n`],
    ['a condition reference', (s: string) => `risk:\n  conditions:\n    a:\n      condition: ${s}\n`],
    ['an unknown key among several', (s: string) => `suppressions:\n  reprot: true\n  ${s}: 1\n`],
    ['a duplicate key', (s: string) => `${s}: 1\n${s}: 2\n`],
  ])('%s', (_name, build) => {
    for (const secret of [token(), bare(), token().toLowerCase()]) {
      const text = build(secret);
      const errors = errorsOf(text);
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e.line).toBeGreaterThanOrEqual(1);
      const out = shown(text);
      expect(out).not.toContain(secret);
      expect(out).not.toContain(secret.slice(4, 16));
    }
  });

  it('still locates an unknown secret-like key by line and column', () => {
    const [error] = errorsOf(`suppressions:\n  inline: true\n  ${token()}: true\n`);
    expect(error).toMatchObject({ file: FILE, line: 3, column: 3 });
    expect(error?.key.startsWith('suppressions.')).toBe(true);
  });

  it('still names a plain unknown key and an invalid rule id', () => {
    expect(errorsOf('suppressions:\n  reprot: true\n')[0]?.key).toBe('suppressions.reprot');
    expect(errorsOf('rules:\n  NotARule:\n    severity: off\n')[0]).toMatchObject({ key: 'rules.NotARule', line: 2 });
  });

  it('locates an unresolved alias', () => {
    expect(errorsOf(`a: 1\nignore:\n  - *${bare()}\n`)[0]).toMatchObject({ line: 3 });
  });

  it('connector manifests: an unknown key that is a token is not echoed', () => {
    const secret = token();
    const result = parseConnectorManifest(`name: crm\n${secret}: 1\n`, 'connectors/crm/connector.yml');
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});

describe('quoteSafely / nameSafely', () => {
  it('masks detected and high-entropy values and limits the length', () => {
    const secret = token();
    const b = bare();
    const quoted = quoteSafely(`key ${secret} and ${b}`, 200);
    expect(quoted).not.toContain(secret.slice(4));
    expect(quoted).not.toContain(b.slice(4, 14));
    expect(quoteSafely('a'.repeat(100)).length).toBeLessThanOrEqual(41);
  });

  it('never lets a token through, whatever text surrounds it', () => {
    const around = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(around, around, fc.constantFrom(' ', '"', ':', '(', '*', '|', '\n'), (before, after, sep) => {
        const secret = token();
        const quoted = quoteSafely(`${before}${sep}${secret}${sep}${after}`, 200);
        expect(quoted).not.toContain(secret.slice(4, 14));
      }),
      { numRuns: 300 },
    );
  });

  it('names identifiers, not tokens', () => {
    expect(nameSafely('reprot')).toBe('reprot');
    expect(nameSafely('secrets/stripe-key')).toBe('secrets/stripe-key');
    expect(nameSafely(token())).toBeUndefined();
    expect(nameSafely(bare())).toBeUndefined();
    expect(nameSafely('has space')).toBeUndefined();
  });
});

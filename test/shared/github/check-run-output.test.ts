import { describe, expect, it } from 'vitest';
import type { ReviewResult } from '../../../shared/engine/run-review.js';
import type { Finding } from '../../../shared/model/finding.js';
import { checkRunOutput } from '../../../shared/github/check-run-output.js';

function bigResult(n: number): ReviewResult {
  const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
    ruleId: 'secrets/stripe-key',
    messageId: 'm',
    severity: 'error',
    path: `src/ünïcødé/😀/file-${i}.ts`,
    range: { start: 0, end: 1 },
    location: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    message: `Stripe key sk_live_****${i} — déjà vu 😀`,
    fingerprint: String(i).padStart(32, '0'),
    data: {},
    docsUrl: 'https://example.com/rule',
  }));
  return {
    mode: 'review',
    findings,
    suppressed: [],
    skipped: [],
    data: {},
    rules: [],
    analyzers: ['secrets'],
    stats: { filesAnalyzed: n, filesIgnored: 0, error: n, warning: 0, note: 0, suppressed: 0, allowed: 0 },
    reportSuppressed: false,
  };
}

describe('checkRunOutput', () => {
  it('keeps the summary within 65,535 bytes however many multi-byte findings there are', () => {
    const out = checkRunOutput(bigResult(5000), { headSha: 'a'.repeat(40), toolVersion: '0.1.0', notes: ['10 more finding(s) are not annotated'] });
    expect(Buffer.byteLength(out.summary)).toBeLessThanOrEqual(65_535);
    expect(out.summary.startsWith('> 10 more finding(s)')).toBe(true);
    expect(out.title).toBe('5000 errors');
  });

  it('titles a clean result', () => {
    expect(checkRunOutput(bigResult(0), { headSha: 'b'.repeat(40), toolVersion: '0.1.0' }).title).toBe('No findings');
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../shared/model/finding.js';
import { ANNOTATIONS_PER_REQUEST, planAnnotations } from '../../../shared/github/check-run-annotations.js';

function finding(i: number, severity: Severity, lines: [number, number] = [i + 1, i + 1], path = 'a.ts'): Finding {
  return {
    ruleId: 'secrets/x',
    messageId: 'm',
    severity,
    path,
    range: { start: 0, end: 1 },
    location: { startLine: lines[0], startColumn: 3, endLine: lines[1], endColumn: 9 },
    message: `masked ${i}`,
    fingerprint: String(i).padStart(32, '0'),
    data: {},
    docsUrl: 'https://example.com',
  };
}

describe('planAnnotations', () => {
  it('maps levels, keeps 1-based lines, and puts columns (inclusive end) only on single-line findings', () => {
    const plan = planAnnotations([finding(0, 'error'), finding(1, 'warning', [4, 6]), finding(2, 'note')]);
    const [a, b, c] = plan.batches[0] ?? [];
    expect(a).toEqual({
      path: 'a.ts',
      start_line: 1,
      end_line: 1,
      start_column: 3,
      end_column: 8,
      annotation_level: 'failure',
      message: 'masked 0',
      title: 'secrets/x',
    });
    expect(b).toMatchObject({ start_line: 4, end_line: 6, annotation_level: 'warning' });
    expect(b).not.toHaveProperty('start_column');
    expect(b).not.toHaveProperty('end_column');
    expect(c?.annotation_level).toBe('notice');
  });

  it('batches by 50, caps the total with errors first, and counts what it left out', () => {
    const findings = [
      ...Array.from({ length: 120 }, (_, i) => finding(i, 'note')),
      ...Array.from({ length: 30 }, (_, i) => finding(200 + i, 'error')),
    ];
    const plan = planAnnotations(findings, { max: 110 });
    expect(plan.batches.map((b) => b.length)).toEqual([50, 50, 10]);
    expect(plan.total).toBe(150);
    expect(plan.omitted).toBe(40);
    expect(plan.batches[0]?.slice(0, 30).every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(Math.max(...plan.batches.map((b) => b.length))).toBeLessThanOrEqual(ANNOTATIONS_PER_REQUEST);
  });

  it('leaves repository-level findings and files outside the change to the summary', () => {
    const plan = planAnnotations(
      [finding(0, 'error', [1, 1], '.'), finding(1, 'error', [1, 1], 'acme/.github:.github/tollgate.yml'), finding(2, 'error')],
      {
        annotatable: (p) => p === 'a.ts',
      },
    );
    expect(plan.total).toBe(1);
    expect(plan.batches.flat().map((a) => a.path)).toEqual(['a.ts']);
  });
});

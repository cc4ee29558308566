import { describe, expect, it } from 'vitest';
import type { ReviewResult } from '../../../shared/engine/run-review.js';
import { checkConclusion } from '../../../shared/github/check-run-output.js';
import { findStickyComment } from '../../../shared/github/find-sticky-comment.js';
import { governanceFromResult, planReviewRequests, planTierLabels } from '../../../shared/github/pull-request-governance.js';

const result = (data: Record<string, unknown>, severities: string[] = []): ReviewResult =>
  ({
    mode: 'review',
    findings: severities.map((severity) => ({ severity })),
    suppressed: [],
    skipped: [],
    data,
    rules: [],
    analyzers: [],
    stats: { filesAnalyzed: 1, filesIgnored: 0, error: 0, warning: 0, note: 0, suppressed: 0, allowed: 0 },
    reportSuppressed: false,
  }) as unknown as ReviewResult;

describe('governanceFromResult', () => {
  it('is empty until a tier or approvers are computed', () => {
    expect(governanceFromResult({ result: result({ secrets: {} }) })).toEqual({});
  });

  it('reads the tier label, pending approvals and required reviewers, never the author', () => {
    const g = governanceFromResult({
      author: 'alice',
      result: result({
        risk: { label: 'tollgate: high risk' },
        approvers: {
          pending: true,
          required: [
            { kind: 'user', name: 'alice' },
            { kind: 'user', name: 'bob' },
            { kind: 'team', name: 'acme/security' },
          ],
        },
      }),
    });
    expect(g).toEqual({ tierLabel: 'tollgate: high risk', approvalsPending: true, requiredReviewers: { users: ['bob'], teams: ['security'] } });
  });
});

describe('checkConclusion', () => {
  it('fails on errors, asks for action while approvals are pending, succeeds otherwise', () => {
    expect(checkConclusion(result({}, ['error']), { approvalsPending: true })).toBe('failure');
    expect(checkConclusion(result({}, ['warning']), { approvalsPending: true })).toBe('action_required');
    expect(checkConclusion(result({}, ['warning']), {})).toBe('success');
    expect(checkConclusion(result({}, ['warning']), {}, 'warning')).toBe('failure');
    expect(checkConclusion(result({}, ['error']), {}, 'never')).toBe('success');
  });
});

describe('planTierLabels / planReviewRequests', () => {
  it('leaves exactly the wanted tier label and touches no other label', () => {
    expect(planTierLabels('tollgate: high risk', ['bug', 'tollgate: low risk'])).toEqual({
      add: ['tollgate: high risk'],
      remove: ['tollgate: low risk'],
    });
    expect(planTierLabels('tollgate: high risk', ['Tollgate: High Risk'])).toEqual({ add: [], remove: [] });
    expect(planTierLabels(undefined, ['tollgate: low risk'])).toEqual({ add: [], remove: [] });
  });

  it('requests only reviewers not yet asked and users who have not reviewed', () => {
    expect(
      planReviewRequests(
        { users: ['bob', 'carol', 'dave'], teams: ['security', 'platform'] },
        { users: ['Bob'], teams: ['security'], reviewedBy: ['carol'] },
      ),
    ).toEqual({
      users: ['dave'],
      teams: ['platform'],
    });
    expect(planReviewRequests(undefined, { users: [], teams: [], reviewedBy: [] })).toEqual({ users: [], teams: [] });
  });
});

describe('findStickyComment', () => {
  it('keeps the oldest bot comment with the marker and lists younger ones as duplicates', () => {
    const marker = '<!-- m -->';
    const found = findStickyComment(
      [
        { id: 9, body: `${marker}\nnew`, user: { type: 'Bot' } },
        { id: 3, body: `${marker}\nold`, user: { type: 'Bot' } },
        { id: 1, body: `${marker}\nquoted by a person`, user: { type: 'User' } },
        { id: 2, body: 'unrelated', user: { type: 'Bot' } },
      ],
      marker,
    );
    expect(found.keep?.id).toBe(3);
    expect(found.duplicates.map((c) => c.id)).toEqual([9]);
    expect(findStickyComment([], marker)).toEqual({ duplicates: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateApprovals, type ApprovalOptions, type ResolvedRequirement, type Review } from '../../../shared/risk/evaluate-approvals.js';

const HEAD = 'h2';
const security: ResolvedRequirement = { kind: 'approvers', name: 'security review', count: 1, users: [], teams: ['acme/security'], why: 'tier high' };
const twoOf: ResolvedRequirement = {
  kind: 'approvers',
  name: 'two maintainers',
  count: 2,
  users: ['ann', 'ben', 'cat'],
  teams: [],
  why: 'tier high',
};
const teams = { 'acme/security': ['sec1', 'sec2', 'author1'] };
const at = (n: number): string => `2026-01-01T00:0${n}:00Z`;
const r = (user: string, state: Review['state'], time: number, commit = HEAD): Review => ({ user, state, time: at(time), commit });
const defaults: ApprovalOptions = { invalidateOnPush: false, allowAuthor: false };

interface Row {
  name: string;
  requirement?: ResolvedRequirement;
  reviews: Review[];
  options?: Partial<ApprovalOptions>;
  author?: string;
  satisfied: boolean;
  approvedBy: string[];
  ignored?: { user: string; reason: string }[];
}

const rows: Row[] = [
  { name: 'no reviews: pending', reviews: [], satisfied: false, approvedBy: [] },
  { name: 'a team member approves', reviews: [r('sec1', 'APPROVED', 1)], satisfied: true, approvedBy: ['sec1'] },
  { name: 'a non-member approves: does not count', reviews: [r('stranger', 'APPROVED', 1)], satisfied: false, approvedBy: [] },
  { name: 'login case does not matter', reviews: [r('SEC1', 'APPROVED', 1)], satisfied: true, approvedBy: ['sec1'] },
  {
    name: 'commented only: does not count',
    reviews: [r('sec1', 'COMMENTED', 1)],
    satisfied: false,
    approvedBy: [],
    ignored: [{ user: 'sec1', reason: 'commented-only' }],
  },
  {
    name: 'approved then commented: still approved',
    reviews: [r('sec1', 'APPROVED', 1), r('sec1', 'COMMENTED', 2)],
    satisfied: true,
    approvedBy: ['sec1'],
  },
  {
    name: 'dismissed approval: does not count',
    reviews: [r('sec1', 'DISMISSED', 1)],
    satisfied: false,
    approvedBy: [],
    ignored: [{ user: 'sec1', reason: 'dismissed' }],
  },
  {
    name: 'approved, then a later review dismissed: does not count',
    reviews: [r('sec1', 'APPROVED', 1), r('sec1', 'DISMISSED', 2)],
    satisfied: false,
    approvedBy: [],
    ignored: [{ user: 'sec1', reason: 'dismissed' }],
  },
  {
    name: 'changes requested after approval: not approved, and it blocks another approval',
    reviews: [r('sec1', 'APPROVED', 1), r('sec2', 'APPROVED', 2), r('sec1', 'CHANGES_REQUESTED', 3)],
    satisfied: false,
    approvedBy: ['sec2'],
    ignored: [{ user: 'sec1', reason: 'changes-requested' }],
  },
  {
    name: 'changes requested, then approved: approved',
    reviews: [r('sec1', 'CHANGES_REQUESTED', 1), r('sec1', 'APPROVED', 2)],
    satisfied: true,
    approvedBy: ['sec1'],
  },
  {
    name: 'reviews out of order are ordered by time',
    reviews: [r('sec1', 'APPROVED', 3), r('sec1', 'CHANGES_REQUESTED', 1)],
    satisfied: true,
    approvedBy: ['sec1'],
  },
  {
    name: "author's own approval: refused by default",
    author: 'author1',
    reviews: [r('author1', 'APPROVED', 1)],
    satisfied: false,
    approvedBy: [],
    ignored: [{ user: 'author1', reason: 'author' }],
  },
  {
    name: "author's own approval: counts with allowAuthor",
    author: 'author1',
    options: { allowAuthor: true },
    reviews: [r('author1', 'APPROVED', 1)],
    satisfied: true,
    approvedBy: ['author1'],
  },
  {
    name: 'stale approval (older commit): counts without invalidateOnPush',
    reviews: [r('sec1', 'APPROVED', 1, 'h1')],
    satisfied: true,
    approvedBy: ['sec1'],
  },
  {
    name: 'stale approval (older commit): invalidated on push',
    options: { invalidateOnPush: true },
    reviews: [r('sec1', 'APPROVED', 1, 'h1')],
    satisfied: false,
    approvedBy: [],
    ignored: [{ user: 'sec1', reason: 'stale' }],
  },
  {
    name: 'invalidateOnPush: approval on the head counts',
    options: { invalidateOnPush: true },
    reviews: [r('sec1', 'APPROVED', 1, 'h1'), r('sec2', 'APPROVED', 2)],
    satisfied: true,
    approvedBy: ['sec2'],
    ignored: [{ user: 'sec1', reason: 'stale' }],
  },
  { name: 'count 2: one approval is not enough', requirement: twoOf, reviews: [r('ann', 'APPROVED', 1)], satisfied: false, approvedBy: ['ann'] },
  {
    name: 'count 2: the same user twice is one approval',
    requirement: twoOf,
    reviews: [r('ann', 'APPROVED', 1), r('ann', 'APPROVED', 2)],
    satisfied: false,
    approvedBy: ['ann'],
  },
  {
    name: 'count 2: two distinct users',
    requirement: twoOf,
    reviews: [r('ann', 'APPROVED', 1), r('@ben', 'APPROVED', 2)],
    satisfied: true,
    approvedBy: ['ann', 'ben'],
  },
  {
    name: 'pending review state changes nothing',
    reviews: [r('sec1', 'APPROVED', 1), r('sec1', 'PENDING', 2)],
    satisfied: true,
    approvedBy: ['sec1'],
  },
];

describe('evaluateApprovals (table)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const [result] = evaluateApprovals([row.requirement ?? security], {
        reviews: row.reviews,
        teams,
        headCommit: HEAD,
        options: { ...defaults, ...row.options },
        ...(row.author ? { author: row.author } : {}),
      });
      expect(result?.satisfied).toBe(row.satisfied);
      expect(result?.approvedBy).toEqual(row.approvedBy);
      if (row.ignored) expect(result?.ignored).toEqual(row.ignored);
    });
  }
});

describe('evaluateApprovals composition and membership', () => {
  const legal: ResolvedRequirement = { kind: 'approvers', name: 'legal', count: 1, users: [], teams: ['legal'], why: 'tier high' };
  const input = { teams: { ...teams, 'acme/legal': ['lex'] }, headCommit: HEAD, options: defaults };
  it('and needs every child; or any child', () => {
    const reviews = [r('sec1', 'APPROVED', 1)];
    const [and] = evaluateApprovals([{ kind: 'and', name: 'both', why: 'w', children: [security, legal] }], { ...input, reviews });
    const [or] = evaluateApprovals([{ kind: 'or', name: 'either', why: 'w', children: [security, legal] }], { ...input, reviews });
    expect(and?.satisfied).toBe(false);
    expect(or?.satisfied).toBe(true);
  });
  it('a bare team slug matches the org/slug membership; a team with no known members never approves', () => {
    expect(evaluateApprovals([legal], { ...input, reviews: [r('lex', 'APPROVED', 1)] })[0]?.satisfied).toBe(true);
    expect(evaluateApprovals([legal], { ...input, teams: {}, reviews: [r('lex', 'APPROVED', 1)] })[0]?.satisfied).toBe(false);
  });
  it('an empty and (no connector touched) is satisfied', () => {
    expect(evaluateApprovals([{ kind: 'and', name: 'connector owners', why: 'w', children: [] }], { ...input, reviews: [] })[0]?.satisfied).toBe(
      true,
    );
  });
});

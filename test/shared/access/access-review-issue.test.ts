import { describe, expect, it } from 'vitest';
import type { GrantStatus } from '../../../shared/access/access-lock.js';
import {
  ACCESS_REVIEW_MARKER,
  ACCESS_REVIEW_TITLE,
  connectorOwners,
  decideAccessReviewIssue,
  findAccessReviewIssue,
  renderAccessReviewBody,
} from '../../../shared/access/access-review-issue.js';

const statuses: GrantStatus[] = [
  {
    connector: 'slack',
    provider: 'slack',
    scope: 'chat:write',
    status: 'review-due',
    path: 'connectors/slack/connector.yml',
    line: 7,
    approvedAt: '2026-08-06',
  },
  {
    connector: 'slack',
    provider: 'slack',
    scope: 'channels:read',
    status: 'approved',
    path: 'connectors/slack/connector.yml',
    line: 8,
    approvedAt: '2026-12-01',
  },
  { connector: 'slack-bot', provider: 'slack', scope: 'users:read', status: 'unapproved', path: 'connectors/slack-bot/connector.yml', line: 6 },
  { connector: 'gone', provider: 'aws', scope: 's3:GetObject', status: 'removed', approvedAt: '2026-01-01' },
  { connector: 'src/x.ts', provider: 'google', scope: 'drive|x', status: 'unapproved', path: 'src/x.ts', line: 3 },
];

describe('renderAccessReviewBody', () => {
  const owners = new Map([
    ['slack', '@acme/platform'],
    ['slack-bot', 'acme/platform'],
  ]);
  const body = renderAccessReviewBody(statuses, { now: '2026-12-04T06:00:00Z', reviewIntervalDays: 90, owners });

  it('lists review-due and unapproved grants grouped by connector, with the hidden marker', () => {
    expect(body).toBeDefined();
    expect(body!.startsWith(ACCESS_REVIEW_MARKER)).toBe(true);
    expect(body).toContain('As of 2026-12-04, 3 grant(s)');
    expect(body).toContain('1 approved more than 90 days ago');
    expect(body).toContain('### slack (owner `@acme/platform`)');
    expect(body).toContain('| slack | chat:write | review-due | 2026-08-06 | connectors/slack/connector.yml:7 |');
    expect(body).toContain('### slack-bot (owner `acme/platform`)');
    expect(body).toContain('| slack | users:read | unapproved | — |');
    expect(body).not.toContain('channels:read');
    expect(body).not.toContain('s3:GetObject');
    // Table cells are escaped.
    expect(body).toContain('drive\\|x');
  });

  it('mentions each owner once', () => {
    expect(body!.match(/@acme\/platform/g)?.length).toBe(2); // the mention, and the connector's heading in code
    expect(body).toContain('Connector owners: @acme/platform\n');
    expect(body!.split('\n').filter((l) => /(^|[^`])@acme\/platform/.test(l))).toEqual(['Connector owners: @acme/platform']);
  });

  it('is undefined when every grant is approved (or removed)', () => {
    expect(
      renderAccessReviewBody(
        statuses.filter((s) => s.status === 'approved' || s.status === 'removed'),
        { now: '2026-12-04', reviewIntervalDays: 90, owners },
      ),
    ).toBeUndefined();
  });

  it('does not mention an owner that is not a GitHub handle', () => {
    const b = renderAccessReviewBody(statuses, {
      now: '2026-12-04',
      reviewIntervalDays: 90,
      owners: new Map([['slack', 'Platform Team <p@acme.test>']]),
    });
    expect(b).not.toContain('Connector owners');
  });
});

describe('decideAccessReviewIssue', () => {
  const existing = { number: 5, title: ACCESS_REVIEW_TITLE, body: `${ACCESS_REVIEW_MARKER}\nold`, user: { type: 'Bot' } };
  it('creates, updates, closes or leaves the issue', () => {
    expect(decideAccessReviewIssue('new', undefined)).toEqual({ action: 'create', title: ACCESS_REVIEW_TITLE, body: 'new' });
    expect(decideAccessReviewIssue('new', existing)).toEqual({ action: 'update', number: 5, body: 'new' });
    expect(decideAccessReviewIssue(existing.body, existing)).toEqual({ action: 'none', number: 5 });
    expect(decideAccessReviewIssue(undefined, existing)).toEqual({ action: 'close', number: 5 });
    expect(decideAccessReviewIssue(undefined, undefined)).toEqual({ action: 'none' });
  });
});

describe('findAccessReviewIssue', () => {
  it('finds the issue by marker, else by title among bot issues; never a pull request or a person’s issue', () => {
    const byMarker = { number: 3, title: 'renamed', body: `x ${ACCESS_REVIEW_MARKER}`, user: { type: 'User' } };
    const byTitle = { number: 4, title: ACCESS_REVIEW_TITLE, body: null, user: { type: 'Bot' } };
    const human = { number: 6, title: ACCESS_REVIEW_TITLE, body: '', user: { type: 'User' } };
    const pull = { number: 7, title: ACCESS_REVIEW_TITLE, body: ACCESS_REVIEW_MARKER, user: { type: 'Bot' }, pull_request: {} };
    expect(findAccessReviewIssue([pull, human, byTitle, byMarker])?.number).toBe(3);
    expect(findAccessReviewIssue([pull, human, byTitle])?.number).toBe(4);
    expect(findAccessReviewIssue([pull, human])).toBeUndefined();
  });
});

describe('connectorOwners', () => {
  it('reads name and owner of connector manifests, the folder when there is no name', () => {
    const files = new Map([
      ['connectors/slack/connector.yml', 'name: slack-main\nowner: "@acme/platform"\n'],
      ['connectors/erp/connector.yaml', 'owner: alice\n'],
      ['connectors/bad/connector.yml', 'owner: [\n'],
      ['src/config.yml', 'name: x\nowner: bob\n'],
    ]);
    expect([...connectorOwners(files)]).toEqual([
      ['slack-main', '@acme/platform'],
      ['erp', 'alice'],
    ]);
  });
});

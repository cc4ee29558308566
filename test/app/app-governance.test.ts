import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPull, published, pullRequestPayload, reviewPayload, startHarness, type Harness } from './app-harness.js';

// The real risk step (shared/risk/decide-risk.ts) with the default policy: a scope
// escalated to admin is a high-risk change that needs security, legal and the
// connector's owner; the high tier invalidates approvals on a push.
const MANIFEST = (scopes: string[]): string => `name: crm
owner: "@acme/sales-platform"
purpose: Read contacts from HubSpot for the sales assistant.
auth:
  type: oauth
  scopes:
${scopes.map((s) => `    - ${s}`).join('\n')}
  credential:
    source: vault
    ref: kv/sales/hubspot
    rotation: 90d
systems:
  - id: sales-assistant
    kind: internal
    region: eu-central-1
  - id: hubspot
    kind: crm
    vendor: HubSpot
    region: eu
    dpa: signed
    tls: "1.2"
flows:
  - from: hubspot
    to: sales-assistant
    data: [pii, internal]
    purpose: contact lookup
audit:
  sink: cloudwatch:/acme/sales/audit
  events: [hubspot.read]
  retentionDays: 400
`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.github.teams.set('acme/security', ['sec-alice']);
  h.github.teams.set('acme/legal', ['legal-bob']);
  h.github.teams.set('acme/sales-platform', ['sales-carol', 'octocat']);
});
afterAll(async () => {
  await h?.close();
});

describe('risk tier, review requests and approvals (issue 5) in the App', () => {
  it('scope escalation: high tier, reviewers requested, action_required until approved, success, and a push invalidates the approvals', async () => {
    // The escalation is a warning here (the policy's choice), so approvals alone decide the check.
    const policy = 'version: 1\nscopes:\n  escalation:\n    admin: warning\n';
    const pr = createPull(
      h.github,
      { '.github/tollgate.yml': policy, 'connectors/crm/connector.yml': MANIFEST(['crm.objects.contacts.read']) },
      { 'connectors/crm/connector.yml': MANIFEST(['crm.objects.contacts.read', 'settings.users.write']) },
    );
    const pull = h.github.pull(pr.owner, pr.repo, pr.number);
    pull.labels.push('tollgate: low risk', 'bug');
    await h.send('pull_request', pullRequestPayload('opened', pr));
    let state = published(h.github, pr);
    expect(state.runs[0]?.conclusion).toBe('action_required');
    expect(h.github.labelsOf(pr.owner, pr.repo, pr.number).sort()).toEqual(['bug', 'tollgate: high risk']);
    expect([...pull.requestedTeams].sort()).toEqual(['legal', 'sales-platform', 'security']);
    expect(state.comments[0]?.body).toContain('scope-escalated-admin');
    // The check completes before labels and review requests are written.
    const order = state.requests.map((r) => r.route);
    expect(order.findIndex((r) => r.startsWith('PATCH /repos/{owner}/{repo}/check-runs'))).toBeLessThan(
      order.indexOf('POST /repos/{owner}/{repo}/issues/{issue_number}/labels'),
    );

    // The author's own approval does not count (octocat is in the owning team).
    h.github.review(pr.owner, pr.repo, pr.number, 'octocat', 'APPROVED');
    h.github.review(pr.owner, pr.repo, pr.number, 'sec-alice', 'APPROVED');
    h.github.review(pr.owner, pr.repo, pr.number, 'legal-bob', 'APPROVED');
    await h.send('pull_request_review', reviewPayload('submitted', pr));
    state = published(h.github, pr);
    expect(state.runs[0]?.conclusion).toBe('action_required');
    expect(h.github.requests.some((r) => r.route === 'GET /orgs/{org}/teams/{team_slug}/members')).toBe(true);

    h.github.review(pr.owner, pr.repo, pr.number, 'sales-carol', 'APPROVED');
    await h.send('pull_request_review', reviewPayload('submitted', pr));
    state = published(h.github, pr);
    expect(state.runs).toHaveLength(1);
    expect(state.runs[0]?.conclusion).toBe('success');
    // Already asked: not requested again.
    expect(state.requests.filter((r) => r.route === 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers')).toHaveLength(1);
    expect(state.comments).toHaveLength(1);

    // A push: the high tier invalidates approvals given on the older commit.
    const newer = h.github.commit(pr.head, { 'README.md': '# crm\n' });
    h.github.push(pr.owner, pr.repo, pr.number, newer);
    await h.send('pull_request', pullRequestPayload('synchronize', { ...pr, head: newer }));
    const run = published(h.github, pr).runs.find((r) => r.head_sha === newer);
    expect(run?.conclusion).toBe('action_required');
  });

  it('a low-risk change: the low label, no review request, success', async () => {
    const pr = createPull(h.github, { 'README.md': '# a\n' }, { 'README.md': '# a\n\nmore\n' });
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const state = published(h.github, pr);
    expect(state.runs[0]?.conclusion).toBe('success');
    expect(h.github.labelsOf(pr.owner, pr.repo, pr.number)).toEqual(['tollgate: low risk']);
    expect(state.requests.filter((r) => r.route.includes('requested_reviewers'))).toEqual([]);
  });
});

import { Octokit } from '@octokit/rest';

// Syncs supplier onboarding checklists from the procurement-docs repository.
const octokit = new Octokit({ auth: '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' });

/** Do not use a token like `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` here; use the GitHub App. */
export async function checklist(path: string) {
  const { data } = await octokit.repos.getContent({ owner: 'procure-ai', repo: 'procurement-docs', path });
  return data;
}

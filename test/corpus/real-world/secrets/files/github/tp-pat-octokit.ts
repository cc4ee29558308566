import { Octokit } from '@octokit/rest';

export const octokit = new Octokit({ auth: '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' });

import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The layer rules of docs/architecture.md are enforced by `npm run lint`
 * (eslint.config.js). Each case plants an import a layer must not make, at a path
 * inside that layer, and expects the boundary rule to reject it; the allowed imports
 * next to them must pass.
 */
describe('layer boundaries (npm run lint)', () => {
  const eslint = new ESLint({ cwd: root });
  const restricted = async (path: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it.each([
    ['lsp/planted.ts', "import { git } from '../cli/git.js';\nvoid git;\n"],
    ['app/planted.ts', "import { runCli } from '../cli/run-cli.js';\nvoid runCli;\n"],
    ['shared/planted.ts', "import { readFile } from 'node:fs/promises';\nvoid readFile;\n"],
    ['shared/report/planted.ts', "import { reviewPullRequest } from '../../app/review-pull-request.js';\nvoid reviewPullRequest;\n"],
    ['shared/planted.ts', "import { execFile } from 'node:child_process';\nvoid execFile;\n"],
    ['node/planted.ts', "import { runCli } from '../cli/run-cli.js';\nvoid runCli;\n"],
    ['app/planted.ts', "import { git } from '../node/git.js';\nvoid git;\n"],
  ])('%s: %s is refused', async (path, code) => {
    expect(await restricted(path, code)).toHaveLength(1);
  });

  it.each([
    ['lsp/planted.ts', "import { runReview } from '../shared/engine/run-review.js';\nvoid runReview;\n"],
    ['cli/planted.ts', "import { readFile } from 'node:fs/promises';\nvoid readFile;\n"],
    ['shared/planted.ts', "import { createHash } from 'node:crypto';\nvoid createHash;\n"],
    ['app/planted.ts', "import { createReviewPool } from '../node/review-pool.js';\nvoid createReviewPool;\n"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await restricted(path, code)).toEqual([]);
  });
});

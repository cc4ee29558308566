import { rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitIn, runTollgate, tempTree } from '../cli/run-tollgate.js';
import { createPull, fakeStripeKey, published, pullRequestPayload, startHarness, type Harness } from './app-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

// Both now run one pipeline (shared/review/review-change.ts) over different change
// sources, so this holds by construction; it stays as a regression test of the sources.
describe('the sticky comment and `tollgate review --format markdown`', () => {
  it('are the same Markdown for the same change (head commit aside)', async () => {
    const base: Record<string, string> = {
      '.github/tollgate.yml': 'version: 1\nrules:\n  secrets/generic-assignment:\n    severity: note\n',
      'src/app.ts': 'export const a = 1;\nexport const b = 2;\n',
      'src/old.ts': 'export const old = true;\n',
    };
    const changes: Record<string, string | null> = {
      'src/app.ts': `export const a = 1;\nconst key = "${fakeStripeKey()}";\nexport const b = 2;\n`,
      'src/new.ts': `export const token = "${fakeStripeKey()}";\n`,
      'src/old.ts': null,
    };
    const pr = createPull(h.github, base, changes);
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const comment = published(h.github, pr).comments[0]?.body ?? '';

    const root = tempTree(base);
    try {
      gitIn(root, 'init', '-q');
      gitIn(root, 'add', '-A');
      gitIn(root, 'commit', '-q', '-m', 'base');
      const baseSha = gitIn(root, 'rev-parse', 'HEAD').trim();
      for (const [path, content] of Object.entries(changes)) {
        if (content === null) unlinkSync(join(root, path));
        else {
          mkdirSync(dirname(join(root, path)), { recursive: true });
          writeFileSync(join(root, path), content);
        }
      }
      gitIn(root, 'add', '-A');
      gitIn(root, 'commit', '-q', '-m', 'head');
      const headSha = gitIn(root, 'rev-parse', 'HEAD').trim();
      const cli = await runTollgate(['review', '--base', baseSha, '--format', 'markdown', '--quiet'], root);
      expect(cli.code).toBe(1);
      const normalize = (text: string, sha: string): string => text.replaceAll(sha.slice(0, 7), '<head>').trimEnd();
      expect(comment).toContain('secrets/stripe-key');
      expect(normalize(comment, pr.head)).toBe(normalize(cli.stdout, headSha));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitIn, runTollgate, tempTree } from './run-tollgate.js';

// `tollgate init` on a repository without manifests: a day-one scan is one
// undeclared-system finding per system (not per file); after init, none, and no
// manifest is invalid.

const REPO = {
  'src/draft.ts': "import OpenAI from 'openai';\nexport const client = new OpenAI();\n",
  'src/summarise.ts': "import OpenAI from 'openai';\nexport const other = new OpenAI();\n",
  'src/billing.ts': "import Stripe from 'stripe';\nexport const stripe = new Stripe(process.env.STRIPE_KEY ?? '');\n",
  'worker/notify.py': 'import slack_sdk\nclient = slack_sdk.WebClient(token=os.environ["SLACK_TOKEN"])\n',
};

interface Report {
  findings: { ruleId: string; path: string; messageId?: string }[];
}

const scan = async (root: string): Promise<Report> => JSON.parse((await runTollgate(['scan', '--format', 'json'], root)).stdout) as Report;

describe('tollgate init', () => {
  it('before: one undeclared-system per system; after init: none, and every manifest is valid', async () => {
    const root = tempTree(REPO);
    gitIn(root, 'init', '-q');
    const before = (await scan(root)).findings.filter((f) => f.ruleId === 'flows/undeclared-system');
    // openai is reached from two files, reported once.
    expect(before.map((f) => f.path).sort()).toEqual(['src/billing.ts', 'src/draft.ts', 'worker/notify.py']);

    const init = await runTollgate(['init', '--owner', '@acme/platform'], root);
    expect(init.code, init.stderr).toBe(0);
    for (const file of [
      '.github/tollgate.yml',
      'connectors/openai/connector.yml',
      'connectors/stripe/connector.yml',
      'connectors/slack/connector.yml',
    ]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    expect(init.stdout).toContain('TODO');

    const after = (await scan(root)).findings;
    expect(
      after.filter((f) => f.ruleId === 'flows/undeclared-system' || f.ruleId === 'flows/manifest-invalid' || f.ruleId.startsWith('tollgate/policy')),
    ).toEqual([]);
    const check = await runTollgate(['policy', 'check', '.github/tollgate.yml'], root);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('never overwrites a file, and --dry-run writes nothing', async () => {
    const root = tempTree(REPO);
    gitIn(root, 'init', '-q');
    const dry = await runTollgate(['init', '--owner', '@acme/platform', '--dry-run'], root);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('connectors/openai/connector.yml');
    expect(existsSync(join(root, 'connectors'))).toBe(false);
    expect(existsSync(join(root, '.github/tollgate.yml'))).toBe(false);

    writeFileSync(join(root, 'mine.yml'), '');
    await runTollgate(['init', '--owner', '@acme/platform'], root);
    const edited = '# mine\nname: openai\n';
    writeFileSync(join(root, 'connectors/openai/connector.yml'), edited);
    const again = await runTollgate(['init', '--owner', '@acme/platform'], root);
    expect(again.code).toBe(0);
    expect(readFileSync(join(root, 'connectors/openai/connector.yml'), 'utf8')).toBe(edited);
  });

  it('takes the owner from CODEOWNERS, and without one is a usage error that names --owner', async () => {
    const root = tempTree({ ...REPO, '.github/CODEOWNERS': '* @acme/owners\n' });
    gitIn(root, 'init', '-q');
    expect((await runTollgate(['init'], root)).code).toBe(0);
    expect(readFileSync(join(root, 'connectors/stripe/connector.yml'), 'utf8')).toContain('"@acme/owners"');

    const bare = tempTree(REPO);
    const refused = await runTollgate(['init'], bare);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--owner');
    expect((await runTollgate(['init', '--owner', 'not a handle'], bare)).code).toBe(2);
  });
});

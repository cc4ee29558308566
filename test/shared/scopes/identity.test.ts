import { describe, expect, it } from 'vitest';
import { checkIdentity, personalTokenReason } from '../../../shared/scopes/check-identity.js';
import { collectInventory } from '../../../shared/scopes/collect-inventory.js';
import { extractTypeScriptScopes } from '../../../shared/scopes/extract/extract-typescript-scopes.js';

describe('identity checks', () => {
  it('recognises personal tokens by name, not ordinary ones', () => {
    for (const name of [
      'GH_PAT',
      'GITHUB_PAT',
      'PERSONAL_ACCESS_TOKEN',
      'SLACK_USER_TOKEN',
      'ALICE_GITHUB_TOKEN',
      'MY_API_KEY',
      'CLASSIC_TOKEN',
      'USER_OAUTH_TOKEN',
    ]) {
      expect(personalTokenReason(name), name).toBeDefined();
    }
    for (const name of [
      'GITHUB_TOKEN',
      'SLACK_BOT_TOKEN',
      'NPM_TOKEN',
      'OPENAI_API_KEY',
      'MAX_TOKENS',
      'PATH',
      'PATIENT_ID',
      'TOKEN_PATH',
      'AWS_ACCESS_KEY_ID',
    ]) {
      expect(personalTokenReason(name), name).toBeUndefined();
    }
  });

  it('finds static cloud keys in other pipelines, and reads no key from a file that does not set one', async () => {
    const gitlab = 'deploy:\n  variables:\n    AWS_ACCESS_KEY_ID: $CI_AWS_KEY\n    AWS_SECRET_ACCESS_KEY: $CI_AWS_SECRET\n  script: ./deploy.sh\n';
    const files = new Map([
      ['.gitlab-ci.yml', gitlab],
      [
        '.github/workflows/ok.yml',
        'permissions:\n  id-token: write\njobs:\n  a:\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          creds: ${{ secrets.DOCKER }}\n',
      ],
    ]);
    const inventory = await collectInventory(files, [...files.keys()]);
    const findings = checkIdentity(files, [...files.keys()], inventory.connectors);
    expect(findings.map((f) => [f.ruleId, f.path, gitlab.slice(f.range.start, f.range.end)])).toEqual([
      ['scopes/static-cloud-key-in-ci', '.gitlab-ci.yml', 'AWS_ACCESS_KEY_ID'],
    ]);
  });

  it('never reports a credential-looking value as a scope or echoes it', async () => {
    const token = ['xoxp', '1234567890', '0987654321', 'AbCdEfGhIjKlMnOp'].join('-');
    const out = await extractTypeScriptScopes(
      'a.ts',
      `import { InstallProvider } from '@slack/oauth';\ninstaller.generateInstallUrl({ scopes: ['chat:write', '${token}'] });\n`,
    );
    expect(out.scopes.map((s) => s.scope)).toEqual(['chat:write']);
    expect(JSON.stringify(out)).not.toContain(token);
  });
});

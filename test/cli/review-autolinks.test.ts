import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTOLINK_SAMPLES, findAutolinks } from '../shared/report/find-autolinks.js';
import { gitIn, runTollgate, tempTree } from './run-tollgate.js';

const HOSTILE = AUTOLINK_SAMPLES.join(' ');
const q = (s: string): string => JSON.stringify(s);

// A pull request controls the names, owners, scopes and purposes in its manifests;
// the comment quotes them. None may become a cross-reference, mention or link.
describe('tollgate review --format markdown: repository text links nothing', () => {
  it('manifest names, owners, scopes, systems and messages with references, SHAs and URLs', async () => {
    const root = tempTree({ 'a.ts': 'export const a = 1;\n' });
    gitIn(root, 'init', '-q');
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-qm', 'base');
    gitIn(root, 'checkout', '-qb', 'feature');
    // Free text everywhere (the manifest is invalid; names reach the scope table and messages).
    mkdirSync(join(root, 'connectors/crm'), { recursive: true });
    writeFileSync(
      join(root, 'connectors/crm/connector.yml'),
      [
        `name: ${q(`crm ${HOSTILE}`)}`,
        `owner: ${q(HOSTILE)}`,
        `purpose: ${q(HOSTILE)}`,
        'auth:',
        '  type: oauth',
        '  scopes:',
        `    - ${q(`chat:write ${HOSTILE}`)}`,
        '    - admin',
        `systems:`,
        `  - id: ${q(`agent ${HOSTILE}`)}`,
        '    kind: internal',
        '',
      ].join('\n'),
    );
    // A valid manifest whose ids look like a domain and a SHA: they reach the flow list.
    mkdirSync(join(root, 'connectors/www.evil.example'), { recursive: true });
    writeFileSync(
      join(root, 'connectors/www.evil.example/connector.yml'),
      [
        'name: www.evil.example',
        'owner: "@acme/deadbeefcafe1234"',
        `purpose: ${q(HOSTILE)}`,
        'auth:',
        '  type: api_key',
        '  credential:',
        '    source: vault',
        '    ref: kv/deadbeefcafe1234',
        '    rotation: 30d',
        'systems:',
        '  - id: deadbeefcafe1234',
        '    kind: internal',
        '    region: eu',
        '  - id: www.evil.example',
        '    kind: llm',
        '    region: us',
        'flows:',
        '  - from: deadbeefcafe1234',
        '    to: www.evil.example',
        '    data: [pii]',
        `    purpose: ${q(HOSTILE)}`,
        '    region: us',
        '',
      ].join('\n'),
    );
    writeFileSync(join(root, `notes ${AUTOLINK_SAMPLES.slice(0, 3).join(' ')}.md`), `${HOSTILE}\n`);
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-qm', 'head');

    const run = await runTollgate(['review', '--base', 'main', '--format', 'markdown'], root);
    expect(run.stdout).toContain('evil');
    expect(run.stdout).toContain('deadbe');
    expect(findAutolinks(run.stdout)).toEqual([]);
  });
});

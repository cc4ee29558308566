import { describe, expect, it } from 'vitest';
import { createFileSet } from '../../../shared/files/file-set.js';
import { collectInventory } from '../../../shared/scopes/collect-inventory.js';

describe('constants followed across files', () => {
  it('reads a constant imported from a relative module at its literal, once, with no unresolved note', async () => {
    const files = createFileSet({
      'src/access.ts': "export const driveAccess = ['https://www.googleapis.com/auth/drive.readonly'];\n",
      'src/auth.ts':
        "import { google } from 'googleapis';\nimport { driveAccess } from './access';\n\nexport const url = (c: any) => c.generateAuthUrl({ scope: driveAccess.join(' ') });\n",
      'src/other.ts': "import { driveAccess as d } from './access.js';\n\nexport const again = (c: any) => c.generateAuthUrl({ scope: d });\n",
    });
    const inventory = await collectInventory(files, [...files.keys()].sort());
    expect(inventory.entries.map((e) => [e.path, e.line, e.scope, e.access])).toEqual([
      ['src/access.ts', 1, 'https://www.googleapis.com/auth/drive.readonly', 'read'],
    ]);
    expect(inventory.dynamic).toEqual([]);
  });

  it('leaves a name from a module outside the file set unresolved', async () => {
    const files = createFileSet({
      'src/auth.ts':
        "import { scopesFromSettings } from './settings';\n\nexport const url = (c: any) => c.generateAuthUrl({ scope: scopesFromSettings });\n",
    });
    const inventory = await collectInventory(files, ['src/auth.ts']);
    expect(inventory.entries).toEqual([]);
    expect(inventory.dynamic.map((d) => [d.path, d.reason])).toEqual([['src/auth.ts', 'variable']]);
  });
});

import { describe, expect, it } from 'vitest';
import { collectInventory } from '../../../shared/scopes/collect-inventory.js';
import { typeScriptCompilerLoads } from '../../../shared/scopes/extract/typescript-project.js';

// Its own test file, so its own process: nothing else has loaded ts-morph here.
describe('lazy TypeScript loading', () => {
  it('does not load ts-morph for runs without TS/JS scope code, and loads it once after', async () => {
    const files = new Map([
      ['a.py', 'SCOPES = ["https://www.googleapis.com/auth/drive.file"]\n'],
      ['.github/workflows/ci.yml', 'permissions:\n  contents: read\n'],
      ['src/plain.ts', 'export const x = 1;\n'],
    ]);
    await collectInventory(files, [...files.keys()]);
    expect(typeScriptCompilerLoads()).toBe(0);
    files.set('src/graph.ts', "const r = cca.acquireTokenSilent({ scopes: ['User.Read'] });\n");
    const inventory = await collectInventory(files, [...files.keys()]);
    await collectInventory(files, [...files.keys()]);
    expect(typeScriptCompilerLoads()).toBe(1);
    expect(inventory.entries.map((e) => e.scope)).toEqual(['contents: read', 'https://www.googleapis.com/auth/drive.file', 'User.Read']);
  });
});

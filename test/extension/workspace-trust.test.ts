import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseServerCommand } from '../../extension/src/choose-server-command.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface ExtensionManifest {
  capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: unknown; restrictedConfigurations?: unknown } };
  contributes: { configuration: { properties: Record<string, { scope?: string; type?: string }> } };
}

const manifest = JSON.parse(readFileSync(join(repo, 'extension/package.json'), 'utf8')) as ExtensionManifest;
const properties = manifest.contributes.configuration.properties;

// Settings that name an executable (or a path outside the workspace): a repository's
// .vscode/settings.json must never choose what the editor runs.
const EXECUTABLE_SETTINGS = ['tollgate.server.command'];

describe('extension manifest: workspace trust', () => {
  it('declares limited support for untrusted workspaces, with a description', () => {
    const trust = manifest.capabilities?.untrustedWorkspaces;
    expect(trust?.supported).toBe('limited');
    expect(typeof trust?.description).toBe('string');
    expect((trust?.description as string).trim()).not.toBe('');
  });

  it.each(EXECUTABLE_SETTINGS)('restricts %s in untrusted workspaces and gives it machine scope', (key) => {
    expect(properties[key]).toBeDefined();
    expect(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations).toContain(key);
    expect(properties[key]?.scope).toBe('machine');
  });

  it('restricts only settings the extension contributes', () => {
    for (const key of manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations as string[])
      expect(Object.keys(properties)).toContain(key);
  });
});

describe('chooseServerCommand', () => {
  const bundled = (choice: ReturnType<typeof chooseServerCommand>): boolean => choice.command === undefined;

  it('runs the bundled server when nothing is set, trusted or not', () => {
    for (const trusted of [true, false]) {
      expect(chooseServerCommand(trusted, undefined)).toEqual({ ignored: [] });
      expect(chooseServerCommand(trusted, { globalValue: '' })).toEqual({ ignored: [] });
      expect(chooseServerCommand(trusted, { globalValue: '   ' })).toEqual({ ignored: [] });
    }
  });

  it("runs the user's command in a trusted workspace", () => {
    expect(chooseServerCommand(true, { globalValue: '/usr/local/bin/tollgate' })).toEqual({ command: '/usr/local/bin/tollgate', ignored: [] });
  });

  it("holds the user's command back in an untrusted workspace", () => {
    const choice = chooseServerCommand(false, { globalValue: '/usr/local/bin/tollgate' });
    expect(bundled(choice)).toBe(true);
    expect(choice.ignored).toEqual(['untrusted-workspace']);
  });

  it('never runs a command set in workspace or folder settings', () => {
    for (const trusted of [true, false]) {
      for (const level of ['workspaceValue', 'workspaceFolderValue'] as const) {
        const choice = chooseServerCommand(trusted, { [level]: './evil.sh' });
        expect(bundled(choice)).toBe(true);
        expect(choice.ignored).toContain('workspace-setting');
      }
    }
  });

  it("a workspace value does not override the user's command", () => {
    const choice = chooseServerCommand(true, { globalValue: 'tollgate', workspaceValue: './evil.sh', workspaceFolderValue: './evil2.sh' });
    expect(choice).toEqual({ command: 'tollgate', ignored: ['workspace-setting'] });
    const untrusted = chooseServerCommand(false, { globalValue: 'tollgate', workspaceValue: './evil.sh' });
    expect(bundled(untrusted)).toBe(true);
    expect(untrusted.ignored).toEqual(['workspace-setting', 'untrusted-workspace']);
  });

  it('ignores values that are not strings', () => {
    expect(bundled(chooseServerCommand(true, { globalValue: 42, workspaceValue: ['x'] }))).toBe(true);
  });
});

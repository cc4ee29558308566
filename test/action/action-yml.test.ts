import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string): unknown => parse(readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8'));

interface ActionYml {
  inputs: Record<string, unknown>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; run: string; env?: Record<string, string> }[] };
}

describe('action.yml and .pre-commit-hooks.yaml', () => {
  it('passes every input to the entry as INPUT_* and maps every output from the run step', () => {
    const action = read('action.yml') as ActionYml;
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.find((s) => s.id === 'tollgate');
    expect(step?.run).toContain('scripts/action/run-action.js');
    // Inputs reach the script as environment variables, never interpolated into the shell.
    for (const s of action.runs.steps) expect(s.run).not.toContain('${{');
    for (const name of Object.keys(action.inputs)) {
      expect(step?.env?.[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'sarif-file', 'tier', 'warnings']);
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value).toBe(`\${{ steps.tollgate.outputs.${name} }}`);
  });

  it('declares the tollgate pre-commit hook as `tollgate scan --staged`', () => {
    const hooks = read('.pre-commit-hooks.yaml') as { id: string; entry: string; language: string; pass_filenames: boolean }[];
    expect(hooks).toEqual([expect.objectContaining({ id: 'tollgate', entry: 'tollgate scan --staged', language: 'node', pass_filenames: false })]);
  });
});

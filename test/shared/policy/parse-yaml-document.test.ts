import { describe, expect, it } from 'vitest';
import { readYamlTree } from '../../../shared/agents/config-tree.js';
import { parseYamlDocument, readYaml } from '../../../shared/policy/read-yaml.js';

// The scopes and agents analyzers read the same workflow files; one parse serves both
// (parseYamlDocument remembers the last texts). Each keeps its own rules: readYaml
// refuses duplicate keys, readYamlTree accepts them.

const WORKFLOW = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
const DUPLICATED = `${WORKFLOW}on: pull_request\n`;

describe('one YAML parse for several readers', () => {
  it('parses a text once while it is among the last ones read', () => {
    const first = parseYamlDocument(WORKFLOW);
    expect(parseYamlDocument(`${WORKFLOW}`)).toBe(first);
    for (let i = 0; i < 20; i++) parseYamlDocument(`n: ${i}\n`);
    expect(parseYamlDocument(WORKFLOW)).not.toBe(first);
  });

  it('duplicate keys: an error for readYaml, not for readYamlTree, in either order', () => {
    for (const order of ['yaml-first', 'tree-first']) {
      const text = `${DUPLICATED}# ${order}\n`;
      const tree = order === 'tree-first' ? readYamlTree(text) : undefined;
      const read = readYaml(text, '.github/workflows/ci.yml');
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.errors[0]).toMatchObject({ file: '.github/workflows/ci.yml', line: 7 });
      const after = tree ?? readYamlTree(text);
      expect(after.error).toBeUndefined();
      expect(after.node?.kind).toBe('object');
      expect(after.node?.kind === 'object' && after.node.entries.map((e) => e.key)).toEqual(['on', 'jobs', 'on']);
    }
  });

  it('a syntax error is the first error for both', () => {
    const broken = 'on: push\njobs: [\n';
    const read = readYaml(broken, 'a.yml');
    expect(read.ok).toBe(false);
    expect(readYamlTree(broken).error?.message).toBe('is not valid YAML');
  });
});

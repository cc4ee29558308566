import { describe, expect, it } from 'vitest';
import { DECOY_KINDS, SECRET_KINDS } from '../../scripts/bench/fake-values.js';
import { generateCorpus, replicateCorpus, type Corpus } from '../../scripts/bench/generate-corpus.js';

const corpus = generateCorpus();

function linesOf(c: Corpus): Map<string, string[]> {
  return new Map(c.files.map((f) => [f.path, f.text.split('\n')]));
}

describe('benchmark corpus generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateCorpus();
    expect(again.files).toEqual(corpus.files);
    expect(again.labels).toEqual(corpus.labels);
    const other = generateCorpus({ seed: 7 });
    expect(other.files.map((f) => f.text)).not.toEqual(corpus.files.map((f) => f.text));
  });

  it('makes about 400 files with unique paths, or the number asked for', () => {
    expect(corpus.files).toHaveLength(400);
    expect(new Set(corpus.files.map((f) => f.path)).size).toBe(400);
    expect(generateCorpus({ files: 37 }).files).toHaveLength(37);
  });

  it('labels point at real lines that hold the planted value', () => {
    const lines = linesOf(corpus);
    for (const label of corpus.labels) {
      const file = lines.get(label.path);
      expect(file, label.path).toBeDefined();
      const at = `${label.path}:${label.line}`;
      expect(label.line, at).toBeGreaterThanOrEqual(1);
      expect(label.endLine ?? label.line, at).toBeLessThanOrEqual(file?.length ?? 0);
      expect(file?.[label.line - 1], at).toContain(label.probe);
      // A PEM block's label ends on its END line.
      if (label.probe.startsWith('-----BEGIN') && label.endLine !== undefined) expect(file?.[label.endLine - 1], at).toContain('-----END');
    }
  });

  it('never puts two labels on one line', () => {
    const seen = new Set<string>();
    for (const label of corpus.labels) {
      for (let line = label.line; line <= (label.endLine ?? label.line); line++) {
        const key = `${label.path}:${line}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('plants every secret and look-alike category, in every file kind an AI stack keeps secrets in', () => {
    const count = (secret: boolean, category: string) => corpus.labels.filter((l) => l.secret === secret && l.category === category).length;
    for (const kind of SECRET_KINDS) expect(count(true, kind.category), kind.category).toBeGreaterThanOrEqual(3);
    for (const kind of DECOY_KINDS) expect(count(false, kind.category), kind.category).toBeGreaterThanOrEqual(3);
    const paths = corpus.files.map((f) => f.path);
    const kinds: Record<string, RegExp> = {
      typescript: /\.ts$/,
      javascript: /\.m?js$/,
      python: /\.py$/,
      yaml: /\/(config|helm|k8s|deploy)\/.*\.ya?ml$/,
      json: /\.json$/,
      dotenv: /(^|\/)\.env(\.[a-z-]+)?$/,
      dockerfile: /Dockerfile$/,
      workflow: /\.github\/workflows\/[^/]+\.yml$/,
      markdown: /(README|docs\/.*)\.md$/,
      prompt: /\/(prompts|templates)\//,
      jsonl: /\.jsonl$/,
      notebook: /\.ipynb$/,
    };
    for (const [name, pattern] of Object.entries(kinds))
      expect(
        paths.some((p) => pattern.test(p)),
        name,
      ).toBe(true);
    const secretPaths = new Set(corpus.labels.filter((l) => l.secret).map((l) => l.path));
    for (const [name, pattern] of Object.entries(kinds))
      expect(
        [...secretPaths].some((p) => pattern.test(p)),
        `secret in ${name}`,
      ).toBe(true);
  });

  it('includes the look-alikes the issue names', () => {
    const text = corpus.files.map((f) => f.text).join('\n');
    const expected = [
      'xo' + 'xb-your-bot-token',
      'gh' + 'p_' + 'x'.repeat(36),
      '<password>',
      'USER:PASSWORD@HOST',
      'process.env.',
      '${{ secrets.',
      'AK' + 'IAIOSFODNN7EXAMPLE',
      'postgres:postgres@localhost',
    ];
    for (const s of expected) expect(text, s).toContain(s);
  });

  it('replicates into sub-folders with the labels moved along', () => {
    const small = generateCorpus({ files: 20 });
    const ten = replicateCorpus(small, 10);
    expect(ten.files).toHaveLength(200);
    expect(ten.labels).toHaveLength(small.labels.length * 10);
    expect(new Set(ten.files.map((f) => f.path)).size).toBe(200);
    const first = small.labels[0];
    expect(first).toBeDefined();
    expect(ten.labels).toContainEqual({ ...first, path: `x10/${first?.path}` });
    const lines = linesOf(ten);
    for (const label of ten.labels) expect(lines.get(label.path)?.[label.line - 1]).toContain(label.probe);
  });
});

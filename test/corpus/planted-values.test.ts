import { describe, expect, it } from 'vitest';
import { createFileSet } from '../../shared/files/file-set.js';
import { plantedValues } from './planted-values.js';
import { revealingStrings } from './revealing-strings.js';
import type { CorpusLabel } from './score-corpus.js';

describe('plantedValues', () => {
  it('reads single-line and multi-line values by their label range and skips whole-file labels', () => {
    const head = createFileSet({ 'a.env': '# x\nKEY=abcdefgh1234\n', 'k.pem': '-----BEGIN X-----\nQUJD\n-----END X-----\n' });
    const labels: CorpusLabel[] = [
      { path: 'a.env', line: 1, category: 'committed-dotenv', secret: true, note: '' },
      { path: 'a.env', line: 2, column: 5, endLine: 2, endColumn: 17, category: 'generic-secret', secret: true, note: '' },
      { path: 'a.env', line: 1, column: 1, endLine: 1, endColumn: 4, category: 'placeholder', secret: false, note: '' },
      { path: 'k.pem', line: 1, column: 1, endLine: 3, endColumn: 16, category: 'private-key', secret: true, note: '' },
    ];
    expect(plantedValues(head, labels).map((v) => v.value)).toEqual(['abcdefgh1234', '-----BEGIN X-----\nQUJD\n-----END X-----']);
  });

  it('refuses a label for a file that is not there', () => {
    expect(() => plantedValues(createFileSet({}), [{ path: 'gone', line: 1, column: 1, endLine: 1, endColumn: 2, category: 'x', secret: true, note: '' }])).toThrow(/gone/);
  });
});

describe('revealingStrings', () => {
  it('covers the value, long lines and their three-quarter prefixes and suffixes, not PEM armour', () => {
    const body = 'ABCDEFGHIJKLMNOPQRSTUVWX';
    const needles = revealingStrings(`-----BEGIN EC PRIVATE KEY-----\\n${body}\\n-----END EC PRIVATE KEY-----`, 'private-key');
    expect(needles).toContain(body);
    expect(needles).toContain(body.slice(0, 18));
    expect(needles).toContain(body.slice(6));
    expect(needles.some((n) => n === '-----BEGIN EC PRIVATE KEY-----')).toBe(false);
  });

  it('decodes Kubernetes data values', () => {
    const plain = 'sk-proj-0123456789abcdefghij';
    expect(revealingStrings(Buffer.from(plain).toString('base64'), 'k8s-secret-data')).toContain(plain);
  });
});

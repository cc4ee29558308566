import { describe, expect, it } from 'vitest';
import { sortFindings } from '../../../../shared/engine/stages/sort-findings.js';
import type { Finding } from '../../../../shared/model/finding.js';

const at = (path: string, line: number, column: number, ruleId: string): Finding => ({
  ruleId,
  messageId: 'm',
  severity: 'error',
  path,
  range: { start: 0, end: 0 },
  location: { startLine: line, startColumn: column, endLine: line, endColumn: column },
  message: '',
  fingerprint: '',
  data: {},
  docsUrl: '',
});

describe('sortFindings', () => {
  it('orders by path, line, column, then rule, without changing its input', () => {
    const input = [at('b', 1, 1, 'x/a'), at('a', 2, 1, 'x/a'), at('a', 1, 5, 'x/a'), at('a', 1, 5, 'w/z'), at('a', 1, 2, 'y/a')];
    const sorted = sortFindings(input);
    expect(sorted.map((f) => `${f.path}:${f.location.startLine}:${f.location.startColumn}:${f.ruleId}`)).toEqual([
      'a:1:2:y/a',
      'a:1:5:w/z',
      'a:1:5:x/a',
      'a:2:1:x/a',
      'b:1:1:x/a',
    ]);
    expect(input[0]?.path).toBe('b');
  });
});

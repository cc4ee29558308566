import { describe, expect, it } from 'vitest';
import { selectPaths } from '../../../../shared/engine/stages/select-paths.js';
import { createFileSet } from '../../../../shared/files/file-set.js';

describe('selectPaths', () => {
  const head = createFileSet({ 'z.ts': '', 'vendor/v.ts': '', 'big.ts': 'start', 'img.png': '' });

  it('leaves out skipped files but keeps a partly read one, sorted, then ignored paths', () => {
    const selected = selectPaths(
      head,
      [
        { path: 'img.png', reason: 'binary' },
        { path: 'big.ts', reason: 'too-large', partial: true },
      ],
      (p) => p.startsWith('vendor/'),
    );
    expect(selected).toEqual({ all: ['big.ts', 'vendor/v.ts', 'z.ts'], analyzed: ['big.ts', 'z.ts'] });
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../node/list-files.js';
import { readTextFile, readTextFileSync } from '../../node/read-text-file.js';
import { readWorkspaceFiles } from '../../node/read-workspace-files.js';
import { gitIn, tempTree } from '../cli/run-tollgate.js';

// Files are read synchronously (readTextFileSync) and listed with synchronous system
// calls: the same results as the asynchronous reads, and nothing that is not a regular
// file is read or waited on.

describe('reading files for analysis', () => {
  const root = tempTree({
    'a.ts': 'export const a = 1;\n',
    'big.txt': `${'x'.repeat(100)}\nSECRET=1\n`,
    'bin.dat': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
    'dir/b.py': 'b = 2\n',
  });

  it('gives what the asynchronous read gives, for every kind of file', async () => {
    for (const [name, max] of [
      ['a.ts', 1024],
      ['big.txt', 50],
      ['bin.dat', 1024],
      ['missing.txt', 1024],
      ['dir', 1024],
    ] as const) {
      expect(readTextFileSync(join(root, name), max), name).toEqual(await readTextFile(join(root, name), max));
    }
    expect(readTextFileSync(join(root, 'big.txt'), 50)).toMatchObject({ ok: true, partial: { reason: 'too-large' } });
    expect(readTextFileSync(join(root, 'missing.txt'), 50)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(readTextFileSync(join(root, 'dir'), 50)).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('skips a FIFO without waiting for a writer', () => {
    const fifo = join(root, 'pipe');
    execFileSync('mkfifo', [fifo]);
    try {
      expect(readTextFileSync(fifo, 1024)).toEqual({ ok: false, reason: 'unreadable', detail: 'not a regular file' });
    } finally {
      rmSync(fifo);
    }
  });

  it('reads a file set in batches, in order, skipping what is not text', async () => {
    const many = tempTree(Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`f${String(i).padStart(3, '0')}.txt`, `line ${i}\n`])));
    writeFileSync(join(many, 'z.bin'), new Uint8Array([0, 1, 2, 0, 0, 0]));
    const files = await listFiles(many, [many], false);
    const progress: number[] = [];
    const { head, skipped } = await readWorkspaceFiles(many, files, 1024, (done) => progress.push(done));
    expect(head.size).toBe(150);
    expect(head.get('f149.txt')).toBe('line 149\n');
    expect(skipped).toEqual([{ path: 'z.bin', reason: 'binary' }]);
    expect(progress).toEqual([64, 128, 151]);
  });
});

describe('listing files', () => {
  it('outside git: every regular file, not node_modules or links', async () => {
    const root = tempTree({ 'a.ts': 'a\n', 'node_modules/x/index.js': 'x\n', 'src/b.ts': 'b\n' });
    symlinkSync(join(root, 'a.ts'), join(root, 'link.ts'));
    expect(await listFiles(root, [root], false)).toEqual(['a.ts', 'src/b.ts']);
  });

  it('in git: tracked and untracked files, not a deleted one or a link', async () => {
    const root = tempTree({ 'a.ts': 'a\n', 'gone.ts': 'g\n', '.gitignore': 'ignored.txt\n', 'ignored.txt': 'i\n' });
    gitIn(root, 'init', '-q');
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-q', '-m', 'x');
    rmSync(join(root, 'gone.ts'));
    mkdirSync(join(root, 'new'));
    writeFileSync(join(root, 'new/c.ts'), 'c\n');
    symlinkSync(join(root, 'a.ts'), join(root, 'link.ts'));
    expect(await listFiles(root, [root], true)).toEqual(['.gitignore', 'a.ts', 'new/c.ts']);
  });
});

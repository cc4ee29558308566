import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitIn, runTollgate, tempTree } from './run-tollgate.js';

// A repository's own .git/config can name programs git runs (core.fsmonitor, diff
// textconv drivers). The editor runs the bundled server on untrusted workspaces, and the
// CLI on whatever it is pointed at: reading a repository must not run them.
describe('git config of the scanned repository', () => {
  it('scan and review never run core.fsmonitor or a textconv driver', async () => {
    const root = tempTree({ 'app.ts': 'export const a = 1;\n', '.gitattributes': '*.ts diff=evil\n' });
    const marker = join(root, '..', `${root.split('/').pop()}-ran`);
    const hook = join(root, '.git-hook.sh');
    gitIn(root, 'init', '-q');
    writeFileSync(hook, `#!/bin/sh\ntouch '${marker}'\ncat "$@" 2>/dev/null\n`);
    chmodSync(hook, 0o755);
    gitIn(root, 'add', 'app.ts', '.gitattributes');
    gitIn(root, 'commit', '-q', '-m', 'base');
    gitIn(root, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(root, 'app.ts'), 'export const a = 2;\n');
    gitIn(root, 'commit', '-q', '-am', 'change');
    // Configured last: the test's own commits would run the hook.
    gitIn(root, 'config', 'core.fsmonitor', hook);
    gitIn(root, 'config', 'diff.evil.textconv', hook);
    expect(existsSync(marker)).toBe(false);

    const scan = await runTollgate(['scan', '.', '--format', 'json'], root);
    expect(scan.code).toBe(0);
    const review = await runTollgate(['review', '--base', 'main', '--format', 'json'], root);
    expect(review.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, gitIn, randomString, tempTree } from '../cli/run-tollgate.js';

// The Neovim set-up of docs/editor.md, run in a real Neovim (Debian's, installed by
// .ci/run): the Lua block under `<!-- neovim-0.7 -->` is the init file, `tollgate` on
// PATH is this checkout's CLI, and the file opened sits two folders below the
// repository root, so a server rooted anywhere but the root would miss the policy.

const NVIM = process.env.TOLLGATE_NVIM ?? '/usr/bin/nvim';
const DOC = fileURLToPath(new URL('../../docs/editor.md', import.meta.url));

/** The Lua block that follows the marker in docs/editor.md. */
function documentedLua(marker: string): string {
  const doc = readFileSync(DOC, 'utf8');
  const after = doc.slice(doc.indexOf(marker));
  const match = /```lua\n([\s\S]*?)```/.exec(after);
  if (doc.indexOf(marker) < 0 || !match) throw new Error(`docs/editor.md has no Lua block after ${marker}`);
  return match[1]!;
}

// Written after the documented block: wait for Tollgate's diagnostics on the opened
// buffer, write them and the client's root as JSON, quit.
const PROBE = (out: string): string => `
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, { code = d.code or lsp.code, severity = d.severity, lnum = d.lnum })
  end
  local roots = {}
  for _, c in pairs(vim.lsp.get_active_clients()) do
    table.insert(roots, { name = c.name, root = c.config.root_dir })
  end
  local file = io.open(${JSON.stringify(out)}, 'w')
  file:write(vim.fn.json_encode({ ok = ok, diagnostics = diagnostics, clients = roots }))
  file:close()
  vim.cmd('qa!')
end })
`;

interface Probe {
  ok: boolean;
  diagnostics: { code: string; severity: number; lnum: number }[];
  clients: { name: string; root: string }[];
}

describe.skipIf(!existsSync(NVIM) && !process.env.CI)('Neovim (docs/editor.md, 0.7–0.10 block)', () => {
  it('roots the server at the repository root, so the repository policy applies', () => {
    const key = `sk_live_${randomString(24)}`;
    const root = tempTree({
      // The policy lowers the Stripe rule to a warning: a server that missed it would publish an error.
      '.github/tollgate.yml': 'version: 1\nrules:\n  secrets/stripe-key:\n    severity: warning\n',
      'services/billing/charge.ts': `const stripeKey = "${key}";\nexport default stripeKey;\n`,
    });
    gitIn(root, 'init', '-q');
    const bin = mkdtempSync(join(tmpdir(), 'tollgate-bin-'));
    writeFileSync(join(bin, 'tollgate'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'tollgate'), 0o755);
    const out = join(root, '..', `${randomString(8)}-probe.json`);
    const init = join(bin, 'init.lua');
    writeFileSync(init, documentedLua('<!-- neovim-0.7 -->') + PROBE(out));

    const run = spawnSync(NVIM, ['--headless', '-u', init, '-i', 'NONE', 'services/billing/charge.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, XDG_STATE_HOME: bin, XDG_DATA_HOME: bin, XDG_CONFIG_HOME: bin },
    });
    expect(existsSync(out), `nvim wrote no probe output: ${run.stderr}${run.stdout}`).toBe(true);
    const probe = JSON.parse(readFileSync(out, 'utf8')) as Probe;
    expect(probe.ok).toBe(true);
    expect(probe.clients).toEqual([{ name: 'tollgate', root: execFileSync('realpath', [root], { encoding: 'utf8' }).trim() }]);
    const stripe = probe.diagnostics.filter((d) => d.code === 'secrets/stripe-key');
    expect(stripe).toEqual([{ code: 'secrets/stripe-key', severity: 2, lnum: 0 }]);
  }, 90_000);
});

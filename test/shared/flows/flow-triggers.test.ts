import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectFlowFacts, mayHaveFlowFacts, scanTypeScript } from '../../../shared/flows/scan-typescript.js';

// scanTypeScript skips the parse when the text holds none of the triggers: it must
// then be true that a parse would have found nothing.

const TEST_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CODE = /\.(?:[cm]?[jt]sx?)$/;

/** Every TS/JS file under test/ (fixtures, corpora, the tests themselves). */
function codeFiles(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (CODE.test(name)) out.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  walk(TEST_ROOT);
  return out;
}

describe('the flows pre-check', () => {
  it('skips only files in which a parse finds nothing, over every TS/JS file of the test tree', async () => {
    const files = codeFiles();
    expect(files.length).toBeGreaterThan(200);
    let skipped = 0;
    for (const { path, text } of files) {
      if (mayHaveFlowFacts(text)) continue;
      skipped++;
      expect({ path, facts: await collectFlowFacts(path, text).catch(() => []) }).toEqual({ path, facts: [] });
    }
    // The check is not vacuous: some files are skipped.
    expect(skipped).toBeGreaterThan(0);
  });

  it('keeps files with each kind of trigger, and with escapes that could spell one', async () => {
    const cases = [
      "import OpenAI from 'openai';\nconst c = new OpenAI();\n",
      "const s3 = require('@aws-sdk/client-s3');\n",
      "fetch('http://api.acme-corp.com/x');\n",
      'console.info(token);\n',
      'appLogger.debug({ apiKey });\n',
      'log.info(password);\n',
      "this.log['warn'](secret);\n",
      'log /* audit */ .info(password);\n',
      'const o = { rejectUnauthorized: false };\n',
      "tls.DEFAULT_MIN_VERSION = 'TLSv1';\n",
      "const u = 'http\\u003a//api.acme-corp.com';\n",
      '\\u0063onsole.info(token);\n',
      "const u = 'ht\\\ntp://api.acme-corp.com';\n",
    ];
    for (const text of cases) expect({ text, may: mayHaveFlowFacts(text) }).toEqual({ text, may: true });
    // And the parse does find something in the escaped ones: the escape check is needed.
    expect((await collectFlowFacts('a.ts', cases[10] as string)).map((f) => f.type)).toContain('plaintext-http');
    expect((await collectFlowFacts('a.ts', cases[11] as string)).map((f) => f.type)).toContain('credentials-in-logs');
  });

  it('skips a plain module, and still reports a file over the parse bounds', async () => {
    const plain = "import { client } from './client-3';\nexport const v0 = 'k2j3h4'; // log in to the catalog blog, pg and ai; log them\n";
    expect(mayHaveFlowFacts(plain)).toBe(false);
    expect(await scanTypeScript('src/m.ts', plain)).toEqual([]);
    const deep = `export const x = ${'['.repeat(5000)}${']'.repeat(5000)};\n`;
    expect(mayHaveFlowFacts(deep)).toBe(false);
    await expect(scanTypeScript('src/deep.ts', deep)).rejects.toThrow();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileKindOf } from '../../../shared/secrets/file-kind.js';
import { scanFileForSecrets } from '../../../shared/secrets/secrets-analyzer.js';

/**
 * ReDoS and crash guards. Every detector regex must be linear; these inputs are
 * built to make a careless pattern backtrack (long runs of one token class,
 * repeated separators and quotes, unterminated structures, deep nesting). The time
 * limit is generous on purpose: it catches super-linear behaviour, it is not a
 * speed assertion (the benchmark measures speed).
 */
const PATHS = [
  'src/a.ts',
  'app/a.py',
  'config/a.yaml',
  'config/a.json',
  'data/a.jsonl',
  'nb/a.ipynb',
  '.env',
  'Dockerfile',
  'docs/a.md',
  'prompts/a.prompt',
  'conf/a.properties',
  'bin/a.sh',
  'notes/a.txt',
];
const SIZE = 200_000;
const GUARD_MS = 2000;

const repeat = (s: string): string => s.repeat(Math.ceil(SIZE / s.length)).slice(0, SIZE);
const base64Run = (): string => {
  const c = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let s = '';
  for (let i = 0; i < SIZE; i++) s += c[(i * 7919) % 64];
  return s;
};

const LARGE: Record<string, () => string> = {
  'base64 run': base64Run,
  'equals run': () => repeat('='),
  'colon run': () => repeat(':'),
  'double quotes': () => repeat('"'),
  'escaped quotes': () => repeat('\\"'),
  'key=key=': () => repeat('key='),
  'password: password: ': () => repeat('password: '),
  'api_key quoted openers': () => repeat('"api_key": "'),
  'Bearer Bearer': () => repeat('Bearer '),
  'AccountKey=': () => repeat('AccountKey='),
  'scheme separators': () => repeat('://'),
  'user:pass@ without host': () => repeat('u:p@'),
  'unterminated private key': () => `-----BEGIN PRIVATE KEY-----\n${base64Run()}`,
  'JWT-like segments': () => repeat('eyJhbGciOiJIUzI1NiJ9.'),
  'vendor prefixes without bodies': () => repeat('sk-sk_live_AIzaxoxb-ghp_'),
  'secret words': () => repeat('secret_token_key '),
  'terraform variables': () => repeat('variable "db_password" {'),
  'curl users': () => repeat('-u a:'),
  'short password flags': () => repeat('docker login -p '),
  'client constructors': () => repeat('ErpClient("'),
  'secret containers': () => repeat('credentials:\n  '),
  'name/value pairs': () => repeat('- name: API_KEY\n  value: '),
  'percent escapes': () => `api_key = "${repeat('%3D').slice(0, 190)}"`,
  'many assignments': () => repeat('k_token = "Xk9mQ2vL8pR4nZ7tW3yB"\n'),
  'deep yaml': () => Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i % 400)}k:`).join('\n'),
  'deep json': () => `${'['.repeat(SIZE / 2)}${']'.repeat(SIZE / 2)}`,
  'kubernetes secret with many entries': () =>
    `kind: Secret\ndata:\n${Array.from({ length: 5000 }, (_, i) => `  k${i}: ${'QUFB'.repeat(8)}`).join('\n')}`,
  'spaces after a key': () => `password: ${' '.repeat(SIZE)}x`,
};

async function timed(path: string, text: string): Promise<number> {
  const started = performance.now();
  const found = await scanFileForSecrets({ path, text, kind: fileKindOf(path) });
  expect(Array.isArray(found)).toBe(true);
  return performance.now() - started;
}

describe('secrets scanning on adversarial input', () => {
  for (const [name, make] of Object.entries(LARGE)) {
    it(`stays linear on ${name} (200 KB) for every file kind`, async () => {
      const text = make();
      for (const path of PATHS) expect(await timed(path, text)).toBeLessThan(GUARD_MS);
    });
  }

  it('never throws on generated mixtures of dangerous fragments', async () => {
    const fragment = fc.constantFrom(
      'key',
      'secret',
      'token',
      'password',
      'Bearer ',
      'Basic ',
      '=',
      ':',
      ': ',
      '"',
      "'",
      '`',
      '\\"',
      '\\n',
      '\n',
      ' ',
      '\t',
      '://',
      '@',
      'user:pass@',
      'sk_live_',
      'sk-ant-admin01-',
      'AIza',
      'eyJ',
      '.',
      '-----BEGIN PRIVATE KEY-----',
      '-----END',
      'kind: Secret\n',
      'data:\n',
      '  ',
      '{{',
      '}}',
      '${',
      '}',
      '(',
      ')',
      '[',
      ']',
      ';',
      '&',
      '?',
      'sig=',
      'sv=',
      'AccountKey=',
      'hapikey=',
      'AC',
      'SK',
      '0123456789abcdef',
      'QUJD',
      'Zx8Kq2',
      '|',
      '<password>',
      '</password>',
      'ENV ',
      '--api-key ',
      '-u ',
      ' -p ',
      'mysql',
      'docker login',
      'credentials:\n',
      'Client(',
      '- name: ',
      'value: ',
      'variable "',
      'ENC[',
      '%3D',
      'eyJhbGciOiJIUzI1NiJ9',
    );
    const text = fc.array(fragment, { maxLength: 300 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(...PATHS), async (t, path) => {
        expect(await timed(path, t)).toBeLessThan(GUARD_MS);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary unicode', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.constantFrom(...PATHS), async (t, path) => {
        expect(await timed(path, t)).toBeLessThan(GUARD_MS);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * What the code scanners (TS/JS via ts-morph, Python via a token scanner) report
 * about one file: systems reached and risky code, located by offsets.
 */
export type CodeFact =
  | {
      readonly type: 'system';
      /** Catalog entry id. */
      readonly entryId: string;
      readonly evidence: 'import' | 'constructor' | 'host' | 'client';
      /** What was seen: the package, module, class or host. */
      readonly detail: string;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly type: 'weak-tls' | 'tls-verification-off' | 'plaintext-http' | 'credentials-in-logs' | 'prompt-in-logs';
      /** What was seen (a setting, a host, a variable name); never a secret value. */
      readonly detail: string;
      readonly start: number;
      readonly end: number;
    };

/** Kinds of file the code scanners read. */
export type CodeLanguage = 'ts' | 'python';

/** Which scanner reads `path`, if any. Declaration files are skipped. */
export function codeLanguageOf(path: string): CodeLanguage | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.d.ts') || lower.endsWith('.d.mts') || lower.endsWith('.d.cts')) return undefined;
  if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(lower)) return 'ts';
  if (lower.endsWith('.py') || lower.endsWith('.pyi')) return lower.endsWith('.pyi') ? undefined : 'python';
  return undefined;
}

/**
 * Test code is not production data flow: systems it reaches (mock servers, sandbox
 * clients) and its TLS shortcuts against local servers are not reported.
 */
export function isTestPath(path: string): boolean {
  return (
    /(?:^|\/)(?:test|tests|__tests__|__mocks__|spec|fixtures?|e2e)\//i.test(path) ||
    /\.(?:test|spec)\.[a-z]+$/i.test(path) ||
    /(?:^|\/)test_[^/]*\.py$|_test\.py$|(?:^|\/)conftest\.py$/i.test(path)
  );
}

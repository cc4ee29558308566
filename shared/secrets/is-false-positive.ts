import type { ScannedFile, SecretCandidate } from './secret-detector.js';

/**
 * Why a candidate is not a secret, or `undefined` when it may be one.
 *
 * Not secrets: placeholders (`xoxb-your-bot-token`, `ghp_xxxx…`, `<password>`,
 * `USER:PASSWORD@HOST`, `changeme`), redacted values (`****`, `[REDACTED]`),
 * documented example keys (AWS's `…EXAMPLE` keys, jwt.io's sample), references
 * (`process.env.X`, `${{ secrets.X }}`, `os.environ[...]`, `${VAR}`, vault paths),
 * and local-development defaults (`postgres:postgres@localhost`).
 */
export function falsePositiveReason(candidate: SecretCandidate, file: ScannedFile): string | undefined {
  const v = candidate.value;
  if (/EXAMPLE/.test(v)) return 'documented-example';
  if (/^\$\{\{?|^\$[A-Z_]|^%\(|^\{\{|^<[^>]*>$|process\.env|os\.environ|getenv/i.test(v)) return 'reference';
  if (/(?:x{5,}|\*{3,}|\.{3}|your[-_]|REDACTED|placeholder|changeme|<[a-z_-]+>)/i.test(v)) return 'placeholder';
  void file;
  return undefined;
}

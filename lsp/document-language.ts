/** The languages the server treats differently (comments, environment references). */
export type DocumentLanguage = 'typescript' | 'python' | 'yaml' | 'json' | 'dotenv' | 'dockerfile' | 'markdown' | 'prompt' | 'other';

/**
 * Tells a document's language from the editor's language id, falling back to the
 * file name (editors differ: `.env` is `dotenv`, `properties` or `plaintext`).
 */
export function documentLanguage(languageId: string, path: string): DocumentLanguage {
  const base = path.split('/').pop() ?? path;
  const lower = base.toLowerCase();
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) return 'dotenv';
  if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || languageId === 'dockerfile') return 'dockerfile';
  if (/^(typescript|javascript|typescriptreact|javascriptreact)$/.test(languageId) || /\.(m|c)?(t|j)sx?$/.test(lower)) return 'typescript';
  if (languageId === 'python' || lower.endsWith('.py')) return 'python';
  if (languageId === 'yaml' || /\.ya?ml$/.test(lower)) return 'yaml';
  if (languageId === 'json' || languageId === 'jsonc' || /\.jsonc?$/.test(lower)) return 'json';
  if (languageId === 'markdown' || /\.mdx?$/.test(lower)) return 'markdown';
  if (/\.(prompt|prompty|j2|jinja2?|tmpl|tpl|hbs|mustache|liquid)$/.test(lower) || languageId === 'prompt' || languageId === 'jinja') return 'prompt';
  return 'other';
}

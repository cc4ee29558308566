/** The kinds of file secrets live in; detectors and filters specialise on them. */
export type FileKind =
  | 'javascript'
  | 'python'
  | 'yaml'
  | 'json'
  | 'jsonl'
  | 'notebook'
  | 'dotenv'
  | 'dockerfile'
  | 'markdown'
  | 'prompt'
  | 'properties'
  | 'shell'
  | 'lockfile'
  | 'other';

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'Cargo.lock',
  'go.sum',
  'composer.lock',
  'Gemfile.lock',
]);

/** Classifies a repository-relative path by name and extension. */
export function fileKindOf(path: string): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  if (LOCKFILES.has(name)) return 'lockfile';
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) return 'dotenv';
  if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || lower === 'containerfile') return 'dockerfile';
  const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.')) : '';
  switch (ext) {
    case '.ts':
    case '.tsx':
    case '.mts':
    case '.cts':
    case '.js':
    case '.jsx':
    case '.mjs':
    case '.cjs':
      return 'javascript';
    case '.py':
    case '.pyi':
      return 'python';
    case '.yml':
    case '.yaml':
      return 'yaml';
    case '.json':
    case '.jsonc':
    case '.json5':
      return 'json';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.ipynb':
      return 'notebook';
    case '.md':
    case '.mdx':
    case '.markdown':
      return 'markdown';
    case '.prompt':
    case '.j2':
    case '.jinja':
    case '.jinja2':
    case '.hbs':
    case '.mustache':
    case '.tmpl':
    case '.tpl':
      return 'prompt';
    case '.properties':
    case '.ini':
    case '.cfg':
    case '.conf':
    case '.toml':
      return 'properties';
    case '.sh':
    case '.bash':
    case '.zsh':
      return 'shell';
    default:
      if (lower.endsWith('.prompt.txt') || path.includes('/prompts/')) return 'prompt';
      return 'other';
  }
}

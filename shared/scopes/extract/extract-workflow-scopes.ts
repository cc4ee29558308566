import { isMap, isScalar, type Document } from 'yaml';
import { readYaml } from '../../policy/read-yaml.js';
import { emptyExtraction, type Extraction, type ProblemKind } from './extraction.js';
import { mapPairs, nodeRange, offsetOfLineColumn, pairOf, scalarText, valueOf } from './yaml-nodes.js';

const LEVELS = new Set(['read', 'write', 'admin', 'none']);

/** Whether a path is a GitHub Actions workflow. */
export function isWorkflowPath(path: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

/** Whether a path is a GitHub App manifest (`app.yml`, as Probot keeps it). */
export function isGitHubAppManifest(path: string): boolean {
  return /(^|\/)app\.ya?ml$/.test(path);
}

/**
 * Reads YAML for an extractor, turning syntax errors into located problems.
 * @returns the document, or undefined with the problems pushed to `out`
 */
export function readYamlFor(path: string, text: string, kind: ProblemKind, out: Extraction): Document | undefined {
  const read = readYaml(text, path);
  if (read.ok) return read.doc;
  // The first syntax error is the one to fix; later ones often follow from it.
  for (const e of read.errors.slice(0, 1)) {
    const start = offsetOfLineColumn(text, e.line, e.column);
    const lineEnd = text.indexOf('\n', start);
    out.problems.push({ path, start, end: lineEnd < 0 ? text.length : lineEnd, kind, message: e.message, hint: e.hint.replace('policy and manifest files', 'workflows and manifests') });
  }
  return undefined;
}

/**
 * Extracts GitHub token permissions from a workflow: the top-level `permissions:`
 * and each job's, as `<key>: <level>` scopes (`contents: write`), or the shorthands
 * `read-all` / `write-all`. `none` grants nothing and is skipped. An unknown level
 * is a problem with its position.
 */
export function extractWorkflowScopes(path: string, text: string): Extraction {
  const out = emptyExtraction();
  const doc = readYamlFor(path, text, 'workflow', out);
  if (!doc) return out;
  const root = doc.contents;
  if (!isMap(root)) return out;
  readPermissions(path, text, valueOf(root, 'permissions'), out, 'workflow');
  for (const job of mapPairs(valueOf(root, 'jobs')) ?? []) readPermissions(path, text, valueOf(job.value, 'permissions'), out, 'workflow');
  return out;
}

/** Extracts `default_permissions` from a GitHub App manifest (`app.yml`). */
export function extractGitHubAppScopes(path: string, text: string): Extraction {
  const out = emptyExtraction();
  if (!/default_permissions\s*:/.test(text)) return out;
  const doc = readYamlFor(path, text, 'github-app', out);
  if (!doc) return out;
  readPermissions(path, text, valueOf(doc.contents, 'default_permissions'), out, 'github-app');
  return out;
}

function readPermissions(path: string, text: string, node: unknown, out: Extraction, kind: 'workflow' | 'github-app'): void {
  if (node === undefined || node === null) return;
  const source = kind;
  if (isScalar(node)) {
    const value = scalarText(node);
    const { start, end } = nodeRange(node);
    if (value === 'read-all' || value === 'write-all') out.scopes.push({ path, start, end, scope: value, provider: 'github', source });
    else if (value !== '' && value !== undefined) out.problems.push({ path, start, end, kind, message: `\`permissions: ${value.slice(0, 40)}\` is not a permission level`, hint: 'Use `read-all`, `write-all`, `{}` or a map such as `contents: read`.' });
    return;
  }
  const pairs = mapPairs(node);
  if (!pairs) {
    out.problems.push({ path, ...nodeRange(node), kind, message: '`permissions` must be a map of permission to level', hint: 'Write e.g. `permissions:` then `contents: read` on the next line, indented.' });
    return;
  }
  for (const pair of pairs) {
    const key = scalarText(pair.key);
    const level = scalarText(pair.value);
    if (key === undefined) continue;
    const start = nodeRange(pair.key).start;
    const end = nodeRange(pair.value).end || nodeRange(pair.key).end;
    if (level === undefined || !LEVELS.has(level)) {
      out.problems.push({ path, start, end, kind, message: `\`${key}\` has no valid level${level ? ` ("${level.slice(0, 20)}")` : ''}`, hint: 'Use `read`, `write` or `none` (GitHub Apps also accept `admin` for some permissions).' });
      continue;
    }
    if (level === 'none') continue;
    out.scopes.push({ path, start, end, scope: `${key}: ${level}`, provider: 'github', source });
  }
  void pairOf;
}

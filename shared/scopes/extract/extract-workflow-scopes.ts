import { isMap, isScalar, type Document } from 'yaml';
import { readYaml } from '../../policy/read-yaml.js';
import { catalogEntry } from '../catalog/lookup-scope.js';
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
    out.problems.push({
      path,
      start,
      end: lineEnd < 0 ? text.length : lineEnd,
      kind,
      message: e.message,
      hint: e.hint.replace('policy and manifest files', 'workflows and manifests'),
    });
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
  if (!doc) {
    // Invalid YAML elsewhere in the manifest must not hide its permissions: read the block line by line.
    readPermissionLines(path, text, out);
    return out;
  }
  readPermissions(path, text, valueOf(doc.contents, 'default_permissions'), out, 'github-app');
  return out;
}

/** The widest of `read, write` (a malformed but clear level list), or undefined. */
function widestLevel(value: string): string | undefined {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length < 2 || !parts.every((p) => LEVELS.has(p))) return undefined;
  return ['admin', 'write', 'read', 'none'].find((l) => parts.includes(l));
}

/**
 * Reads `default_permissions:` of a manifest that is not valid YAML: the indented
 * `name: level` lines under it, comments skipped, up to the next top-level key.
 */
function readPermissionLines(path: string, text: string, out: Extraction): void {
  const header = /^default_permissions:[ \t]*(?:#.*)?$/m.exec(text);
  if (!header) return;
  const lineRe = /^(.*)$/gm;
  lineRe.lastIndex = header.index + header[0].length + 1;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = (m[1] as string).replace(/\r$/, '');
    if (m[0] === '' && lineRe.lastIndex >= text.length) break;
    if (/^\S/.test(line) && !line.startsWith('#')) break;
    const p = /^(\s+)([A-Za-z_-]+):[ \t]*([a-z, ]+?)[ \t]*(?:#.*)?$/.exec(line);
    if (m[0] === '') lineRe.lastIndex++;
    if (!p) continue;
    const key = p[2] as string;
    const raw = p[3] as string;
    const level = LEVELS.has(raw) ? raw : widestLevel(raw);
    if (level === undefined || level === 'none') continue;
    const start = m.index + (p[1] as string).length;
    pushPermission(path, start, m.index + line.length, key, level, out, 'github-app');
  }
}

/**
 * A permission as a scope, when GitHub defines the name; an unknown name
 * (`commit_statuses`) grants nothing and is a problem to fix.
 */
function pushPermission(
  path: string,
  start: number,
  end: number,
  key: string,
  level: string,
  out: Extraction,
  kind: 'workflow' | 'github-app',
): void {
  if (!catalogEntry('github', `${key}: ${level}`) && !catalogEntry('github', `${key}: read`)) {
    out.problems.push({
      path,
      start,
      end,
      kind,
      message: `\`${key}\` is not a GitHub permission`,
      hint: "Use a permission name from GitHub's list (e.g. `statuses`, `pull_requests`); this one grants nothing.",
    });
    return;
  }
  out.scopes.push({ path, start, end, scope: `${key}: ${level}`, provider: 'github', source: kind });
}

function readPermissions(path: string, text: string, node: unknown, out: Extraction, kind: 'workflow' | 'github-app'): void {
  if (node === undefined || node === null) return;
  const source = kind;
  if (isScalar(node)) {
    const value = scalarText(node);
    const { start, end } = nodeRange(node);
    if (value === 'read-all' || value === 'write-all') out.scopes.push({ path, start, end, scope: value, provider: 'github', source });
    else if (value !== '' && value !== undefined)
      out.problems.push({
        path,
        start,
        end,
        kind,
        message: `\`permissions: ${value.slice(0, 40)}\` is not a permission level`,
        hint: 'Use `read-all`, `write-all`, `{}` or a map such as `contents: read`.',
      });
    return;
  }
  const pairs = mapPairs(node);
  if (!pairs) {
    out.problems.push({
      path,
      ...nodeRange(node),
      kind,
      message: '`permissions` must be a map of permission to level',
      hint: 'Write e.g. `permissions:` then `contents: read` on the next line, indented.',
    });
    return;
  }
  for (const pair of pairs) {
    const key = scalarText(pair.key);
    const level = scalarText(pair.value);
    if (key === undefined) continue;
    const start = nodeRange(pair.key).start;
    const end = nodeRange(pair.value).end || nodeRange(pair.key).end;
    const widest = level === undefined ? undefined : widestLevel(level);
    if (widest !== undefined) {
      // `read, write`: not a valid level, but what it asks for is clear; report both.
      out.problems.push({
        path,
        start,
        end,
        kind,
        message: `\`${key}\` has a list of levels ("${(level as string).slice(0, 20)}")`,
        hint: 'Write one level: `read` or `write`.',
      });
      if (widest !== 'none') pushPermission(path, start, end, key, widest, out, kind);
      continue;
    }
    if (level === undefined || !LEVELS.has(level)) {
      out.problems.push({
        path,
        start,
        end,
        kind,
        message: `\`${key}\` has no valid level${level ? ` ("${level.slice(0, 20)}")` : ''}`,
        hint: 'Use `read`, `write` or `none` (GitHub Apps also accept `admin` for some permissions).',
      });
      continue;
    }
    if (level === 'none') continue;
    if (kind === 'github-app') pushPermission(path, start, end, key, level, out, kind);
    else out.scopes.push({ path, start, end, scope: `${key}: ${level}`, provider: 'github', source });
  }
  void pairOf;
}

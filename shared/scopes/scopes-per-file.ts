import { ACCESS_LOCK_PATH } from '../access/access-lock.js';
import type { PerFileInput } from '../analyzer/per-file-phase.js';
import { parseLimitOf, type ParseLimit } from '../typescript/parse-limits.js';
import { extractFileScopes } from './extract/extract-file-scopes.js';
import { isTypeScriptLike } from './extract/extract-typescript-scopes.js';
import { isWorkflowPath } from './extract/extract-workflow-scopes.js';
import { looksLikeSecret, type Extraction } from './extract/extraction.js';
import { isConnectorManifest } from './read-connector-auth.js';

/**
 * The scopes analyzer's result for one file: what its extractor read (`extraction`),
 * or the parse bound it broke (`limit`). Nothing for connector manifests and the
 * access lock, which the cross-file phase reads. It may be written to disk: it holds
 * no scope that looks like a credential (see `looksLikeSecret`), and dynamic scopes
 * hold their expression shortened and masked (`shortExpression`).
 */
export interface ScopesFileResult {
  readonly path: string;
  readonly extraction?: Extraction;
  readonly limit?: ParseLimit;
}

/**
 * Extracts one file's scopes as `collectInventory` would. A TS/JS file follows
 * constants imported from relative modules into those files: it looks them up
 * through `read`, so its result is reused only while they read the same.
 */
export async function extractScopesFile({ path, text, read }: PerFileInput): Promise<ScopesFileResult> {
  if (path === ACCESS_LOCK_PATH || isConnectorManifest(path)) return { path };
  let extraction: Extraction;
  try {
    extraction = await extractFileScopes(path, text, new ReadThrough(read));
  } catch (error) {
    const limit = parseLimitOf(error);
    if (!limit) throw error;
    return { path, limit };
  }
  // A credential written where a scope belongs is never an inventory entry (`collectInventory`
  // skips it): left out here, so no raw secret is kept in a cache.
  return { path, extraction: { ...extraction, scopes: extraction.scopes.filter((scope) => !looksLikeSecret(scope.scope)) } };
}

/** The file set as the extractors look files up in it (`get` only), each lookup through `read`. */
class ReadThrough extends Map<string, string> {
  readonly #read: (path: string) => string | undefined;
  constructor(read: (path: string) => string | undefined) {
    super();
    this.#read = read;
  }
  override get(path: string): string | undefined {
    return this.#read(path);
  }
}

/**
 * Whether `extractFileScopes` has an extractor for `path` (TS/JS, Python, workflows,
 * Terraform, JSON and YAML); for any other file it returns nothing at once.
 */
export function hasScopeExtractor(path: string): boolean {
  return isTypeScriptLike(path) || /\.(pyw?|tf|json|ya?ml)$/i.test(path) || isWorkflowPath(path);
}

/** The per-file extractions by path, for `collectInventory`. */
export function extractionsByPath(files: readonly ScopesFileResult[]): Map<string, { extraction: Extraction } | { limit: ParseLimit }> {
  const out = new Map<string, { extraction: Extraction } | { limit: ParseLimit }>();
  for (const f of files) {
    if (f.extraction) out.set(f.path, { extraction: f.extraction });
    else if (f.limit) out.set(f.path, { limit: f.limit });
  }
  return out;
}

/** Whether a value read back from a cache is a {@link ScopesFileResult}. */
export function isScopesFileResult(value: unknown): value is ScopesFileResult {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as ScopesFileResult;
  if (typeof f.path !== 'string') return false;
  const e = f.extraction;
  if (
    e !== undefined &&
    !(typeof e === 'object' && e !== null && [e.scopes, e.dynamic, e.problems].every((list) => Array.isArray(list) && list.every(isLocated)))
  )
    return false;
  const l = f.limit;
  return (
    l === undefined ||
    (typeof l === 'object' && l !== null && typeof l.reason === 'string' && typeof l.value === 'number' && typeof l.max === 'number')
  );
}

function isLocated(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { path: unknown; start: unknown; end: unknown };
  return typeof v.path === 'string' && Number.isInteger(v.start) && Number.isInteger(v.end);
}

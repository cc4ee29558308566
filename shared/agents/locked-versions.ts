/** Exact versions a workspace's lockfiles record, by package name. */
export interface LockedVersions {
  /** npm packages (`package-lock.json`), by exact name (`@scope/name`). */
  readonly npm: ReadonlyMap<string, string>;
  /** Python packages (`uv.lock`), by normalized name (PEP 503: lower case, runs of `-_.` as `-`). */
  readonly python: ReadonlyMap<string, string>;
}

/** PEP 503 normalization: `Mcp_Server.Fetch` -> `mcp-server-fetch`. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * Reads the versions a `package-lock.json` (lockfile v2/v3 `packages["node_modules/<name>"]`,
 * v1 `dependencies`) and a `uv.lock` (`[[package]]` tables' `name` / `version`) record.
 * Only top-level `node_modules/<name>` entries count (a nested copy is some
 * dependency's, not the workspace's). Unreadable or absent text gives no versions;
 * never throws.
 */
export function lockedVersions(files: { readonly packageLock?: string; readonly uvLock?: string }): LockedVersions {
  const npm = new Map<string, string>();
  const python = new Map<string, string>();
  if (files.packageLock !== undefined) {
    try {
      const lock = JSON.parse(files.packageLock) as {
        packages?: Record<string, { version?: unknown }>;
        dependencies?: Record<string, { version?: unknown }>;
      };
      for (const [key, entry] of Object.entries(lock.dependencies ?? {})) if (typeof entry?.version === 'string') npm.set(key, entry.version);
      for (const [key, entry] of Object.entries(lock.packages ?? {})) {
        const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(key);
        if (m && typeof entry?.version === 'string') npm.set(m[1] as string, entry.version);
      }
    } catch {
      // A broken lockfile records nothing we can trust.
    }
  }
  if (files.uvLock !== undefined) {
    // TOML, but only `[[package]]` tables' two string keys are needed.
    for (const table of files.uvLock.split(/^\[\[package\]\][ \t]*$/m).slice(1)) {
      const body = table.split(/^\[/m)[0] ?? '';
      const name = /^name\s*=\s*"([^"]+)"/m.exec(body)?.[1];
      const version = /^version\s*=\s*"([^"]+)"/m.exec(body)?.[1];
      if (name && version) python.set(normalizePythonName(name), version);
    }
  }
  return { npm, python };
}

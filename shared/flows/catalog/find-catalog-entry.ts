import type { ManifestSystem } from '../manifest-schema.js';
import { SYSTEM_CATALOG, type CatalogEntry } from './system-catalog.js';

const BY_ID = new Map(SYSTEM_CATALOG.map((e) => [e.id, e]));

/** The catalog entry with this id. */
export function catalogEntry(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}

/**
 * The entry an npm package belongs to: an exact package name first, then a service
 * of the AWS SDK (`@aws-sdk/client-<service>`), then the longest prefix ending in `/`
 * (`@google-cloud/`). Subpaths (`openai/resources`) count as their package.
 */
export function entryForPackage(specifier: string): CatalogEntry | undefined {
  const name = packageName(specifier);
  let prefixMatch: { entry: CatalogEntry; length: number } | undefined;
  for (const entry of SYSTEM_CATALOG) {
    for (const pkg of entry.npm ?? []) {
      if (pkg === name || pkg === specifier) return entry;
      if (pkg.endsWith('/') && name.startsWith(pkg) && (!prefixMatch || pkg.length > prefixMatch.length)) prefixMatch = { entry, length: pkg.length };
    }
  }
  const aws = /^@aws-sdk\/client-([a-z0-9-]+)$/.exec(name);
  if (aws) {
    const byService = entryForAwsService(aws[1] as string);
    if (byService) return byService;
  }
  return prefixMatch?.entry;
}

/** The entry for an AWS service name (`s3`, `bedrock-runtime`), or the generic AWS entry. */
export function entryForAwsService(service: string): CatalogEntry | undefined {
  const lower = service.toLowerCase();
  return SYSTEM_CATALOG.find((e) => e.awsServices?.includes(lower)) ?? BY_ID.get('aws');
}

/** The entry a Python module belongs to (`openai`, `google.generativeai`, `google.cloud.storage`): the longest dotted prefix listed. */
export function entryForPythonModule(module: string): CatalogEntry | undefined {
  let best: { entry: CatalogEntry; length: number } | undefined;
  for (const entry of SYSTEM_CATALOG) {
    for (const m of entry.python ?? []) {
      if ((module === m || module.startsWith(`${m}.`)) && (!best || m.length > best.length)) best = { entry, length: m.length };
    }
  }
  return best?.entry;
}

/** The entry a host name belongs to (exact host, or a listed suffix starting with `.`); the most specific wins. */
export function entryForHost(host: string): CatalogEntry | undefined {
  const h = host.toLowerCase();
  let best: { entry: CatalogEntry; length: number } | undefined;
  for (const entry of SYSTEM_CATALOG) {
    for (const pattern of entry.hosts ?? []) {
      const hit = pattern.startsWith('.') || pattern.startsWith('-') ? h.endsWith(pattern) || h === pattern.slice(1) : h === pattern;
      if (hit && (!best || pattern.length > best.length)) best = { entry, length: pattern.length };
    }
  }
  return best?.entry;
}

/** Lower-case words separated by single spaces, for alias matching. */
function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/**
 * Whether a manifest system is this catalog entry: its `catalog` is the entry's id,
 * or one of the entry's aliases appears as whole words in its `id`, `vendor` or
 * `catalog`.
 */
export function systemMatchesEntry(system: Pick<ManifestSystem, 'id' | 'vendor' | 'catalog'>, entry: CatalogEntry): boolean {
  if (system.catalog !== undefined && system.catalog.toLowerCase() === entry.id) return true;
  if (system.id === entry.id) return true;
  const text = words([system.id, system.vendor ?? '', system.catalog ?? ''].join(' '));
  return entry.aliases.some((alias) => text.includes(words(alias)));
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

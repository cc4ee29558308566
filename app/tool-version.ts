import { readFileSync } from 'node:fs';

/** Tollgate's version from the repository's package.json (shown in reports, as the CLI does). */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

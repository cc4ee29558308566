import { readFileSync } from 'node:fs';

/** Tollgate's version, from its package.json (the CLI's `--version`, reports, the language server's `serverInfo`). */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

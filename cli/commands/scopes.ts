import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { collectInventory, type InventoryEntry } from '../../shared/scopes/collect-inventory.js';
import { isScopeCandidate } from '../../shared/scopes/is-scope-candidate.js';
import { toScopesJsonEntry } from '../../shared/scopes/scopes-json-entry.js';
import type { CliIo } from '../cli-io.js';
import { readInventoryFiles } from '../read-inventory-files.js';

export type { ScopesJsonEntry } from '../../shared/scopes/scopes-json-entry.js';

/** Options of `tollgate scopes`. */
export interface ScopesOptions {
  format: 'text' | 'json';
  output?: string;
  config?: string;
  color: boolean;
  quiet?: boolean;
}

/**
 * `tollgate scopes [PATH...]`: the scope inventory of the files below the paths —
 * every OAuth scope, API permission and IAM grant, its provider, access class and
 * connector. Text for people, JSON (`{"scopes":[...]}`) for tools. Exit 0, or 2 on
 * a usage error. Paths are relative to the scanned root (the git top-level, or the
 * current directory), with `/` separators.
 */
export async function scopesCommand(rawPaths: string[], options: ScopesOptions, io: CliIo): Promise<number> {
  const { root, texts } = await readInventoryFiles(rawPaths, options.config, io, isScopeCandidate);
  const inventory = await collectInventory(texts, [...texts.keys()].sort());

  let out: string;
  if (options.format === 'json') {
    out = `${JSON.stringify({ scopes: inventory.entries.map(toScopesJsonEntry) }, null, 2)}\n`;
  } else {
    const color = options.output === undefined && options.color && io.stdout.isTTY === true && !io.env.NO_COLOR;
    out = renderScopesText(inventory.entries, inventory.dynamic.length, color);
  }
  if (options.output === undefined) io.stdout.write(out);
  else {
    const target = resolve(io.cwd, options.output);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, out);
  }
  if (!options.quiet) {
    const unknown = inventory.entries.filter((e) => e.basis === 'unknown').length;
    io.stderr.write(
      `tollgate: ${inventory.entries.length} scope(s) in ${new Set(inventory.entries.map((e) => e.connector)).size} connector(s)${unknown > 0 ? `, ${unknown} unknown` : ''}${inventory.dynamic.length > 0 ? `, ${inventory.dynamic.length} dynamic (cannot verify)` : ''}${inventory.problems.length > 0 ? `, ${inventory.problems.length} file(s) could not be read` : ''}; ${texts.size} file(s) read below ${relative(io.cwd, root).split(sep).join('/') || '.'}\n`,
    );
  }
  return 0;
}

/** The inventory as text: one block per connector, one line per scope. */
export function renderScopesText(entries: readonly InventoryEntry[], dynamic: number, color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const access = (e: InventoryEntry): string => {
    const label = e.access === 'unknown' ? 'unknown' : e.access;
    const padded = label.padEnd(7);
    return e.access === 'admin'
      ? paint('31', padded)
      : e.access === 'write'
        ? paint('33', padded)
        : e.access === 'unknown'
          ? paint('35', padded)
          : paint('32', padded);
  };
  if (entries.length === 0) return `No scopes found.${dynamic > 0 ? ` ${dynamic} dynamic scope(s) could not be read.` : ''}\n`;
  const byConnector = new Map<string, InventoryEntry[]>();
  for (const e of entries) byConnector.set(e.connector, [...(byConnector.get(e.connector) ?? []), e]);
  const lines: string[] = [];
  for (const [connector, list] of [...byConnector].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(paint('1', connector));
    for (const e of list) {
      const flags = [
        e.basis === 'unknown' ? 'not in the catalog' : e.breadth === 'workspace' ? 'workspace-wide' : '',
        e.wildcard ? 'wildcard' : '',
        e.basis === 'convention' ? 'by naming convention' : '',
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  ${access(e)} ${e.provider.padEnd(10)} ${e.scope}${flags ? paint('2', `  (${flags})`) : ''}  ${paint('2', `${e.path}:${e.line}`)}`,
      );
    }
  }
  if (dynamic > 0) lines.push('', `${dynamic} dynamic scope(s) could not be read (run \`tollgate scan\` to see where).`);
  return `${lines.join('\n')}\n`;
}

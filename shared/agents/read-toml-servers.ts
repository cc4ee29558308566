import type { McpServer, ServerSetting } from './agent-model.js';
import { transportOf } from './read-mcp-config.js';

const SECTION = /^[ \t]*\[mcp_servers\.("?)([\w.-]+)\1\][ \t]*$/gm;
const KEY = /^[ \t]*([\w-]+)[ \t]*=[ \t]*(.+?)[ \t]*$/;

function tomlString(raw: string): string | undefined {
  const m = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(raw);
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * Reads Codex's TOML server tables (`[mcp_servers.<name>]` with `command`, `args`,
 * `url`, `bearer_token_env_var`, `env` / `[mcp_servers.<name>.env]`), in a
 * `config.toml` or written by a workflow step. Line based; the server's line is
 * its table header. Never throws.
 */
export function readTomlServers(path: string, text: string): McpServer[] {
  const out: McpServer[] = [];
  SECTION.lastIndex = 0;
  const headers = [...text.matchAll(SECTION)];
  const named = headers.filter((h) => !(h[2] as string).includes('.'));
  for (const h of named) {
    const name = h[2] as string;
    const start = (h.index ?? 0) + (h[0].length - h[0].trimStart().length);
    // The table's body runs to the next table header (its own `.env` sub-table included).
    const next = headers.find((o) => (o.index ?? 0) > (h.index ?? 0) && !(o[2] as string).startsWith(`${name}.`));
    const bodyStart = (h.index ?? 0) + h[0].length;
    const body = text.slice(bodyStart, next?.index ?? Math.min(text.length, bodyStart + 4000));
    let command: string | undefined;
    let url: string | undefined;
    let args: string[] = [];
    const settings: ServerSetting[] = [];
    let inEnv = false;
    let offset = bodyStart;
    for (const line of body.split('\n')) {
      const lineStart = offset;
      offset += line.length + 1;
      if (/^\s*\[/.test(line)) {
        inEnv = /\.(?:env|http_headers)\]\s*$/.test(line);
        if (!inEnv && !line.includes(`${name}.`)) break;
        continue;
      }
      const m = KEY.exec(line);
      if (!m) continue;
      const key = m[1] as string;
      const raw = m[2] as string;
      const value = tomlString(raw);
      const at = { start: lineStart + line.indexOf(raw), end: lineStart + line.indexOf(raw) + raw.length };
      if (inEnv) {
        settings.push({ key, value: value ?? raw, source: 'env', ...at });
        continue;
      }
      if (key === 'command' && value !== undefined) command = value;
      else if (key === 'url' && value !== undefined) url = value;
      else if (key === 'args') args = [...raw.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((a) => a[1] ?? a[2] ?? '');
      else if (key === 'bearer_token_env_var' || key === 'bearer_token')
        settings.push({ key, value: key === 'bearer_token' ? (value ?? raw) : '${env}', source: 'header', ...at });
      else if (key === 'env' || key === 'http_headers') {
        for (const kv of raw.matchAll(/([\w-]+|"[^"]+")\s*=\s*("(?:[^"\\]|\\.)*"|'[^']*')/g))
          settings.push({
            key: (kv[1] as string).replace(/"/g, ''),
            value: tomlString(kv[2] as string) ?? '',
            source: key === 'env' ? 'env' : 'header',
            ...at,
          });
      }
    }
    const span = { start, end: start + h[0].trim().length };
    out.push({
      path,
      name,
      span,
      group: span,
      transport: transportOf(undefined, command !== undefined, url),
      ...(command !== undefined ? { command } : {}),
      args,
      ...(url !== undefined ? { url } : {}),
      settings,
      source: 'config',
    });
  }
  return out;
}

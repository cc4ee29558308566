import type { AgentInventory } from './collect-agents.js';
import { normalizePythonName, type LockedVersions } from './locked-versions.js';
import type { OffsetEdit } from './needs-approval-edit.js';

const NPM_LAUNCHERS = new Set(['npx', 'bunx', 'pnpx', 'pnpm', 'yarn', 'bun']);
const PYTHON_LAUNCHERS = new Set(['uvx', 'uv', 'pipx']);
const EXACT_NPM = /^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;
const EXACT_PY = /^\d+(?:\.\d+)*(?:[-.]?[a-z]+\d*)?$/i;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The edit that pins the unpinned MCP server of `path` whose span holds `offset`
 * to the version the workspace's lockfile records: `npx -y pkg` -> `pkg@1.2.3`
 * (`package-lock.json`), `uvx pkg` -> `pkg==1.2.3` (`uv.lock`). The package
 * argument is replaced where it is written (a JSON/YAML `args` item, a one-string
 * `command`, a string in client code), after the server's name key (inside its
 * call in code) and before the next server. Undefined when the server is pinned, is not an npm / uv package, or
 * the lockfile records no exact version for it: a version is never guessed.
 */
export function pinServerEdit(
  text: string,
  inventory: Pick<AgentInventory, 'servers'>,
  path: string,
  offset: number,
  versions: LockedVersions,
): { edit: OffsetEdit; spec: string } | undefined {
  const servers = inventory.servers.filter((s) => s.path === path).sort((a, b) => a.span.start - b.span.start);
  const index = servers.findIndex((s) => offset >= s.span.start && offset <= s.span.end);
  const server = servers[index];
  const launch = server?.launch;
  if (!server || !launch || launch.pinned || !launch.target) return undefined;
  const target = launch.target;
  let spec: string;
  if (NPM_LAUNCHERS.has(launch.launcher)) {
    const at = target.lastIndexOf('@');
    const name = at > 0 ? target.slice(0, at) : target;
    const version = versions.npm.get(name);
    if (!version || !EXACT_NPM.test(version)) return undefined;
    spec = `${name}@${version}`;
  } else if (PYTHON_LAUNCHERS.has(launch.launcher)) {
    const m = /^([A-Za-z0-9][\w.-]*)(\[[^\]]*\])?/.exec(target);
    if (!m) return undefined;
    const version = versions.python.get(normalizePythonName(m[1] as string));
    if (!version || !EXACT_PY.test(version)) return undefined;
    spec = `${m[1] as string}${m[2] ?? ''}==${version}`;
  } else return undefined;
  const end = servers[index + 1]?.span.start ?? text.length;
  const found = new RegExp(`(^|["'\\s\\[=,(])(${escapeRegExp(target)})(?=["'\\s,\\])]|$)`, 'g');
  // In a config the package follows the name key (which may spell the same word); in code it is inside the call.
  found.lastIndex = server.source === 'config' ? server.span.end : server.span.start;
  const m = found.exec(text);
  if (!m || m.index >= end) return undefined;
  const start = m.index + (m[1] as string).length;
  return { edit: { start, end: start + target.length, newText: spec }, spec };
}

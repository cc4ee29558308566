import type { AgentTool, McpServer, ServerSetting, Span, ToolFramework } from './agent-model.js';
import { interruptOnNames } from './read-typescript-agents.js';
import { credentialArgs, transportOf } from './read-mcp-config.js';

/** Servers, tools and network-listening MCP servers one Python file declares. */
export interface PythonAgents {
  readonly servers: McpServer[];
  readonly tools: AgentTool[];
  /** `mcp.run(transport="sse"|"streamable-http", host="0.0.0.0")`: a server listening on every interface. */
  readonly listeners: Span[];
}

/** Quick test before reading: does the text mention anything this reader looks for? */
export const PY_AGENT_HINT =
  /@[\w.]*tool\b|function_tool|MCPServer|MultiServerMCPClient|StdioServerParameters|BaseTool|StructuredTool|\bTool\s*\(|\.run\s*\(/;

interface Line {
  readonly text: string;
  readonly start: number;
  readonly indent: number;
}

const STRING = String.raw`(?:"([^"\\\n]*)"|'([^'\\\n]*)')`;
const SERVER_CALL =
  /\b(MCPServerStdio|MCPServerSse|MCPServerStreamableHttp|StdioServerParameters|sse_client|streamablehttp_client|MultiServerMCPClient)\s*\(/g;

/**
 * Reads one Python file line by line (no Python parser; decorators, `def`
 * signatures and bodies are found by indentation): FastMCP `@mcp.tool()`, OpenAI
 * Agents `@function_tool`, LangChain `@tool`, `BaseTool` / `StructuredTool`
 * subclasses and `Tool(name=...)` / `StructuredTool.from_function(name=...)`;
 * OpenAI Agents `MCPServerStdio` / `MCPServerSse` / `MCPServerStreamableHttp`,
 * LangChain `MultiServerMCPClient({...})` and MCP SDK `StdioServerParameters`,
 * `sse_client`, `streamablehttp_client`. Never throws.
 *
 * @param approvedWrappers call names the policy counts as a human-approval gate
 */
export function readPythonAgents(path: string, text: string, approvedWrappers: readonly string[] = []): PythonAgents {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    lines.push({ text: raw, start: offset, indent: raw.length - raw.trimStart().length });
    offset += raw.length + 1;
  }
  const tools: AgentTool[] = [];
  const servers: McpServer[] = [];
  const listeners: Span[] = [];
  const interruptOn = interruptOnNames(text);
  const fastmcp = /\bFastMCP\b|from mcp\b|import mcp\b|fastmcp/.test(text);
  const gated = (name: string, body: string, decorator: string): boolean =>
    interruptOn.has(name) ||
    /\binterrupt\s*\(/.test(body) ||
    /needs_approval\s*=\s*(?!False)/.test(decorator) ||
    approvedWrappers.some((w) => body.includes(`${w}(`) || decorator.includes(w));

  /** The body of a def/class starting at line `i`: every following line indented deeper (after the signature). */
  const bodyOf = (i: number): { text: string; end: number } => {
    const head = lines[i] as Line;
    let j = i;
    let depth = 0;
    for (; j < lines.length; j++) {
      const t = stripComment((lines[j] as Line).text);
      for (const c of t) depth += c === '(' || c === '[' || c === '{' ? 1 : c === ')' || c === ']' || c === '}' ? -1 : 0;
      if (depth <= 0 && /:\s*$/.test(t)) break;
      if (j - i > 40) break;
    }
    let k = j + 1;
    for (; k < lines.length; k++) {
      const l = lines[k] as Line;
      if (l.text.trim() === '') continue;
      if (l.indent <= head.indent) break;
    }
    const end = k < lines.length ? (lines[k] as Line).start : text.length;
    return { text: text.slice(head.start, end), end };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const trimmed = line.text.trim();
    // Decorated functions.
    if (trimmed.startsWith('@')) {
      const decoStart = i;
      let decorators = '';
      let j = i;
      let depth = 0;
      for (; j < lines.length; j++) {
        const t = (lines[j] as Line).text.trim();
        if (depth === 0 && /^(?:async\s+)?def\s/.test(t)) break;
        if (depth === 0 && !t.startsWith('@') && t !== '') break;
        decorators += `${(lines[j] as Line).text}\n`;
        for (const c of stripComment(t)) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      }
      const def = lines[j];
      const defMatch = def ? /^(\s*)(?:async\s+)?def\s+(\w+)/.exec(def.text) : null;
      i = Math.max(i, j - 1);
      if (!def || !defMatch) continue;
      const framework = frameworkOf(decorators, fastmcp);
      if (!framework) continue;
      const fnName = defMatch[2] as string;
      const decoText = decorators;
      const decoOffset = (lines[decoStart] as Line).start;
      const explicit = new RegExp(String.raw`(?:\btool\s*\(\s*|\bname(?:_override)?\s*=\s*)${STRING}`).exec(decoText);
      const name = explicit ? (explicit[1] ?? explicit[2] ?? fnName) : fnName;
      const nameStart = explicit
        ? decoOffset + explicit.index + explicit[0].length - name.length - 2
        : def.start + def.text.indexOf(fnName, defMatch[0].length - fnName.length);
      const body = bodyOf(j);
      tools.push({
        path,
        name,
        span: { start: nameStart, end: nameStart + name.length + (explicit ? 2 : 0) },
        framework,
        handler: body.text,
        approval: gated(name, body.text, decoText),
        readOnlyHint: /readOnlyHint["']?\s*[=:]\s*True/.test(decoText),
      });
      continue;
    }
    // LangChain tool classes.
    const cls = /^(\s*)class\s+(\w+)\s*\(([^)]*)\)\s*:/.exec(line.text);
    if (cls && /\b(?:BaseTool|StructuredTool|Tool)\b/.test(cls[3] as string)) {
      const body = bodyOf(i);
      const m = new RegExp(String.raw`^\s+name\s*(?::\s*[\w\[\]]+\s*)?=\s*${STRING}`, 'm').exec(body.text);
      const name = m ? (m[1] ?? m[2] ?? '') : (cls[2] as string);
      const start = m ? line.start + m.index + m[0].length - name.length - 1 : line.start + line.text.indexOf(cls[2] as string);
      tools.push({
        path,
        name,
        span: { start, end: start + name.length },
        framework: 'langchain',
        handler: body.text,
        approval: gated(name, body.text, ''),
        readOnlyHint: false,
      });
      continue;
    }
  }

  // `Tool(name="x", func=f)` / `StructuredTool.from_function(name="x", func=f)`.
  const toolCall = /\b(?:Tool|StructuredTool\.from_function|FunctionTool)\s*\(/g;
  for (let m = toolCall.exec(text); m; m = toolCall.exec(text)) {
    if (/class\s+\w+\s*\([^)]*$/.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const call = balanced(text, m.index + m[0].length - 1);
    const n = new RegExp(String.raw`\bname\s*=\s*${STRING}`).exec(call);
    if (!n) continue;
    const name = n[1] ?? n[2] ?? '';
    const start = m.index + m[0].length - 1 + n.index + n[0].length - name.length - 1;
    if (tools.some((t) => t.span.start <= start && start < t.span.end + 200 && t.name === name)) continue;
    const fn = /\b(?:func|coroutine)\s*=\s*(\w+)/.exec(call)?.[1];
    const defAt = fn ? lines.findIndex((l) => new RegExp(String.raw`^\s*(?:async\s+)?def\s+${fn}\b`).test(l.text)) : -1;
    const handler = defAt >= 0 ? bodyOf(defAt).text : call;
    tools.push({
      path,
      name,
      span: { start: start - 1, end: start + name.length + 1 },
      framework: 'langchain',
      handler,
      approval: gated(name, handler, ''),
      readOnlyHint: false,
    });
  }

  SERVER_CALL.lastIndex = 0;
  for (let m = SERVER_CALL.exec(text); m; m = SERVER_CALL.exec(text)) {
    const cls = m[1] as string;
    const open = m.index + m[0].length - 1;
    const call = balanced(text, open);
    if (cls === 'MultiServerMCPClient') {
      const dict = call.indexOf('{');
      if (dict === -1) continue;
      for (const entry of topLevelDictEntries(call, dict)) {
        const start = open + entry.keyStart;
        servers.push(pyServer(path, entry.key, { start, end: start + entry.key.length + 2 }, entry.body, open + entry.bodyStart, undefined, text));
      }
      continue;
    }
    const transport =
      cls === 'MCPServerStdio' || cls === 'StdioServerParameters' ? 'stdio' : cls === 'MCPServerSse' || cls === 'sse_client' ? 'sse' : 'http';
    // A parameters object passed to `stdio_client(...)` is the server; its `MCPServerStdio` wrapper is not counted twice.
    const span = { start: m.index, end: m.index + cls.length };
    const name = new RegExp(String.raw`\bname\s*=\s*${STRING}`).exec(call);
    servers.push(pyServer(path, name ? (name[1] ?? name[2] ?? '') : undefined, span, call, open, transport, text));
  }

  const run = /\.run\s*\(/g;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    const call = balanced(text, m.index + m[0].length - 1);
    if (/transport\s*=\s*["'](?:sse|streamable-http|http)["']/.test(call) && /host\s*=\s*["']0\.0\.0\.0["']/.test(call) && fastmcp)
      listeners.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  }
  return { servers, tools, listeners };
}

function frameworkOf(decorators: string, fastmcp: boolean): ToolFramework | undefined {
  if (/@function_tool\b/.test(decorators)) return 'openai-agents-py';
  if (/@(?!self\.)\w+\.tool\b/.test(decorators)) return fastmcp ? 'fastmcp' : 'langchain';
  if (/@tool\b/.test(decorators)) return 'langchain';
  return undefined;
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash === -1 || /["']/.test(line.slice(0, hash)) ? line : line.slice(0, hash);
}

/** The text from `open` (a bracket) to its matching close, at most 20 000 characters. */
function balanced(text: string, open: number): string {
  let depth = 0;
  let quote: string | undefined;
  const limit = Math.min(text.length, open + 20_000);
  for (let i = open; i < limit; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return text.slice(open, i + 1);
    }
  }
  return text.slice(open, limit);
}

/** `"name": { ... }` entries at the first level of the dict opening at `open` in `text`. */
function topLevelDictEntries(text: string, open: number): { key: string; keyStart: number; body: string; bodyStart: number }[] {
  const out: { key: string; keyStart: number; body: string; bodyStart: number }[] = [];
  const dict = balanced(text, open);
  const re = new RegExp(String.raw`${STRING}\s*:\s*\{`, 'g');
  let depth = 0;
  let last = 0;
  for (let m = re.exec(dict); m; m = re.exec(dict)) {
    for (const c of dict.slice(last, m.index)) depth += c === '{' || c === '(' || c === '[' ? 1 : c === '}' || c === ')' || c === ']' ? -1 : 0;
    last = m.index;
    if (depth !== 1) continue;
    const bodyStart = m.index + m[0].length - 1;
    const body = balanced(dict, bodyStart);
    out.push({ key: m[1] ?? m[2] ?? '', keyStart: open + m.index, body, bodyStart: open + bodyStart });
    re.lastIndex = bodyStart + body.length;
    for (const c of dict.slice(m.index, re.lastIndex))
      depth += c === '{' || c === '(' || c === '[' ? 1 : c === '}' || c === ')' || c === ']' ? -1 : 0;
    last = re.lastIndex;
  }
  return out;
}

/** `"url": name` where the file says `name = os.getenv("X", "https://...")` or `name = "https://..."`: the literal. */
function variableUrl(body: string, whole: string): { text: string; start: number } | undefined {
  const ref = /["']?\burl["']?\s*[:=]\s*([A-Za-z_]\w*)\s*[,}\n)]/.exec(body)?.[1];
  if (!ref) return undefined;
  const m = new RegExp(String.raw`^\s*${ref}\s*=\s*(?:os\.(?:getenv|environ\.get)\(\s*${STRING}\s*,\s*)?${STRING}`, 'm').exec(whole);
  const text = m ? (m[3] ?? m[4]) : undefined;
  return text !== undefined && /^https?:/.test(text) ? { text, start: -1 } : undefined;
}

function pyServer(
  path: string,
  name: string | undefined,
  span: Span,
  body: string,
  bodyOffset: number,
  transport: 'stdio' | 'http' | 'sse' | undefined,
  whole = '',
): McpServer {
  const value = (key: string): { text: string; start: number } | undefined => {
    const m = new RegExp(String.raw`["']?\b${key}["']?\s*[:=]\s*${STRING}`).exec(body);
    if (!m) return undefined;
    const text = m[1] ?? m[2] ?? '';
    return { text, start: bodyOffset + m.index + m[0].length - text.length - 1 };
  };
  const command = value('command')?.text;
  const argsMatch = /["']?\bargs["']?\s*[:=]\s*\[([^\]]*)\]/.exec(body);
  const argSpans: { text: string; start: number; end: number }[] = [];
  if (argsMatch) {
    const base = bodyOffset + argsMatch.index + argsMatch[0].indexOf('[') + 1;
    for (const a of (argsMatch[1] as string).matchAll(new RegExp(STRING, 'g'))) {
      const t = a[1] ?? a[2] ?? '';
      argSpans.push({ text: t, start: base + (a.index ?? 0), end: base + (a.index ?? 0) + a[0].length });
    }
  }
  const urlValue = value('url') ?? variableUrl(body, whole);
  const firstString = new RegExp(String.raw`^\(\s*f?${STRING}`).exec(body);
  const url = urlValue?.text ?? (firstString ? (firstString[1] ?? firstString[2]) : undefined);
  const dynamicUrl = url === undefined && transport !== 'stdio' && !command && /\burl\b|^\(\s*\w/.test(body);
  const settings: ServerSetting[] = [...credentialArgs(argSpans)];
  const headers = /["']?\bheaders["']?\s*[:=]\s*\{([^}]*)\}/.exec(body);
  if (headers) {
    for (const h of (headers[1] as string).matchAll(new RegExp(String.raw`${STRING}\s*:\s*(f?${STRING}|[\w.\[\]()"']+)`, 'g'))) {
      const key = h[1] ?? h[2] ?? '';
      const literal = h[4] ?? h[5];
      const start = bodyOffset + headers.index + headers[0].indexOf('{') + 1 + (h.index ?? 0);
      settings.push({
        key,
        value: literal !== undefined && !(h[3] as string).startsWith('f') ? literal : '${dynamic}',
        source: 'header',
        start,
        end: start + h[0].length,
      });
    }
  }
  const env = /["']?\benv["']?\s*[:=]\s*\{([^}]*)\}/.exec(body);
  if (env) {
    for (const h of (env[1] as string).matchAll(new RegExp(String.raw`${STRING}\s*:\s*(${STRING}|[\w.\[\]()"']+)`, 'g'))) {
      const start = bodyOffset + env.index + env[0].indexOf('{') + 1 + (h.index ?? 0);
      settings.push({ key: h[1] ?? h[2] ?? '', value: h[4] ?? h[5] ?? '${dynamic}', source: 'env', start, end: start + h[0].length });
    }
  }
  if (/\bauth\s*=|bearer|Authorization/i.test(body) && !settings.some((s) => s.source === 'header'))
    settings.push({ key: 'auth', value: '${dynamic}', source: 'header', start: span.start, end: span.end });
  const type = value('transport')?.text ?? value('type')?.text;
  return {
    path,
    name: name ?? url ?? [command, ...argSpans.map((a) => a.text)].filter(Boolean).join(' ') ?? '(unnamed)',
    span,
    group: span,
    transport: transport ?? transportOf(type, command !== undefined, url),
    ...(command !== undefined ? { command } : {}),
    args: argSpans.map((a) => a.text),
    ...(url !== undefined ? { url } : {}),
    settings,
    source: 'code',
    ...(dynamicUrl ? { unresolved: 'url' } : {}),
  };
}

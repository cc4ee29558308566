import type { ts as TsNamespace } from 'ts-morph';
import { parseTypeScript, type Ts } from '../typescript/parse-typescript.js';
import type { AgentTool, McpServer, ServerSetting, ToolFramework } from './agent-model.js';
import { credentialArgs, transportOf } from './read-mcp-config.js';

type Node = TsNamespace.Node;

/** Servers and tools one TS/JS file declares. */
export interface CodeAgents {
  readonly servers: McpServer[];
  readonly tools: AgentTool[];
}

const SERVER_CLASSES: Readonly<Record<string, 'stdio' | 'http' | 'sse'>> = {
  MCPServerStdio: 'stdio',
  MCPServerStreamableHttp: 'http',
  MCPServerSSE: 'sse',
  MCPServerSse: 'sse',
  StdioClientTransport: 'stdio',
  SSEClientTransport: 'sse',
  StreamableHTTPClientTransport: 'http',
  WebSocketClientTransport: 'http',
};
const CLIENT_FACTORIES = new Set(['experimental_createMCPClient', 'createMCPClient']);
const MULTI_CLIENT_OPTIONS = new Set([
  'throwOnLoadError',
  'prefixToolNameWithServerName',
  'additionalToolNamePrefix',
  'useStandardContentBlocks',
  'onConnectionError',
  'defaultToolTimeout',
  'outputHandling',
]);
const LANGCHAIN_TOOL_CLASSES = new Set(['DynamicStructuredTool', 'DynamicTool']);
const LANGCHAIN_BASES = new Set(['StructuredTool', 'Tool', 'DynamicStructuredTool']);

/** Quick test before parsing: does the text mention anything this reader looks for? */
export const TS_AGENT_HINT =
  /MCPServer|ClientTransport|createMCPClient|MultiServerMCPClient|\.tool\s*\(|registerTool|\btool\s*\(|DynamicStructuredTool|DynamicTool|StructuredTool|asTool\s*\(/;

/**
 * Reads MCP servers configured in code (OpenAI Agents `MCPServerStdio` /
 * `MCPServerStreamableHttp` / `MCPServerSSE`, MCP SDK client transports, Vercel AI
 * SDK `experimental_createMCPClient`, LangChain `MultiServerMCPClient`) and tools
 * (MCP SDK `server.tool` / `registerTool`, OpenAI Agents and Vercel AI SDK `tool`,
 * LangChain `tool`, `DynamicStructuredTool`, `StructuredTool` subclasses,
 * `agent.asTool`) from one TS/JS file, syntax only.
 *
 * @param approvedWrappers call names the policy counts as a human-approval gate
 * @throws FileTooComplexError (from the parser) for files above the parse limits
 */
export async function readTypeScriptAgents(path: string, text: string, approvedWrappers: readonly string[] = []): Promise<CodeAgents> {
  const { ts, sourceFile } = await parseTypeScript(path, text);
  const servers: McpServer[] = [];
  const tools: AgentTool[] = [];
  const sf = sourceFile;
  const imports = new Map<string, string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) imports.set(el.name.text, st.moduleSpecifier.text);
  }
  const interruptOn = interruptOnNames(text);
  const mcpFile = /@modelcontextprotocol\/sdk|McpServer|FastMCP|fastmcp/.test(text);
  const str = (n: Node | undefined): string | undefined =>
    n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
  const prop = (obj: Node | undefined, name: string): TsNamespace.ObjectLiteralElementLike | undefined =>
    obj && ts.isObjectLiteralExpression(obj) ? obj.properties.find((p) => p.name !== undefined && propName(ts, p.name) === name) : undefined;
  const init = (p: TsNamespace.ObjectLiteralElementLike | undefined): Node | undefined =>
    p === undefined
      ? undefined
      : ts.isPropertyAssignment(p)
        ? p.initializer
        : ts.isShorthandPropertyAssignment(p)
          ? p.name
          : ts.isMethodDeclaration(p)
            ? p
            : undefined;
  const span = (n: Node): { start: number; end: number } => ({ start: n.getStart(sf), end: n.getEnd() });
  const gated = (obj: Node | undefined, handler: string, name: string): boolean => {
    const needs = init(prop(obj, 'needsApproval'));
    if (needs && needs.kind !== ts.SyntaxKind.FalseKeyword) return true;
    return interruptOn.has(name) || /\binterrupt\s*\(/.test(handler) || approvedWrappers.some((w) => handler.includes(`${w}(`));
  };
  const readOnly = (nodes: readonly Node[]): boolean =>
    nodes.some((n) => /readOnlyHint\s*:\s*true/.test(n.getText(sf)) && ts.isObjectLiteralExpression(n));

  const addTool = (
    framework: ToolFramework,
    nameNode: Node | undefined,
    fallbackName: string | undefined,
    anchor: Node,
    obj: Node | undefined,
    handlerNode: Node | undefined,
    extra: readonly Node[] = [],
  ): void => {
    const literal = str(nameNode);
    const name = literal ?? fallbackName ?? (nameNode ? nameNode.getText(sf).slice(0, 60) : '(unnamed)');
    const handler = (handlerNode ?? anchor).getText(sf);
    tools.push({
      path,
      name,
      span: span(nameNode ?? anchor),
      framework,
      handler,
      approval: gated(obj, handler, name),
      readOnlyHint: readOnly([...(obj ? [obj] : []), ...extra]),
      ...(literal === undefined && nameNode !== undefined ? { dynamicName: true } : {}),
    });
  };

  const serverFromOptions = (
    name: string | undefined,
    anchor: Node,
    transport: 'stdio' | 'http' | 'sse' | undefined,
    options: Node | undefined,
    urlNode: Node | undefined,
  ): void => {
    let command = str(init(prop(options, 'command')));
    const full = str(init(prop(options, 'fullCommand')));
    let args: string[] = [];
    let argSpans: { text: string; start: number; end: number }[] = [];
    const argsNode = init(prop(options, 'args'));
    if (argsNode && ts.isArrayLiteralExpression(argsNode)) {
      argSpans = argsNode.elements.flatMap((e) => (str(e) !== undefined ? [{ text: str(e) as string, ...span(e) }] : []));
      args = argSpans.map((a) => a.text);
    }
    if (full !== undefined) {
      const words = full.trim().split(/\s+/);
      command = words[0];
      args = words.slice(1);
    }
    const rawUrl = urlNode ?? init(prop(options, 'url'));
    let url = str(urlNode) ?? str(init(prop(options, 'url'))) ?? (rawUrl && ts.isIdentifier(rawUrl) ? constantUrl(rawUrl.text) : undefined);
    if (url === undefined && rawUrl && ts.isNewExpression(rawUrl) && rawUrl.arguments?.[0]) url = str(rawUrl.arguments[0]);
    const settings: ServerSetting[] = [...credentialArgs(argSpans)];
    const headersNode = init(prop(init(prop(options, 'requestInit')), 'headers')) ?? init(prop(options, 'headers'));
    const envNode = init(prop(options, 'env'));
    for (const [node, source] of [
      [headersNode, 'header'],
      [envNode, 'env'],
    ] as const) {
      if (!node || !ts.isObjectLiteralExpression(node)) continue;
      for (const p of node.properties) {
        if (!ts.isPropertyAssignment(p) || p.name === undefined) continue;
        const v = str(p.initializer);
        settings.push({ key: propName(ts, p.name) ?? '?', value: v ?? '${dynamic}', source, ...span(p.initializer) });
      }
    }
    if (prop(options, 'authProvider') || prop(options, 'auth'))
      settings.push({ key: 'authProvider', value: '${dynamic}', source: 'header', ...span(anchor) });
    const dynamicUrl = rawUrl !== undefined && url === undefined;
    servers.push({
      path,
      name: name ?? str(init(prop(options, 'name'))) ?? url ?? [command, ...args].filter(Boolean).join(' ') ?? '(unnamed)',
      span: span(anchor),
      group: span(anchor),
      transport:
        transport ??
        transportOf(
          str(init(prop(options, 'type'))) ?? str(init(prop(options, 'transport'))),
          command !== undefined,
          url ?? (dynamicUrl ? '' : undefined),
        ),
      ...(command !== undefined ? { command } : {}),
      args,
      ...(url !== undefined ? { url } : {}),
      settings,
      source: 'code',
      ...(dynamicUrl
        ? { unresolved: 'url' }
        : command === undefined && full === undefined && (transport === 'stdio' || prop(options, 'command'))
          ? { unresolved: 'command' }
          : {}),
    });
  };

  /** `const x = process.env.X || 'https://...'` (or `??`, or a literal): the literal, for a URL passed by name. */
  const constantUrl = (name: string): string | undefined => {
    let found: string | undefined;
    const look = (n: Node): void => {
      if (found !== undefined) return;
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer) {
        const i = n.initializer;
        const literal =
          str(i) ??
          (ts.isBinaryExpression(i) &&
          (i.operatorToken.kind === ts.SyntaxKind.BarBarToken || i.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
            ? str(i.right)
            : undefined);
        if (literal !== undefined && /^https?:/.test(literal)) found = literal;
      }
      ts.forEachChild(n, look);
    };
    look(sf);
    return found;
  };

  const visit = (node: Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      const cls = node.expression.text;
      const args = node.arguments ?? [];
      const first = args[0];
      if (cls in SERVER_CLASSES) {
        const transport = SERVER_CLASSES[cls];
        const options = first && ts.isObjectLiteralExpression(first) ? first : undefined;
        serverFromOptions(undefined, node, transport, options, options ? undefined : first);
      } else if (cls === 'MultiServerMCPClient' && first && ts.isObjectLiteralExpression(first)) {
        const inner = init(prop(first, 'mcpServers'));
        const map = inner && ts.isObjectLiteralExpression(inner) ? inner : first;
        for (const p of map.properties) {
          if (!ts.isPropertyAssignment(p) || p.name === undefined || !ts.isObjectLiteralExpression(p.initializer)) continue;
          const key = propName(ts, p.name);
          if (key === undefined || MULTI_CLIENT_OPTIONS.has(key)) continue;
          serverFromOptions(key, p.name, undefined, p.initializer, undefined);
        }
      } else if (LANGCHAIN_TOOL_CLASSES.has(cls) && first && ts.isObjectLiteralExpression(first)) {
        addTool('langchain', init(prop(first, 'name')), undefined, node, first, init(prop(first, 'func')));
      }
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const args = node.arguments;
      const first = args[0];
      if (ts.isIdentifier(callee) && CLIENT_FACTORIES.has(callee.text) && first && ts.isObjectLiteralExpression(first)) {
        const transport = init(prop(first, 'transport'));
        if (transport && ts.isObjectLiteralExpression(transport)) {
          const type = str(init(prop(transport, 'type')));
          serverFromOptions(str(init(prop(first, 'name'))), node, type === 'sse' ? 'sse' : type === 'stdio' ? 'stdio' : 'http', transport, undefined);
        }
      } else if (
        ts.isPropertyAccessExpression(callee) &&
        (callee.name.text === 'tool' || callee.name.text === 'registerTool') &&
        first &&
        !ts.isObjectLiteralExpression(first)
      ) {
        const receiver = callee.expression.getText(sf);
        if (mcpFile || /server|mcp/i.test(receiver)) {
          const handler = [...args].reverse().find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
          const objects = args.filter((a) => ts.isObjectLiteralExpression(a));
          addTool('mcp-ts', first, undefined, node, objects[objects.length - 1], handler, objects);
        }
      } else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'asTool' && first && ts.isObjectLiteralExpression(first)) {
        addTool('openai-agents', init(prop(first, 'toolName')), callee.expression.getText(sf), node, first, undefined);
      } else if (ts.isIdentifier(callee) && callee.text === 'tool' && first) {
        const from = imports.get('tool') ?? '';
        if (ts.isObjectLiteralExpression(first)) {
          const framework: ToolFramework =
            from === '@openai/agents' || from.startsWith('@openai/agents')
              ? 'openai-agents'
              : from === 'ai' || from.startsWith('@ai-sdk')
                ? 'vercel-ai'
                : prop(first, 'name')
                  ? 'openai-agents'
                  : 'vercel-ai';
          const nameNode = init(prop(first, 'name'));
          addTool(framework, nameNode, nameNode ? undefined : holderName(ts, node), node, first, init(prop(first, 'execute')));
        } else if (
          (ts.isArrowFunction(first) || ts.isFunctionExpression(first) || ts.isIdentifier(first)) &&
          args[1] &&
          ts.isObjectLiteralExpression(args[1])
        ) {
          addTool('langchain', init(prop(args[1], 'name')), holderName(ts, node), node, args[1], first);
        }
      }
    } else if (ts.isClassDeclaration(node) && node.heritageClauses?.some((h) => h.types.some((t) => LANGCHAIN_BASES.has(t.expression.getText(sf))))) {
      const nameMember = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText(sf) === 'name') as
        TsNamespace.PropertyDeclaration | undefined;
      addTool('langchain', nameMember?.initializer, node.name?.text, node, undefined, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { servers, tools };
}

function propName(ts: Ts, name: TsNamespace.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name) ? name.text : undefined;
}

/** `const x = tool(...)` -> `x`; `{ weather: tool(...) }` -> `weather`. */
function holderName(ts: Ts, call: Node): string | undefined {
  let p: Node | undefined = call.parent;
  while (p && (ts.isAwaitExpression(p) || ts.isParenthesizedExpression(p) || ts.isAsExpression(p))) p = p.parent;
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (p && ts.isPropertyAssignment(p)) return propName(ts, p.name);
  return undefined;
}

/**
 * Tool names a human-in-the-loop middleware interrupts on (LangChain
 * `humanInTheLoopMiddleware({ interruptOn: { name: ... } })`, Python
 * `HumanInTheLoopMiddleware(interrupt_on={"name": True})`).
 */
export function interruptOnNames(text: string): Set<string> {
  const names = new Set<string>();
  const re = /interrupt_?[oO]n\s*[:=]\s*\{/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const startBody = i;
    while (i < text.length && depth > 0) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
      i++;
    }
    const body = text.slice(startBody, i - 1);
    for (const k of body.matchAll(/["']?([A-Za-z_][\w-]*)["']?\s*:\s*(?!false)/g)) names.add(k[1] as string);
  }
  return names;
}

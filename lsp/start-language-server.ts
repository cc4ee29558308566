import { quoteSafely } from '../shared/text/quote-safely.js';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from '../shared/analyzer/analyzer.js';
import { ANALYZERS } from '../shared/analyzer/registry.js';
import { toolVersion } from '../node/tool-version.js';
import { runReview } from '../shared/engine/run-review.js';
import type { FileResultCache } from '../shared/engine/file-result-cache.js';
import { createMemoryResultStore } from '../shared/engine/memory-result-store.js';
import type { Finding, Severity } from '../shared/model/finding.js';
import type { Policy } from '../shared/policy/policy-schema.js';
import { POLICY_PATHS } from '../shared/policy/policy-path.js';
import { resolvePolicy, type ResolvedPolicy } from '../shared/policy/resolve-policy.js';
import { collectAgents, type AgentInventory } from '../shared/agents/collect-agents.js';
import { codeLanguageOf } from '../shared/flows/code-fact.js';
import { lockedVersions } from '../shared/agents/locked-versions.js';
import { DEFAULT_CI_AGENT_ACTIONS } from '../shared/agents/read-ci-agents.js';
import { agentFixes } from './agent-fixes.js';
import { agentHover } from './agent-hover.js';
import { documentLanguage } from './document-language.js';
import { envVarFix } from './env-var-fix.js';
import { narrowerScopeFixes } from './narrower-scope-fixes.js';
import { DEFAULT_SETTINGS, DIAGRAM_REQUEST, REVIEW_BRANCH_REQUEST, type TollgateSettings } from './protocol.js';
import { reviewBranch } from './review-branch.js';
import { scopeHover } from './scope-hover.js';
import { suppressionFix } from './suppression-fix.js';
import { toDiagnostic } from './to-diagnostic.js';
import { workspaceDiagram } from './workspace-diagram.js';
import { readContextFiles, readWorkspaceLockfiles } from './workspace-files.js';

/**
 * Analyzers fast enough to run on every change of one document (regular
 * expressions over its text). The others (scopes and flows: ts-morph for
 * TypeScript, whole-workspace manifests) run after a longer pause.
 */
const FAST_ANALYZER_IDS: ReadonlySet<string> = new Set(['secrets']);

/**
 * Whether `analyzer` runs with the fast ones on the document at `path`: the agents
 * analyzer does on agent configs, workflows and other non-code files (a JSON / YAML /
 * TOML read of one file), and waits with the slow ones on TS/JS (the compiler) and Python.
 */
function isFast(analyzer: Analyzer, path: string): boolean {
  return FAST_ANALYZER_IDS.has(analyzer.id) || (analyzer.id === 'agents' && codeLanguageOf(path) === undefined);
}

/** Timing knobs; the client may override them in `initializationOptions.debounce` (milliseconds). */
export interface DebounceOptions {
  /** Pause after a change before the fast analyzers run. Default 10. */
  readonly fast: number;
  /** Pause after a change before the slow analyzers run. Default 400. */
  readonly slow: number;
}

const DEFAULT_DEBOUNCE: DebounceOptions = { fast: 10, slow: 400 };

interface DocumentState {
  /** Bumped on every change: a run whose generation is not current is stale and dropped. */
  generation: number;
  fast: Diagnostic[];
  slow: Diagnostic[];
  fastTimer?: NodeJS.Timeout;
  slowTimer?: NodeJS.Timeout;
  slowRunning: boolean;
  slowAgain: boolean;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

/**
 * Wires Tollgate's language server onto an LSP connection: diagnostics on open and
 * change (debounced per document; stale runs dropped), the workspace policy from
 * `.github/tollgate.yml` (its errors published once, on the policy file), code
 * actions (environment variable, suppression comment, narrower scope), hover on
 * scope strings, and the `tollgate/diagram` and `tollgate/reviewBranch` requests.
 * A thin adapter: every decision is made by `shared/`.
 */
export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  // Per-file results of earlier runs: on a keystroke only the edited document is
  // analyzed again; the context files (manifests, workflows) come from here.
  let resultCache: FileResultCache | undefined;
  let root: string | undefined;
  let settings: TollgateSettings = DEFAULT_SETTINGS;
  let debounce: DebounceOptions = DEFAULT_DEBOUNCE;
  let resolved: ResolvedPolicy = resolvePolicy({});
  let policyUri: string | undefined;
  /**
   * Settles once the workspace policy has first been read (after `initialized`):
   * documents opened before are analyzed under it, never under the defaults first (an
   * editor would otherwise show the default severities, then the policy's).
   */
  let policyRead!: () => void;
  const firstPolicy = new Promise<void>((resolvePromise) => (policyRead = resolvePromise));
  let policyDiagnostics: Diagnostic[] = [];
  let publishedPolicyKey = '';
  let contextFiles: Promise<Map<string, string>> | undefined;
  let watchFiles = false;

  const pathOf = (uri: string): string => {
    if (!uri.startsWith('file:')) return uri.replace(/^[a-z-]+:\/*/i, '');
    const file = fileURLToPath(uri);
    if (root) {
      const rel = relative(root, file);
      if (rel !== '' && !rel.startsWith('..')) return rel.split(sep).join('/');
    }
    return file.split(sep).pop() ?? file;
  };

  const effectivePolicy = (): Policy => {
    const policy = resolved.policy;
    const analyzers: Record<string, { enabled: boolean }> = { ...(policy.analyzers as Record<string, { enabled: boolean }>) };
    for (const [id, on] of Object.entries(settings.analyzers)) analyzers[id] = { ...(analyzers[id] ?? {}), enabled: on };
    return { ...policy, analyzers } as Policy;
  };

  const shown = (finding: Finding): boolean => SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[settings.severity];

  const publish = (uri: string): void => {
    const document = documents.get(uri);
    const state = states.get(uri);
    const diagnostics = [...(state?.fast ?? []), ...(state?.slow ?? []), ...(uri === policyUri ? policyDiagnostics : [])];
    void connection.sendDiagnostics({ uri, ...(document ? { version: document.version } : {}), diagnostics });
  };

  /** Runs `analyzers` over one document; returns its diagnostics, or undefined when the run went stale. */
  const analyze = async (
    document: TextDocument,
    analyzers: readonly Analyzer[],
    withContext: boolean,
    keep: (f: Finding) => boolean,
  ): Promise<Diagnostic[]> => {
    await firstPolicy;
    const path = pathOf(document.uri);
    const head = new Map<string, string>();
    if (withContext && root) {
      contextFiles ??= readContextFiles(root, ANALYZERS, resolved.policy.limits.maxFileBytes);
      for (const [p, text] of await contextFiles) if (p !== path) head.set(p, text);
    }
    head.set(path, document.getText());
    resultCache ??= { store: createMemoryResultStore({ maxEntries: 2_000, maxBytes: 32 * 1024 * 1024 }), toolVersion: toolVersion() };
    const result = await runReview({ head, policy: effectivePolicy(), analyzers, cache: resultCache, lineHashes: false });
    return result.findings
      .filter((f) => (f.path === path || (f.path === '.' && f.ruleId === 'tollgate/analyzer-failed')) && keep(f) && shown(f))
      .map(toDiagnostic);
  };

  const enabledAnalyzers = (): Analyzer[] => {
    const policy = effectivePolicy() as unknown as { analyzers: Record<string, { enabled: boolean } | undefined> };
    return ANALYZERS.filter((a) => policy.analyzers[a.id]?.enabled !== false);
  };

  const runFast = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    const state = states.get(uri);
    if (!document || !state) return;
    const generation = state.generation;
    const path = pathOf(uri);
    const fast = enabledAnalyzers().filter((a) => isFast(a, path));
    // The fast run also reports the engine's own rules (suppression comments).
    const diagnostics = settings.enable ? await analyze(document, fast, false, () => true) : [];
    if (state.generation !== generation || !documents.get(uri)) return;
    state.fast = diagnostics;
    publish(uri);
  };

  const runSlow = async (uri: string): Promise<void> => {
    const state = states.get(uri);
    if (!state) return;
    if (state.slowRunning) {
      state.slowAgain = true;
      return;
    }
    const document = documents.get(uri);
    if (!document) return;
    const path = pathOf(uri);
    const slow = enabledAnalyzers().filter((a) => !isFast(a, path));
    const ids = new Set(slow.map((a) => a.id));
    const generation = state.generation;
    state.slowRunning = true;
    try {
      const diagnostics =
        settings.enable && slow.length > 0
          ? await analyze(document, slow, true, (f) => ids.has(f.ruleId.split('/')[0] as string) || f.ruleId === 'tollgate/analyzer-failed')
          : [];
      if (state.generation === generation && documents.get(uri)) {
        state.slow = diagnostics;
        publish(uri);
      }
    } catch (error) {
      connection.console.error(
        `tollgate: analysis failed: ${quoteSafely(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error), 300)}`,
      );
    } finally {
      state.slowRunning = false;
      if (state.slowAgain) {
        state.slowAgain = false;
        void runSlow(uri);
      }
    }
  };

  const schedule = (uri: string): void => {
    let state = states.get(uri);
    if (!state) {
      state = { generation: 0, fast: [], slow: [], slowRunning: false, slowAgain: false };
      states.set(uri, state);
    }
    state.generation += 1;
    clearTimeout(state.fastTimer);
    clearTimeout(state.slowTimer);
    state.fastTimer = setTimeout(() => void runFast(uri), debounce.fast);
    state.slowTimer = setTimeout(() => void runSlow(uri), debounce.slow);
  };

  const reanalyzeAll = (): void => {
    for (const document of documents.all()) schedule(document.uri);
  };

  /** Reads the workspace policy (the open editor's text wins over the file) and publishes its errors once per change. */
  const loadPolicy = async (): Promise<void> => {
    if (!root) return;
    let source: { file: string; text: string; uri: string } | undefined;
    for (const file of POLICY_PATHS) {
      const uri = pathToFileURL(resolve(root, file)).href;
      const open = documents.get(uri);
      const text = open ? open.getText() : await readFile(resolve(root, file), 'utf8').catch(() => undefined);
      if (text !== undefined) {
        source = { file, text, uri };
        break;
      }
    }
    resolved = resolvePolicy(source ? { repository: { file: source.file, text: source.text } } : {});
    const previousUri = policyUri;
    policyUri = source?.uri;
    const result = await runReview({ head: new Map(), policy: resolved.policy, analyzers: [], engineFindings: resolved.engineFindings });
    policyDiagnostics = result.findings.map(toDiagnostic);
    const key = JSON.stringify([policyUri, policyDiagnostics.map((d) => [d.range, d.message])]);
    if (key === publishedPolicyKey) return;
    publishedPolicyKey = key;
    if (previousUri && previousUri !== policyUri) publish(previousUri);
    if (policyUri) publish(policyUri);
  };

  connection.onInitialize((params): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    const init = (params.initializationOptions ?? {}) as { settings?: Partial<TollgateSettings>; debounce?: Partial<DebounceOptions> };
    settings = { ...DEFAULT_SETTINGS, ...(init.settings ?? {}) };
    debounce = { ...DEFAULT_DEBOUNCE, ...(init.debounce ?? {}) };
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'tollgate', version: toolVersion() },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/.github/tollgate.{yml,yaml}' },
          { globPattern: '**/connectors/**' },
          { globPattern: '**/.github/workflows/**' },
        ],
      });
    }
    void loadPolicy().finally(policyRead).then(reanalyzeAll);
  });

  connection.onDidChangeConfiguration((change) => {
    const next = (change.settings as { tollgate?: Partial<TollgateSettings> } | undefined)?.tollgate;
    if (!next) return;
    settings = { ...DEFAULT_SETTINGS, ...next };
    reanalyzeAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    contextFiles = undefined;
    if (change.changes.some((c) => POLICY_PATHS.some((p) => c.uri.endsWith(p)))) void loadPolicy().then(reanalyzeAll);
    else reanalyzeAll();
  });

  documents.onDidOpen((event) => {
    if (POLICY_PATHS.includes(pathOf(event.document.uri))) void loadPolicy();
  });
  documents.onDidChangeContent((event) => {
    const path = pathOf(event.document.uri);
    if (POLICY_PATHS.includes(path)) {
      // The policy is re-read when its editor settles; its errors are republished only when they change.
      const state = states.get(event.document.uri);
      clearTimeout(state?.slowTimer);
      void loadPolicy().then(() => {
        for (const document of documents.all()) if (document.uri !== event.document.uri) schedule(document.uri);
      });
    }
    if (POLICY_PATHS.some((p) => path.endsWith(p)) || /(^|\/)connectors\//.test(path)) contextFiles = undefined;
    schedule(event.document.uri);
  });
  documents.onDidClose((event) => {
    const state = states.get(event.document.uri);
    if (state) {
      clearTimeout(state.fastTimer);
      clearTimeout(state.slowTimer);
      state.generation += 1;
    }
    states.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: event.document.uri === policyUri ? policyDiagnostics : [] });
  });

  /** The agents analyzer's inventory of one document (servers and tools), with the policy's options. */
  const agentInventory = async (document: TextDocument): Promise<AgentInventory> => {
    const path = pathOf(document.uri);
    const policy = effectivePolicy().agents;
    const options = { ciActions: [...DEFAULT_CI_AGENT_ACTIONS, ...policy.ci.actions], approvalWrappers: policy.approval.wrappers };
    return collectAgents(new Map([[path, document.getText()]]), [path], options);
  };

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const path = pathOf(document.uri);
    const language = documentLanguage(document.languageId, path);
    const actions: CodeAction[] = [];
    let inventory: Promise<AgentInventory> | undefined;
    const inputs = {
      inventory: () => (inventory ??= agentInventory(document)),
      lockedVersions: async () => lockedVersions(root ? await readWorkspaceLockfiles(root, path) : {}),
    };
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'tollgate') continue;
      const env = envVarFix(document, diagnostic, language, path);
      if (env) actions.push(env);
      actions.push(...narrowerScopeFixes(document, diagnostic));
      try {
        actions.push(...(await agentFixes(document, diagnostic, language, path, inputs)));
      } catch (error) {
        connection.console.error(
          `tollgate: agents quick fix failed: ${quoteSafely(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error), 300)}`,
        );
      }
      const suppress = suppressionFix(document, diagnostic, language);
      if (suppress) actions.push(suppress);
    }
    return actions;
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    // An MCP server's name key or an agent tool's name first; else a scope string.
    const inventory = await agentInventory(document).catch(() => undefined);
    const agent = inventory ? agentHover(document, inventory, pathOf(document.uri), document.offsetAt(params.position)) : undefined;
    return agent ?? scopeHover(document, params.position) ?? null;
  });

  connection.onRequest(DIAGRAM_REQUEST, async () => {
    if (!root) return { mermaid: '', error: 'Open a folder: the diagram is drawn from a workspace.' };
    return workspaceDiagram(root);
  });

  connection.onRequest(REVIEW_BRANCH_REQUEST, async (params) => {
    if (!root)
      return {
        base: params?.base ?? '',
        reasons: [],
        approvers: [],
        summary: { error: 0, warning: 0, note: 0 },
        findings: [],
        error: 'Open a folder inside a git repository.',
      };
    return reviewBranch(root, params?.base);
  });

  documents.listen(connection);
  connection.listen();
}

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DIAGRAM_REQUEST, REVIEW_BRANCH_REQUEST, type ReviewBranchResponse, type TollgateSettings } from '../../lsp/protocol.js';
import { chooseServerCommand, type ServerCommandChoice } from './choose-server-command.js';
import { diagramHtml } from './diagram-html.js';

/** The documents Tollgate analyzes: the languages connector code is written in, plus configuration files. */
const DOCUMENT_SELECTOR: LanguageClientOptions['documentSelector'] = [
  ...[
    'typescript',
    'typescriptreact',
    'javascript',
    'javascriptreact',
    'python',
    'yaml',
    'json',
    'jsonc',
    'dotenv',
    'dockerfile',
    'markdown',
    'prompt',
    'jinja',
    'handlebars',
  ].map((language) => ({ scheme: 'file', language })),
  ...[
    '**/.env',
    '**/.env.*',
    '**/*.env',
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.prompt',
    '**/*.prompty',
    '**/*.j2',
    '**/*.jinja',
    '**/*.tmpl',
    '**/*.hbs',
    '**/*.mustache',
  ].map((pattern) => ({ scheme: 'file', pattern })),
];

let client: LanguageClient | undefined;
let statusBar: vscode.StatusBarItem | undefined;
let output: vscode.LogOutputChannel | undefined;

function readSettings(): TollgateSettings {
  const config = vscode.workspace.getConfiguration('tollgate');
  return {
    enable: config.get<boolean>('enable', true),
    analyzers: config.get<Record<string, boolean>>('analyzers', {}),
    severity: config.get<'error' | 'warning' | 'note'>('severity', 'note'),
  };
}

/**
 * The server to start, from the levels of `tollgate.server.command` read with
 * `inspect()` (never `get()`, which would merge in a workspace value) and the
 * workspace's trust. See {@link chooseServerCommand}.
 */
function readServerCommand(): ServerCommandChoice {
  const inspected = vscode.workspace.getConfiguration('tollgate').inspect<string>('server.command');
  return chooseServerCommand(vscode.workspace.isTrusted, inspected);
}

/** Starts the language server: the one bundled in the extension, or `<command> lsp --stdio` when a command was chosen. */
function serverOptions(context: vscode.ExtensionContext, command: string | undefined): ServerOptions {
  if (command !== undefined) return { command, args: ['lsp', '--stdio'], transport: TransportKind.stdio };
  const module = context.asAbsolutePath('out/server/server.mjs');
  return {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--inspect=6010'] } },
  };
}

async function showDiagram(context: vscode.ExtensionContext): Promise<void> {
  if (!client) return;
  const response = await client.sendRequest(DIAGRAM_REQUEST);
  if (response.error) {
    void vscode.window.showWarningMessage(`Tollgate: ${response.error}`);
    return;
  }
  const media = vscode.Uri.joinPath(context.extensionUri, 'out', 'media');
  const panel = vscode.window.createWebviewPanel('tollgate.diagram', 'Tollgate: Data Flow', vscode.ViewColumn.Beside, {
    enableScripts: true,
    localResourceRoots: [media],
  });
  panel.webview.html = diagramHtml({
    mermaid: response.mermaid,
    cspSource: panel.webview.cspSource,
    mermaidScript: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'mermaid.min.js')).toString(),
    viewScript: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'diagram-view.js')).toString(),
    dark:
      vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Dark ||
      vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.HighContrast,
  });
}

function showTier(review: ReviewBranchResponse): void {
  if (!statusBar) return;
  if (review.error) {
    statusBar.text = '$(shield) Tollgate: no review';
    statusBar.tooltip = `Tollgate could not review this branch: ${review.error}`;
  } else if (review.tier) {
    statusBar.text = `$(shield) Tollgate: ${review.tier}`;
    statusBar.tooltip = [`Risk tier of this branch against ${review.base}: ${review.tier}`, ...review.reasons.map((r) => `• ${r}`)].join('\n');
  } else {
    statusBar.text = `$(shield) Tollgate: ${review.summary.error}E ${review.summary.warning}W`;
    statusBar.tooltip = `Findings of this branch against ${review.base}. The risk tier is unavailable in this build of Tollgate.`;
  }
  statusBar.show();
}

async function reviewBranch(show: boolean): Promise<void> {
  if (!client) return;
  const review = await client.sendRequest(REVIEW_BRANCH_REQUEST, {});
  showTier(review);
  if (!show || !output) return;
  output.clear();
  if (review.error) output.appendLine(`Tollgate could not review this branch: ${review.error}`);
  else {
    output.appendLine(`Review of this branch against ${review.base}`);
    output.appendLine(review.tier ? `Risk tier: ${review.tier}` : 'Risk tier: unavailable (this build of Tollgate does not compute tiers)');
    for (const reason of review.reasons) output.appendLine(`  because ${reason}`);
    output.appendLine(review.approvers.length > 0 ? 'Required approvers:' : 'Required approvers: none listed');
    for (const a of review.approvers) output.appendLine(`  ${a.kind} ${a.name}: ${a.reason}`);
    output.appendLine(`Findings: ${review.summary.error} error(s), ${review.summary.warning} warning(s), ${review.summary.note} note(s)`);
    for (const f of review.findings) output.appendLine(`  ${f.path}:${f.line} ${f.severity} ${f.ruleId} ${f.message}`);
  }
  output.show(true);
}

/** Creates and starts the language client with the server {@link readServerCommand} chooses. */
async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const choice = readServerCommand();
  if (choice.ignored.includes('workspace-setting'))
    output?.warn(
      'tollgate.server.command is set in workspace settings; only user settings can choose the server executable. Using the user setting or the bundled server.',
    );
  if (choice.ignored.includes('untrusted-workspace'))
    output?.warn('This workspace is not trusted: running the bundled language server instead of tollgate.server.command until you trust it.');
  client = new LanguageClient('tollgate', 'Tollgate', serverOptions(context, choice.command), {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: { settings: readSettings() },
    outputChannel: output,
  });
  await client.start();
}

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  const previous = client;
  client = undefined;
  await previous?.stop();
  await startClient(context);
}

/** Activates on the languages Tollgate analyzes or a workspace with a Tollgate policy. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Tollgate', { log: true });
  statusBar = vscode.window.createStatusBarItem('tollgate.tier', vscode.StatusBarAlignment.Left, 50);
  statusBar.name = 'Tollgate risk tier';
  statusBar.command = 'tollgate.reviewBranch';
  statusBar.text = '$(shield) Tollgate';
  statusBar.show();
  context.subscriptions.push(output, statusBar);

  context.subscriptions.push(
    vscode.commands.registerCommand('tollgate.showDiagram', () => showDiagram(context)),
    vscode.commands.registerCommand('tollgate.reviewBranch', () => reviewBranch(true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('tollgate') || !client) return;
      void client.sendNotification('workspace/didChangeConfiguration', { settings: { tollgate: readSettings() } });
    }),
    // Restricted Mode held the user's own server command back; once trusted, restart with it.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (readServerCommand().command === undefined) return;
      void restartClient(context);
    }),
  );
  await startClient(context);
  // The tier in the status bar: once at start, then after saves settle.
  let timer: NodeJS.Timeout | undefined;
  const refresh = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void reviewBranch(false).catch(() => undefined), 3000);
  };
  context.subscriptions.push(vscode.workspace.onDidSaveTextDocument(refresh), { dispose: () => clearTimeout(timer) });
  refresh();
}

export async function deactivate(): Promise<void> {
  const current = client;
  client = undefined;
  await current?.stop();
}

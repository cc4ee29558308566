/**
 * The values of `tollgate.server.command` at each level, as
 * `vscode.workspace.getConfiguration('tollgate').inspect('server.command')` returns them.
 * Only the fields this decision reads; extra fields are ignored.
 */
export interface InspectedServerCommand {
  /** User (or, for a machine-scoped setting, machine) settings: chosen by the person. */
  readonly globalValue?: unknown;
  /** `.code-workspace` / `.vscode/settings.json`: chosen by whoever wrote the repository. */
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
}

/** Why a configured command was not used. */
export type IgnoredServerCommand =
  /** A value set in workspace or folder settings: a repository never picks the executable. */
  | 'workspace-setting'
  /** The user's own command, held back until the workspace is trusted. */
  | 'untrusted-workspace';

/** What the extension starts: the bundled server (`command` undefined) or `<command> lsp --stdio`. */
export interface ServerCommandChoice {
  /** The executable to run; undefined means the language server bundled in the extension. */
  readonly command?: string;
  /** The configured values that were set but not used, and why (for the log). */
  readonly ignored: readonly IgnoredServerCommand[];
}

/** A non-empty string after trimming, else undefined. */
function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Chooses the language server to start from the levels of `tollgate.server.command`.
 *
 * - A workspace or folder value is never used, trusted or not: the setting has
 *   `machine` scope, so VS Code does not apply it from a repository's
 *   `.vscode/settings.json` either; this repeats that rule here rather than rely on it.
 * - In an untrusted workspace (Restricted Mode) even the user's own command is held
 *   back: a command such as `npx tollgate` or a relative path resolves inside the
 *   workspace and would run the repository's code. The bundled server runs instead.
 * - Otherwise the user's value, when set; else the bundled server.
 */
export function chooseServerCommand(trusted: boolean, inspected: InspectedServerCommand | undefined): ServerCommandChoice {
  const ignored: IgnoredServerCommand[] = [];
  if (nonEmpty(inspected?.workspaceValue) !== undefined || nonEmpty(inspected?.workspaceFolderValue) !== undefined) ignored.push('workspace-setting');
  const user = nonEmpty(inspected?.globalValue);
  if (user === undefined) return { ignored };
  if (!trusted) return { ignored: [...ignored, 'untrusted-workspace'] };
  return { command: user, ignored };
}

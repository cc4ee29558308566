import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
// Commands are imported when run, so `tollgate scan` does not load the language
// server, `tollgate lsp` does not load the git review code, and so on.
import type { CliIo } from './cli-io.js';
import { UsageError } from './cli-io.js';
import { toolVersion } from '../node/tool-version.js';

/** Exit codes: the interface CI systems rely on. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export { toolVersion };

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;

/** Checks `--sarif-category`: a non-empty name without whitespace or control characters. */
function sarifCategory(value: string): string {
  if (!/^[^\s\p{Cc}]+$/u.test(value))
    throw new InvalidArgumentError('a category is a non-empty name without spaces, e.g. tollgate/ or tollgate/secrets/.');
  return value;
}

function outputOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to FILE instead of standard output')
    .option('-c, --config <file>', 'policy file to use instead of .github/tollgate.yml')
    .option('--org-config <file>', 'organisation default policy, merged under the repository policy')
    .option('--baseline <file>', "baseline file of accepted fingerprints (default: the policy's suppressions.baseline)")
    .option(
      '--sarif-category <name>',
      'SARIF only: the analysis category, runs[0].automationDetails.id, that GitHub code scanning keeps alerts apart by (a trailing / is added), e.g. tollgate/secrets/',
      sarifCategory,
    )
    .option('--no-color', 'never colour text output (also: NO_COLOR=1)')
    .option('-q, --quiet', 'no progress or summary on standard error');
}

/**
 * Runs the `tollgate` command line with `argv` (without `node` and the script)
 * and returns the exit code: 0 no error-level finding, 1 error-level findings,
 * 2 usage or configuration error. All I/O goes through `io`.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('tollgate')
    .description('Review-time security gate for code that connects AI agents and automations to other systems.')
    .version(toolVersion(), '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();

  outputOptions(
    program
      .command('scan')
      .description('Scan whole files (no diff) for secrets and policy violations.')
      .argument('[paths...]', 'files or directories to scan (default: the current directory)')
      .option('--update-baseline', "write every current finding's fingerprint to the baseline file, then report")
      .option('--no-ignore', "also scan files .gitignore excludes (the policy's ignore still applies)")
      .option('--history', 'scan every file version in the history reachable from HEAD, each once; findings carry the commit that introduced them')
      .option('--since <ref>', 'with --history: only commits after REF (e.g. the last release tag)')
      .option('--staged', 'scan only the files staged for the next commit, as staged (the index, not the work tree): for pre-commit hooks')
      .option('--cache', 'read and write .tollgate-cache/ (per-file results of earlier runs): the default, except where CI is set')
      .option('--no-cache', 'do not read or write .tollgate-cache/ (also TOLLGATE_NO_CACHE=1)'),
  )
    .addHelpText(
      'after',
      `
Exit status: 0 no error-level finding, 1 error-level findings, 2 usage or configuration error.

Environment: TOLLGATE_THREADS=N sets the worker threads that share a large scan's work
(default: from 1,000 files on 4+ cores, one per core but one, at most 4; 0: none);
TOLLGATE_NO_CACHE=1 is --no-cache.

Examples:
  tollgate scan
  tollgate scan src connectors --format sarif --output tollgate.sarif
  tollgate scan --format json | jq '.findings[].ruleId'
  tollgate scan --history --format json | jq '.findings[] | {commit, path, ruleId}'
  tollgate scan --staged            (pre-commit: docs/pre-commit.md)`,
    )
    .action(async (paths: string[], options) => {
      // --history: git lists the history while the scan command and its analyzers load
      // (the listing needs neither); its errors are reported where it is used.
      const early = options.history
        ? (await import('../node/read-history.js')).startHistoryListing(io.cwd, options.since !== undefined ? { since: options.since } : {})
        : undefined;
      early?.listing.catch(() => undefined); // handled here until the command awaits it
      try {
        exitCode = await (await import('./commands/scan.js')).scanCommand(paths, options, io, early ?? {});
      } finally {
        // Settled before the command line returns (and the process exits), also after a
        // usage error: the listing removes its temporary file when git is done.
        await early?.listing.catch(() => undefined);
      }
    });

  outputOptions(
    program
      .command('review')
      .description('Review a git change as the GitHub App does: findings on changed lines only, and the pull-request comment.')
      .requiredOption('-b, --base <ref>', 'base of the change (branch, tag or commit), e.g. origin/main')
      .option('--head <ref>', 'head of the change', 'HEAD')
      .option('--evidence <file>', 'write the evidence record of the decision (JSON, schema/tollgate-evidence.schema.json) to FILE')
      .option(
        '--reviews <file>',
        'reviews, team memberships, author and labels (JSON) to evaluate approvals against; without it every approval is pending',
      )
      .option('--cache', 'read and write .tollgate-cache/ (per-file results of earlier runs): the default, except where CI is set')
      .option('--no-cache', 'do not read or write .tollgate-cache/ (also TOLLGATE_NO_CACHE=1)'),
  )
    .addHelpText(
      'after',
      `
The policy is read from the BASE commit (a change cannot weaken its own gate), unless --config is given.
Exit status: 0 no error-level finding, 1 error-level findings, 2 usage or configuration error.

Examples:
  tollgate review --base origin/main
  tollgate review --base main --head feature/x --format markdown
  tollgate review --base origin/main --evidence evidence.json --reviews reviews.json`,
    )
    .action(async (options) => {
      exitCode = await (await import('./commands/review.js')).reviewCommand(options, io);
    });

  program
    .command('diagram')
    .description('Print the data-flow diagram (Mermaid) of the connector manifests and the systems the code reaches.')
    .argument('[path]', 'directory to draw (default: the current directory)')
    .option('-b, --base <ref>', 'draw the change from the merge base of REF to --head: added flows highlighted, removed ones dashed')
    .option('--head <ref>', 'head of the change (with --base)', 'HEAD')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['mermaid', 'markdown', 'json']).default('mermaid'))
    .option('-o, --output <file>', 'write the diagram to FILE instead of standard output')
    .option('-c, --config <file>', 'policy file to use instead of .github/tollgate.yml')
    .addHelpText(
      'after',
      `
Exit status: 0 the diagram was printed, 2 usage or configuration error. Governance findings are reported by scan and review.

Examples:
  tollgate diagram
  tollgate diagram --base origin/main --format markdown`,
    )
    .action(async (path: string | undefined, options) => {
      exitCode = await (await import('./commands/diagram.js')).diagramCommand(path, options, io);
    });

  program
    .command('init')
    .description('Opt a repository in: write .github/tollgate.yml and a connector manifest per system the code reaches (never overwrites).')
    .argument('[path]', 'the repository (default: the current directory)')
    .option('--owner <handle>', 'GitHub team or user that owns the new connectors (default: the `*` owner in CODEOWNERS)')
    .option('--dry-run', 'print the files instead of writing them')
    .addHelpText(
      'after',
      `
Each manifest declares the system with dpa: pending and TODO comments for region, data classes,
audit sink and retention; after init, scan reports no flows/undeclared-system for those systems.
Exit status: 0, or 2 on a usage error.

Examples:
  tollgate init --owner @acme/platform --dry-run
  tollgate init --owner @acme/platform`,
    )
    .action(async (path: string | undefined, options) => {
      exitCode = await (await import('./commands/init.js')).initCommand(path, options, io);
    });

  const access = program
    .command('access')
    .description('The access lock: approved grants, who approved them and when; drift and quarterly re-approval.');
  access
    .command('lock')
    .description('Write or update .github/tollgate-access.yml with every grant requested today; unchanged grants keep their approval.')
    .option('--approved-by <name>', 'who approves the new grants (a GitHub handle or a name); required')
    .option('--now <date>', 'the approval date for new grants (ISO 8601; default today)')
    .option('--reapprove [connectors...]', 're-approve unchanged grants too (all, or those of the named connectors): the periodic access review')
    .action(async (options) => {
      exitCode = await (await import('./commands/access.js')).accessLockCommand(options, io);
    });
  access
    .command('check')
    .description('Compare the grants requested today with the lock: approved, unapproved, removed, review-due.')
    .option('--now <date>', 'the date to judge review-due against (ISO 8601; default today)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
JSON: {"grants":[{"connector","provider","scope","status":"approved|unapproved|removed|review-due","path","line","approvedAt"}]}.
Review-due: approved longer ago than the policy's access.reviewIntervalDays (default 90).
Exit status: 1 when a grant is unapproved or review-due, 0 otherwise, 2 on a usage or configuration error.`,
    )
    .action(async (options) => {
      exitCode = await (await import('./commands/access.js')).accessCheckCommand(options, io);
    });

  access
    .command('report')
    .description('The grant inventory with approvals and their age, for auditors (SOC 2 CC6.2/CC6.3 access reviews).')
    .option('--now <date>', 'the date ages are counted to (ISO 8601; default today)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'markdown']).default('json'))
    .action(async (options) => {
      exitCode = await (await import('./commands/access.js')).accessReportCommand(options, io);
    });

  program
    .command('scopes')
    .description('List every OAuth scope, API permission and IAM grant per connector, with its access class.')
    .argument('[paths...]', 'files or directories to read (default: the current directory)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the inventory to FILE instead of standard output')
    .option('-c, --config <file>', 'policy file to use instead of .github/tollgate.yml (for `ignore` and `limits`)')
    .option(
      '--sarif-category <name>',
      'SARIF only: the analysis category, runs[0].automationDetails.id, that GitHub code scanning keeps alerts apart by (a trailing / is added), e.g. tollgate/secrets/',
      sarifCategory,
    )
    .option('--no-color', 'never colour text output (also: NO_COLOR=1)')
    .option('-q, --quiet', 'no summary on standard error')
    .addHelpText(
      'after',
      `
JSON: {"scopes":[{"path","line","provider","scope","access":"read|write|admin","connector","known"}]}.
A scope nothing classifies has "known": false and "access": "admin" (assume the worst).
Exit status: 0, or 2 on a usage error.

Examples:
  tollgate scopes
  tollgate scopes connectors src --format json | jq '.scopes[] | select(.access == "admin")'`,
    )
    .action(async (paths: string[], options) => {
      exitCode = await (await import('./commands/scopes.js')).scopesCommand(paths, options, io);
    });

  program
    .command('agents')
    .description('List the MCP servers agents connect to and the tools they may call, with access class and approval gate (nothing is executed).')
    .argument('[paths...]', 'files or directories to read (default: the current directory)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the inventory to FILE instead of standard output')
    .option('-c, --config <file>', 'policy file to use instead of .github/tollgate.yml (for `ignore`, `limits` and `agents`)')
    .option('--no-color', 'never colour text output (also: NO_COLOR=1)')
    .option('-q, --quiet', 'no summary on standard error')
    .addHelpText(
      'after',
      `
Reads agent configs (.mcp.json, .cursor/mcp.json, .vscode/mcp.json, claude_desktop_config.json,
.gemini/settings.json, .continue/, Codex config.toml), MCP clients and tools in TS/JS and Python,
and AI agent steps in workflows. Findings (agents/*) come from \`tollgate scan\` and \`review\`.

JSON: {"servers":[{"path","line","name","transport":"stdio|http|sse|unknown","pinned","connector"}],
       "tools":[{"path","line","name","framework","access":"read|write|destructive","systems","approval","connector"}],
       "ciAgents":[...]} (servers also carry "target", "reaches", "access").
Exit status: 0, or 2 on a usage error.

Examples:
  tollgate agents
  tollgate agents src .cursor --format json | jq '.tools[] | select(.access != "read" and (.approval | not))'`,
    )
    .action(async (paths: string[], options) => {
      exitCode = await (await import('./commands/agents.js')).agentsCommand(paths, options, io);
    });

  program
    .command('lsp')
    .description('Run the language server (editors start it): diagnostics, quick fixes and scope hovers over LSP.')
    .option('--stdio', 'talk LSP over standard input and output')
    .addHelpText('after', '\nEditor set-up (VS Code, Neovim, Helix, JetBrains): docs/editor.md.')
    .action(async (options: { stdio?: boolean }) => {
      exitCode = await (await import('./commands/lsp.js')).lspCommand(options, io);
    });

  const policy = program.command('policy').description('Check a policy file, or explain how its risk tiers evaluate on a change.');
  policy
    .command('check')
    .description(
      'Validate a policy file: schema, unknown facts, malformed teams, circular or unknown condition references, tiers that leave a change without a tier.',
    )
    .argument('[file]', 'the policy file (default: .github/tollgate.yml at the repository root)')
    .option('-q, --quiet', 'print nothing when the policy is valid')
    .addHelpText('after', '\nExit status: 0 valid, 1 invalid (each problem printed as file:line:column: key: message), 2 the file cannot be read.')
    .action(async (file: string | undefined, options: { quiet?: boolean }) => {
      exitCode = await (await import('./commands/policy.js')).policyCheckCommand(file, options, io);
    });
  policy
    .command('explain')
    .description('Review a git change and show how every risk tier rule and predicate evaluated, the tier, its reasons and the approvals.')
    .requiredOption('-b, --base <ref>', 'base of the change (branch, tag or commit)')
    .option('--head <ref>', 'head of the change', 'HEAD')
    .option('-c, --config <file>', 'policy file to use instead of .github/tollgate.yml at the base (test a draft policy)')
    .option('--org-config <file>', 'organisation default policy, merged under the repository policy')
    .option('--reviews <file>', 'reviews, team memberships, author and labels (JSON) to evaluate approvals against')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      '\nExit status: 0, or 2 on a usage or policy error.\n\nExamples:\n  tollgate policy explain --base origin/main\n  tollgate policy explain --base main --config draft-policy.yml --reviews reviews.json',
    )
    .action(async (options) => {
      exitCode = await (await import('./commands/policy.js')).policyExplainCommand(options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`tollgate: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reviewCommand } from './commands/review.js';
import { scanCommand } from './commands/scan.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './cli-io.js';

/** Exit codes: the interface CI systems rely on. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };
  return pkg.version;
}

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;

function outputOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to FILE instead of standard output')
    .option('-c, --config <file>', 'policy file to use instead of .github/tollgate.yml')
    .option('--org-config <file>', 'organisation default policy, merged under the repository policy')
    .option('--baseline <file>', 'baseline file of accepted fingerprints (default: the policy\'s suppressions.baseline)')
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
      .option('--update-baseline', 'write every current finding\'s fingerprint to the baseline file, then report'),
  )
    .addHelpText(
      'after',
      `
Exit status: 0 no error-level finding, 1 error-level findings, 2 usage or configuration error.

Examples:
  tollgate scan
  tollgate scan src connectors --format sarif --output tollgate.sarif
  tollgate scan --format json | jq '.findings[].ruleId'`,
    )
    .action(async (paths: string[], options) => {
      exitCode = await scanCommand(paths, options, io);
    });

  outputOptions(
    program
      .command('review')
      .description('Review a git change as the GitHub App does: findings on changed lines only, and the pull-request comment.')
      .requiredOption('-b, --base <ref>', 'base of the change (branch, tag or commit), e.g. origin/main')
      .option('--head <ref>', 'head of the change', 'HEAD'),
  )
    .addHelpText(
      'after',
      `
The policy is read from the BASE commit (a change cannot weaken its own gate), unless --config is given.
Exit status: 0 no error-level finding, 1 error-level findings, 2 usage or configuration error.

Examples:
  tollgate review --base origin/main
  tollgate review --base main --head feature/x --format markdown`,
    )
    .action(async (options) => {
      exitCode = await reviewCommand(options, io);
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

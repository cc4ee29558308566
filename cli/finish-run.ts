import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { ResolvedPolicy } from '../shared/policy/resolve-policy.js';
import type { ReviewResult } from '../shared/engine/run-review.js';
import { renderReport } from '../shared/report/index.js';
import { reportContributions } from '../shared/report/report-contributions.js';
import type { CliIo } from './cli-io.js';
import type { OutputOptions } from './output-options.js';
import { EXIT, toolVersion } from './run-cli.js';

/**
 * Renders the result in the chosen format, writes it (stdout or --output), prints
 * policy problems and a one-line summary on stderr, and returns the exit code.
 */
export async function finishRun(
  result: ReviewResult,
  context: { root: string; policy: ResolvedPolicy; options: OutputOptions; io: CliIo; headSha?: string },
): Promise<number> {
  const { io, options, root, policy } = context;
  const rel = relative(io.cwd, root).split(sep).join('/');
  const pathPrefix = rel === '' ? '' : `${rel}/`;
  const toStdout = options.output === undefined;
  const color = toStdout && options.color && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const contributions = reportContributions(result);
  const rendered = renderReport(options.format, result, {
    extensions: contributions.extensions,
    extraSections: contributions.extraSections,
    textBlocks: contributions.textBlocks,
    toolVersion: toolVersion(),
    policySources: [...policy.sources],
    pathPrefix,
    cwdPrefix: pathPrefix,
    ...(options.sarifCategory !== undefined ? { sarifCategory: options.sarifCategory } : {}),
    color,
    ...(context.headSha ? { headSha: context.headSha } : {}),
  });
  if (toStdout) io.stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  else {
    const target = resolve(io.cwd, options.output as string);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  }
  for (const error of policy.errors) {
    io.stderr.write(
      `tollgate: ${error.file}:${error.line}:${error.column}: ${error.key === '' ? '' : `${error.key}: `}${error.message}. ${error.hint}\n`,
    );
  }
  if (!options.quiet && (!toStdout || options.format !== 'text')) {
    const s = result.stats;
    io.stderr.write(
      `tollgate: ${s.filesAnalyzed} file(s) analyzed, ${s.error} error(s), ${s.warning} warning(s), ${s.note} note(s), ${s.suppressed} suppressed, ${result.skipped.length} skipped${toStdout ? '' : `; report written to ${options.output}`}\n`,
    );
  }
  if (policy.errors.length > 0) return EXIT.usage;
  return result.stats.error > 0 ? EXIT.findings : EXIT.ok;
}

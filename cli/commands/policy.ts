import { access, readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { parsePolicy } from '../../shared/policy/parse-policy.js';
import { approversData, riskData } from '../../shared/risk/risk-data.js';
import { renderRiskExplanation } from '../../shared/risk/risk-report.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../cli-io.js';
import { gitTopLevel } from '../../node/git.js';
import { POLICY_PATH, POLICY_PATHS } from '../../shared/policy/policy-path.js';
import { EXIT } from '../run-cli.js';
import { loadGitReview } from './review.js';

/**
 * `tollgate policy check [FILE]`: validates a policy file (default: the repository's
 * `.github/tollgate.yml`) with everything the review applies — the schema, unknown
 * facts, malformed teams, circular or unknown condition references, tiers that leave
 * a change without a tier — and prints each problem as `file:line:column: key:
 * message. hint`. Exit 0 valid, 1 invalid, 2 the file cannot be read.
 */
export async function policyCheckCommand(file: string | undefined, options: { quiet?: boolean }, io: CliIo): Promise<number> {
  const root = (await gitTopLevel(io.cwd)) ?? io.cwd;
  // Default: the repository's policy under the first of its names that exists.
  const existing = file ? undefined : await firstExisting(POLICY_PATHS.map((p) => resolve(root, p)));
  const target = file ? resolve(io.cwd, file) : (existing ?? resolve(root, POLICY_PATH));
  const shown = relative(io.cwd, target).split(sep).join('/') || target;
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch {
    throw new UsageError(`${shown}: the file cannot be read. Give the policy file's path (default: ${POLICY_PATH} at the repository root).`);
  }
  const parsed = parsePolicy(text, shown);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.stderr.write(`${e.file}:${e.line}:${e.column}: ${e.key === '' ? '' : `${e.key}: `}${e.message}. ${e.hint}\n`);
    io.stderr.write(
      `tollgate: ${shown} is invalid (${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'}); reviews fall back to the highest risk tier until it is fixed.\n`,
    );
    return EXIT.findings;
  }
  if (!options.quiet) {
    const tiers = parsed.policy.risk.tiers;
    io.stdout.write(
      `${shown}: valid. Risk tiers, lowest first: ${tiers.map((t) => `${t.name} (${t.requires.length === 0 ? 'automated checks only' : `${t.requires.length} requirement${t.requires.length === 1 ? '' : 's'}`})`).join(', ')}.\n`,
    );
  }
  return EXIT.ok;
}

interface ExplainOptions {
  base: string;
  head: string;
  config?: string;
  orgConfig?: string;
  reviews?: string;
  format: 'text' | 'json';
}

/**
 * `tollgate policy explain --base REF [--head REF]`: reviews the change as `review`
 * does and shows how every tier rule and predicate evaluated, the tier chosen and
 * why, and each requirement's status, so a policy can be tested before it is merged
 * (with `--config` naming the draft). Exit 0, or 2 on a usage or policy error.
 */
export async function policyExplainCommand(options: ExplainOptions, io: CliIo): Promise<number> {
  const review = await loadGitReview({ ...options, color: false, quiet: true }, io);
  for (const e of review.policy.errors)
    io.stderr.write(`tollgate: ${e.file}:${e.line}:${e.column}: ${e.key === '' ? '' : `${e.key}: `}${e.message}. ${e.hint}\n`);
  if (options.format === 'json') {
    const risk = riskData(review.result);
    const approvers = approversData(review.result);
    io.stdout.write(
      `${JSON.stringify({ facts: risk?.facts ?? [], tiers: risk?.tiers ?? [], tier: risk?.tier, reasons: risk?.reasons ?? [], fallback: risk?.fallback, requirements: approvers?.requirements ?? [], pending: approvers?.pending }, null, 2)}\n`,
    );
  } else io.stdout.write(renderRiskExplanation(review.result));
  return review.policy.errors.length > 0 ? EXIT.usage : EXIT.ok;
}

async function firstExisting(paths: readonly string[]): Promise<string | undefined> {
  for (const p of paths)
    if (
      await access(p).then(
        () => true,
        () => false,
      )
    )
      return p;
  return undefined;
}

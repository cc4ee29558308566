import { z } from 'zod';
import { patternStrings } from './pattern-strings.js';
import type { Analyzer, AnalyzerPolicy } from '../analyzer/analyzer.js';
import { ANALYZERS } from '../analyzer/registry.js';

/**
 * The policy file, `.github/tollgate.yml`, as one zod schema.
 *
 * This is the single source: `parsePolicy` validates with it, and
 * `scripts/write-schemas.js` generates `schema/tollgate-policy.schema.json` (the
 * JSON Schema editors use) from it; a test checks the two agree. Every key carries
 * a description, which becomes the JSON Schema's documentation.
 *
 * Unknown keys are errors (a typo must not silently weaken the gate). The
 * analyzers' parts come from the registry: `analyzers.<id>` for every analyzer, and
 * a top-level `<id>` section for every analyzer that declares `policy`.
 */

const severityOrOff = z
  .enum(['error', 'warning', 'note', 'off'])
  .describe('Severity for this rule: `error` fails the gate, `warning` and `note` only report, `off` disables the rule.');

const ruleSettings = z
  .object({
    severity: severityOrOff.optional(),
  })
  .strict()
  .describe('Settings for one rule.');

const analyzerSettings = z
  .object({
    enabled: z.boolean().default(true).describe('Run this analyzer. Default: true.'),
  })
  .strict()
  .describe('Settings for one analyzer.');

const allowEntry = z
  .object({
    rule: z.string().min(1).optional().describe('Rule id this entry applies to, or a prefix ending in `/*` (e.g. `secrets/*`). Default: every rule.'),
    path: patternStrings
      .glob()
      .optional()
      .describe('Glob (picomatch syntax) of repository-relative paths this entry applies to. Default: every path.'),
    match: patternStrings
      .regExp()
      .optional()
      .describe(
        'Regular expression (JavaScript syntax; validated with the policy) tested against the matched value (for secrets: the secret itself, inside the analyzer; it never leaves it). Default: any value.',
      ),
    reason: z.string().min(1).describe('Why this is allowed. Required; shown in reports and evidence.'),
  })
  .strict()
  .describe('Findings matching every given field are not reported.');

/**
 * A path from repository content: relative, `/`-separated, inside the repository.
 * `parsePolicy` normalises it (`./x` → `x`) so every comparison sees one spelling.
 */
const repositoryPath = z
  .string()
  .min(1)
  .refine((p) => isRepositoryPath(p), {
    message: 'must be a repository-relative path inside the repository (no `..` segment, no leading `/`, drive letter or `~`)',
  });

/** True when `path` is relative and stays inside the repository once normalised. */
export function isRepositoryPath(path: string): boolean {
  if (path.includes('\0') || /^(?:[/\\~]|[A-Za-z]:)/.test(path)) return false;
  return !path.split(/[/\\]/).some((segment) => segment === '..');
}

const suppressions = z
  .object({
    inline: z.boolean().default(true).describe('Honour inline `tollgate-ignore <rule-id>: <reason>` comments. Default: true.'),
    legacyMarkers: z
      .boolean()
      .default(true)
      .describe(
        'Honour the markers other scanners use (`secretlint-disable-line`, `secretlint-disable-next-line`, `gitleaks:allow`). Default: true.',
      ),
    baseline: repositoryPath
      .default('.tollgate-baseline.json')
      .describe(
        'Repository-relative path of the baseline file of accepted finding fingerprints; it must stay inside the repository (no `..`, no absolute path). Default: `.tollgate-baseline.json`.',
      ),
    report: z
      .boolean()
      .default(false)
      .describe('List suppressed findings in every report (with who suppressed them and why) instead of silently honouring them. Default: false.'),
  })
  .strict()
  .describe('How suppressions are honoured and reported.');

const notAnalyzedEntry = z
  .object({
    path: z.string().min(1).describe('Glob (picomatch syntax) of repository-relative paths this entry applies to.'),
    severity: severityOrOff.describe('Severity of `tollgate/file-not-analyzed` for these paths (`off`: not reported).'),
    reason: z.string().min(1).describe('Why files here may go unanalyzed. Required; shown in evidence.'),
  })
  .strict()
  .describe('How a changed file that could not be analyzed is reported, for the paths it matches.');

const limits = z
  .object({
    maxFileBytes: z
      .number()
      .int()
      .positive()
      .default(1_048_576)
      .describe(
        'Files larger than this many bytes are analyzed up to the limit only; in a review, such a changed file is a `tollgate/file-not-analyzed` finding. Default: 1048576 (1 MiB).',
      ),
    notAnalyzed: z
      .array(notAnalyzedEntry)
      .default([])
      .describe(
        'Severity of `tollgate/file-not-analyzed` for changed files that could not be analyzed (binary, too large, unreadable), per glob; the first matching entry wins. Default: none (error, or note for a recognised image, font or PDF).',
      ),
  })
  .strict()
  .describe('Resource limits.');

/** `analyzers.<id>` for each analyzer in `A`. */
type AnalyzerToggles<A extends readonly Analyzer[]> = { [K in A[number] as K['id']]: z.ZodDefault<typeof analyzerSettings> };

/** The zod schema of an analyzer's policy section; `ZodNever` when it declares none (see `defineAnalyzer`). */
type PolicySchemaOf<K> = K extends { readonly policy?: AnalyzerPolicy<infer P> } ? P : z.ZodNever;

/** A top-level `<id>` section for each analyzer in `A` that declares a policy section. */
type AnalyzerSections<A extends readonly Analyzer[]> = {
  [K in A[number] as [PolicySchemaOf<K>] extends [z.ZodNever] ? never : K['id']]: z.ZodDefault<PolicySchemaOf<K>>;
};

/**
 * The policy schema for a set of analyzers, in their order: the fixed keys, then
 * the analyzers' own sections. `policySchema` is this for `ANALYZERS`; tests build
 * it for a test registry.
 */
export function createPolicySchema<const A extends readonly Analyzer[]>(analyzers: A) {
  const toggles = Object.fromEntries(analyzers.map((a) => [a.id, analyzerSettings.default({ enabled: true })])) as AnalyzerToggles<A>;
  const sections = Object.fromEntries(
    analyzers.flatMap((a) => (a.policy ? [[a.id, a.policy.schema.default(a.policy.default as never)]] : [])),
  ) as AnalyzerSections<A>;
  return z
    .object({
      version: z.literal(1).default(1).describe('Policy format version. Only `1` exists.'),
      analyzers: z
        .object(toggles)
        .strict()
        .default(Object.fromEntries(analyzers.map((a) => [a.id, { enabled: true }])) as never)
        .describe('Turn analyzers on or off.'),
      rules: z
        .record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a rule id looks like `secrets/stripe-key`'), ruleSettings)
        .default({})
        .describe('Per-rule settings keyed by rule id (e.g. `secrets/generic-assignment`).'),
      ignore: z
        .array(patternStrings.glob())
        .default([])
        .describe(
          'Globs (picomatch syntax) of repository-relative paths never analyzed. Lists from organisation defaults and the repository are combined.',
        ),
      allow: z
        .array(allowEntry)
        .default([])
        .describe('Accepted findings, each with a reason. Lists from organisation defaults and the repository are combined.'),
      suppressions: suppressions.default({
        inline: true,
        legacyMarkers: true,
        baseline: '.tollgate-baseline.json',
        report: false,
      }),
      limits: limits.default({ maxFileBytes: 1_048_576, notAnalyzed: [] }),
      access: z
        .object({
          reviewIntervalDays: z
            .number()
            .int()
            .min(1)
            .default(90)
            .describe(
              'Days after which an approved grant in the access lock (`.github/tollgate-access.yml`) is review-due in `tollgate access check`. Default 90 (quarterly).',
            ),
        })
        .strict()
        .default({ reviewIntervalDays: 90 })
        .describe('Access reviews: the lock of approved grants and how often they are re-approved. See docs/access.md.'),
      ...sections,
    })
    .strict()
    .describe('Tollgate policy (`.github/tollgate.yml`). See docs/policy.md.');
}

export const policySchema = createPolicySchema(ANALYZERS);

/** The validated policy with every default filled in; the core trusts this type. */
export type Policy = z.output<typeof policySchema>;

/** The policy as written in a file: every key optional. */
export type PolicyInput = z.input<typeof policySchema>;

/** The policy that applies when a repository has no policy file. */
export const DEFAULT_POLICY: Policy = policySchema.parse({});

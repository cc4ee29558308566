import { z } from 'zod';
import { patternStrings } from './pattern-strings.js';
import { DEFAULT_FLOWS_POLICY, flowsPolicySchema } from '../flows/flows-policy.js';
import { DEFAULT_SCOPES_POLICY, scopesPolicySchema } from '../scopes/scopes-policy.js';
import { DEFAULT_RISK_POLICY, riskPolicySchema } from '../risk/risk-policy.js';

/**
 * The policy file, `.github/tollgate.yml`, as one zod schema.
 *
 * This is the single source: `parsePolicy` validates with it, and
 * `scripts/write-schemas.js` generates `schema/tollgate-policy.schema.json` (the
 * JSON Schema editors use) from it; a test checks the two agree. Every key carries
 * a description, which becomes the JSON Schema's documentation.
 *
 * Unknown keys are errors (a typo must not silently weaken the gate). New areas
 * (scopes, connectors, flows, risk tiers, approvers) are added as new top-level keys.
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
    rule: z
      .string()
      .min(1)
      .optional()
      .describe('Rule id this entry applies to, or a prefix ending in `/*` (e.g. `secrets/*`). Default: every rule.'),
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

const suppressions = z
  .object({
    inline: z
      .boolean()
      .default(true)
      .describe('Honour inline `tollgate-ignore <rule-id>: <reason>` comments. Default: true.'),
    legacyMarkers: z
      .boolean()
      .default(true)
      .describe(
        'Honour the markers other scanners use (`secretlint-disable-line`, `secretlint-disable-next-line`, `gitleaks:allow`). Default: true.',
      ),
    baseline: z
      .string()
      .min(1)
      .default('.tollgate-baseline.json')
      .describe('Path of the baseline file of accepted finding fingerprints. Default: `.tollgate-baseline.json`.'),
    report: z
      .boolean()
      .default(false)
      .describe(
        'List suppressed findings in every report (with who suppressed them and why) instead of silently honouring them. Default: false.',
      ),
  })
  .strict()
  .describe('How suppressions are honoured and reported.');

const limits = z
  .object({
    maxFileBytes: z
      .number()
      .int()
      .positive()
      .default(1_048_576)
      .describe('Files larger than this many bytes are skipped and listed in the report. Default: 1048576 (1 MiB).'),
  })
  .strict()
  .describe('Resource limits.');

export const policySchema = z
  .object({
    version: z.literal(1).default(1).describe('Policy format version. Only `1` exists.'),
    analyzers: z
      .object({
        secrets: analyzerSettings.default({ enabled: true }),
        flows: analyzerSettings.default({ enabled: true }),
        scopes: analyzerSettings.default({ enabled: true }),
        risk: analyzerSettings.default({ enabled: true }),
      })
      .strict()
      .default({ secrets: { enabled: true }, flows: { enabled: true }, scopes: { enabled: true }, risk: { enabled: true } })
      .describe('Turn analyzers on or off.'),
    rules: z
      .record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a rule id looks like `secrets/stripe-key`'), ruleSettings)
      .default({})
      .describe('Per-rule settings keyed by rule id (e.g. `secrets/generic-assignment`).'),
    ignore: z
      .array(patternStrings.glob())
      .default([])
      .describe('Globs (picomatch syntax) of repository-relative paths never analyzed. Lists from organisation defaults and the repository are combined.'),
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
    limits: limits.default({ maxFileBytes: 1_048_576 }),
    flows: flowsPolicySchema.default(DEFAULT_FLOWS_POLICY),
    scopes: scopesPolicySchema.default(DEFAULT_SCOPES_POLICY),
    risk: riskPolicySchema.default(DEFAULT_RISK_POLICY),
  })
  .strict()
  .describe('Tollgate policy (`.github/tollgate.yml`). See docs/policy.md.');

/** The validated policy with every default filled in; the core trusts this type. */
export type Policy = z.output<typeof policySchema>;

/** The policy as written in a file: every key optional. */
export type PolicyInput = z.input<typeof policySchema>;

/** The policy that applies when a repository has no policy file. */
export const DEFAULT_POLICY: Policy = policySchema.parse({});

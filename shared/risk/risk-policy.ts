import { z } from 'zod';
import { patternStrings } from '../policy/pattern-strings.js';
import { FACT_IDS } from './fact-ids.js';
import { checkRiskPolicy } from './check-risk-policy.js';

/**
 * The policy's `risk` section: change-risk tiers, what each requires, and how
 * approvals count. Defined here (owned by the risk step) and wired into
 * `shared/policy/policy-schema.ts` as the top-level key `risk`.
 *
 * Semantics follow palantir/policy-bot's approval rules: a tier whose `if` does not
 * hold is skipped; the change gets the highest tier (last in the list) whose `if`
 * holds; that tier's `requires` must all be satisfied by approving reviews. Every
 * predicate is evaluated and explained, held or not (`tollgate policy explain`).
 */

/** A GitHub login, with or without `@`. */
const USER = /^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A team: `@org/team`, `org/team`, or `team` (in the repository's organisation). */
const TEAM = /^(?:@?[A-Za-z0-9][A-Za-z0-9-]*\/)?[A-Za-z0-9][A-Za-z0-9._-]*$/;

const user = z.string().regex(USER, 'a GitHub login such as `alice` or `@alice`').describe('A GitHub login, e.g. `alice` or `@alice`.');
const team = z
  .string()
  .regex(TEAM, 'a team such as `@acme/security`, `acme/security` or `security` (an organisation and a team slug, separated by `/`)')
  .describe("A team: `@org/slug`, `org/slug`, or `slug` for a team of the repository's organisation.");

/** A condition over the change, as written in the policy. Exactly one key per condition. */
export interface RiskCondition {
  readonly fact?: (typeof FACT_IDS)[number];
  readonly facts?: readonly (typeof FACT_IDS)[number][];
  readonly paths?: readonly string[];
  readonly onlyPaths?: readonly string[];
  readonly labels?: readonly string[];
  readonly author?: readonly string[];
  readonly condition?: string;
  readonly always?: boolean;
  readonly and?: readonly RiskCondition[];
  readonly or?: readonly RiskCondition[];
  readonly not?: RiskCondition;
}

/** The keys of a condition; exactly one must be given. */
export const CONDITION_KEYS = ['fact', 'facts', 'paths', 'onlyPaths', 'labels', 'author', 'condition', 'always', 'and', 'or', 'not'] as const;

export const riskConditionSchema: z.ZodType<RiskCondition> = z
  .object({
    fact: z.enum(FACT_IDS).optional().describe('Holds when the change has this fact (see docs/policy.md for the list).'),
    facts: z.array(z.enum(FACT_IDS)).min(1).optional().describe('Holds when the change has any of these facts.'),
    paths: z
      .array(patternStrings.glob())
      .min(1)
      .optional()
      .describe('Holds when any changed file (added, modified, renamed or deleted) matches any of these globs (picomatch syntax).'),
    onlyPaths: z
      .array(patternStrings.glob())
      .min(1)
      .optional()
      .describe('Holds when every changed file matches one of these globs (and at least one file changed).'),
    labels: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Holds when the pull request carries any of these labels (case-insensitive). Never holds in `tollgate review` without `--reviews`.'),
    author: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe('Holds when the author is one of these users, or a member of one of these teams (entries with `/`).'),
    condition: z.string().min(1).optional().describe('Holds when the named condition in `risk.conditions` holds.'),
    always: z.literal(true).optional().describe('Always holds (a catch-all).'),
    get and() {
      return z.array(riskConditionSchema).min(1).optional().describe('Holds when every listed condition holds.');
    },
    get or() {
      return z.array(riskConditionSchema).min(1).optional().describe('Holds when any listed condition holds.');
    },
    get not() {
      return riskConditionSchema.optional().describe('Holds when the given condition does not hold.');
    },
  })
  .strict()
  .superRefine((value, ctx) => {
    const given = CONDITION_KEYS.filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          given.length === 0
            ? `a condition needs exactly one of: ${CONDITION_KEYS.join(', ')}`
            : `a condition takes exactly one key, not ${given.join(' and ')} (combine them with \`and\` or \`or\`)`,
      });
    }
    for (const entry of value.author ?? []) {
      if (!(entry.includes('/') ? TEAM : USER).test(entry))
        ctx.addIssue({ code: 'custom', path: ['author'], message: `"${entry}" is neither a GitHub login nor a team such as \`@org/team\`` });
    }
  })
  .describe(
    'A condition over the change: one of `fact`, `facts`, `paths`, `onlyPaths`, `labels`, `author`, `condition`, `always`, `and`, `or`, `not`.',
  ) as unknown as z.ZodType<RiskCondition>;

/** A requirement as written in the policy. */
export interface RiskRequirement {
  readonly name?: string;
  readonly count?: number;
  readonly users?: readonly string[];
  readonly teams?: readonly string[];
  readonly connectorOwner?: boolean;
  readonly codeowners?: boolean;
  readonly and?: readonly RiskRequirement[];
  readonly or?: readonly RiskRequirement[];
}

export const riskRequirementSchema: z.ZodType<RiskRequirement> = z
  .object({
    name: z
      .string()
      .min(1)
      .optional()
      .describe('What the requirement is called in reasons, e.g. `security review`. Default: derived from its approvers.'),
    count: z.number().int().min(1).optional().describe('How many distinct approvers from `users` and `teams` are needed. Default: 1.'),
    users: z.array(user).min(1).optional().describe('Users whose approval counts.'),
    teams: z
      .array(team)
      .min(1)
      .optional()
      .describe("Teams whose members' approval counts (the App reads memberships; it needs the `members: read` permission)."),
    connectorOwner: z
      .literal(true)
      .optional()
      .describe('The owner (manifest `owner`) of every connector the change touches must approve; one requirement per connector.'),
    codeowners: z
      .literal(true)
      .optional()
      .describe(
        'For every changed file, one of its CODEOWNERS (read at the base) must approve, as GitHub\'s "require review from code owners" does.',
      ),
    get and() {
      return z.array(riskRequirementSchema).min(1).optional().describe('Every listed requirement must be satisfied.');
    },
    get or() {
      return z.array(riskRequirementSchema).min(1).optional().describe('Any one listed requirement must be satisfied.');
    },
  })
  .strict()
  .superRefine((value, ctx) => {
    const kinds = [
      value.users || value.teams ? 'users/teams' : '',
      value.connectorOwner ? 'connectorOwner' : '',
      value.codeowners ? 'codeowners' : '',
      value.and ? 'and' : '',
      value.or ? 'or' : '',
    ].filter((k) => k !== '');
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          kinds.length === 0
            ? 'a requirement needs approvers: `users` and/or `teams`, `connectorOwner`, `codeowners`, `and` or `or`'
            : `a requirement takes one kind of approver, not ${kinds.join(' and ')} (list them as separate requirements)`,
      });
    }
    if (value.count !== undefined && !(value.users || value.teams))
      ctx.addIssue({ code: 'custom', path: ['count'], message: '`count` applies to `users` and `teams` only' });
  })
  .describe('Who must approve. A list of requirements means all of them.') as unknown as z.ZodType<RiskRequirement>;

const approvalOptions = z
  .object({
    invalidateOnPush: z
      .boolean()
      .optional()
      .describe(
        "An approval counts only for the commit it was given on: a new push invalidates it (as policy-bot's `invalidate_on_push`). Default: false, or the value in `risk.approval`.",
      ),
    allowAuthor: z
      .boolean()
      .optional()
      .describe(
        "The pull request's author may satisfy a requirement with their own approval (as policy-bot's `allow_author`). Default: false, or the value in `risk.approval`.",
      ),
  })
  .strict()
  .describe('How approvals count.');

const tier = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and `-`')
      .describe("The tier's name, e.g. `high`."),
    label: z.string().min(1).max(50).optional().describe('The pull-request label the App sets for this tier. Default: `tollgate: <name> risk`.'),
    description: z.string().min(1).optional().describe('What the tier means, shown with it.'),
    if: riskConditionSchema.optional().describe('When the tier applies. Default: always (a catch-all, usually the lowest tier).'),
    requires: z
      .array(riskRequirementSchema)
      .default([])
      .describe('Who must approve a change in this tier; all entries must be satisfied. Default: nobody (automated checks only).'),
    approval: approvalOptions.optional().describe('Overrides `risk.approval` for this tier.'),
  })
  .strict()
  .describe('One change-risk tier.');

/** The default tiers: the checklists' review depth. */
export const DEFAULT_TIERS = [
  { name: 'low', description: 'Automated checks only.', requires: [] },
  {
    name: 'medium',
    description: 'One security reviewer.',
    if: {
      facts: ['connector-removed', 'scope-added', 'scope-escalated-write', 'flow-added', 'manifest-changed', 'secret-found', 'identity-finding'],
    },
    requires: [{ name: 'security review', teams: ['security'] }],
  },
  {
    name: 'high',
    description: "Security, legal and the connector's owner.",
    if: {
      facts: [
        'connector-added',
        'scope-escalated-admin',
        'pii-to-llm',
        'cross-border-flow',
        'data-class-outside',
        'processor-added',
        'policy-changed',
        'suppression-changed',
        'codeowners-changed',
        'file-not-analyzed',
        'owner-changed',
        'mcp-server-added',
        'agent-tool-write-added',
        'approval-gate-removed',
        'ci-agent-added',
        'access-lock-changed',
      ],
    },
    requires: [
      { name: 'security review', teams: ['security'] },
      { name: 'legal review', teams: ['legal'] },
      { name: 'connector owner', connectorOwner: true },
    ],
    approval: { invalidateOnPush: true },
  },
] as const;

/** Default globs of documentation and tests (the `docs-or-tests-only` fact). */
export const DEFAULT_DOCS_AND_TESTS = [
  '**/*.md',
  '**/*.mdx',
  '**/*.rst',
  '**/*.txt',
  'docs/**',
  'doc/**',
  'test/**',
  'tests/**',
  '**/__tests__/**',
  '**/*.test.*',
  '**/*.spec.*',
  '**/test_*.py',
  '**/*_test.py',
  '**/*_test.go',
];

export const riskPolicySchema = z
  .object({
    tiers: z
      .array(tier)
      .min(1)
      .default(() => z.array(tier).parse(DEFAULT_TIERS))
      .describe(
        "The tiers, lowest first. A change gets the highest tier whose `if` holds; none holding (or an invalid policy) gives the highest tier. Default: low (automated checks only), medium (one security reviewer), high (security, legal and the connector's owner; policy, suppression, CODEOWNERS and connector-owner changes, changed files Tollgate could not analyze, and MCP servers, writing agent tools, removed approval gates and CI agents added by the change are high).",
      ),
    conditions: z
      .record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and `-`'), riskConditionSchema)
      .default({})
      .describe('Named conditions tiers can refer to with `condition: <name>`. Default: none.'),
    approval: z
      .object({
        invalidateOnPush: z
          .boolean()
          .default(false)
          .describe('A new push invalidates earlier approvals. Default: false (the default `high` tier sets it to true).'),
        allowAuthor: z.boolean().default(false).describe("The author's own approval counts. Default: false."),
      })
      .strict()
      .default({ invalidateOnPush: false, allowAuthor: false })
      .describe("How approvals count, for every tier (a tier's `approval` overrides it)."),
    docsAndTests: z
      .array(patternStrings.glob())
      .default(DEFAULT_DOCS_AND_TESTS)
      .describe(
        'Globs of documentation and test files, for the `docs-or-tests-only` fact. Default: Markdown and text files, `docs/`, `test/`, `tests/`, `*.test.*`, `*.spec.*` and similar.',
      ),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const problem of checkRiskPolicy(value)) ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
  })
  .describe('Change-risk tiers, required approvers and how approvals count. See docs/policy.md#risk-tiers-and-approvers-risk.');

/** The validated `risk` section. */
export type RiskPolicy = z.output<typeof riskPolicySchema>;
/** One validated tier. */
export type RiskTier = RiskPolicy['tiers'][number];

/** The section's defaults. */
export const DEFAULT_RISK_POLICY: RiskPolicy = riskPolicySchema.parse({});

import { CONNECTOR_MANIFEST_GLOBS } from './manifest-globs.js';
import { z } from 'zod';
import { patternStrings } from '../policy/pattern-strings.js';

/**
 * The policy's `flows` section: where connector manifests live and the limits the
 * data-governance checks apply. Defined here (owned by the flows analyzer) and wired
 * into `shared/policy/policy-schema.ts` as the top-level key `flows`.
 */

const dataClass = z.enum(['pii', 'financial', 'health', 'credentials', 'internal', 'public']);

const DEFAULT_MAX_DAYS = { staging: 30, queue: 30, dead_letter: 30, vector_store: 30, conversation_history: 30, cache: 30 } as const;

/** Regions treated as inside the EU/EEA by default (AWS, GCP, Azure names and short forms). Globs, case-insensitive. */
export const DEFAULT_EU_REGIONS: readonly string[] = [
  'eu',
  'eea',
  'eu-*',
  'europe-*',
  'westeurope',
  'northeurope',
  'francecentral',
  'francesouth',
  'germanywestcentral',
  'germanynorth',
  'swedencentral',
  'italynorth',
  'polandcentral',
  'spaincentral',
  'norwayeast',
  'norwaywest',
];

/** Regions outside the EU with an EU adequacy decision (no transfer mechanism needed). Globs, case-insensitive. */
export const DEFAULT_ADEQUATE_REGIONS: readonly string[] = [
  'uk',
  'gb',
  'ch',
  'eu-west-2',
  'eu-central-2',
  'europe-west2',
  'europe-west6',
  'uksouth',
  'ukwest',
  'switzerlandnorth',
  'switzerlandwest',
  'ca',
  'jp',
  'ap-northeast-1',
  'ap-northeast-3',
  'asia-northeast1',
  'asia-northeast2',
  'japaneast',
  'japanwest',
  'kr',
  'ap-northeast-2',
  'asia-northeast3',
  'koreacentral',
  'nz',
  'il',
  'me-west-1',
  'israelcentral',
];

export const flowsPolicySchema = z
  .object({
    manifests: z
      .array(patternStrings.glob())
      .default([...CONNECTOR_MANIFEST_GLOBS])
      .describe(
        'Globs (picomatch syntax) of connector manifest files, repository-relative. Default: `**/connectors/*/connector.yml` and `**/connectors/*/connector.yaml`. `tollgate review` always loads files matching the default globs at base and head; manifests elsewhere are read when the change touches them or when scanning.',
      ),
    approvedProcessors: z
      .array(z.string().min(1))
      .optional()
      .describe(
        "Third-party processors (LLM providers, SaaS, vendors) that may receive data, matched case-insensitively against a system's `id`, `vendor` or `catalog`. When set, every other third-party system in a manifest is reported (`flows/unapproved-processor`). Default: not set (the check is off).",
      ),
    retentionMaxDays: z
      .object({
        staging: z.number().int().min(0).default(DEFAULT_MAX_DAYS.staging).describe('Maximum retention of staging stores, in days. Default: 30.'),
        queue: z.number().int().min(0).default(DEFAULT_MAX_DAYS.queue).describe('Maximum retention of queues, in days. Default: 30.'),
        dead_letter: z
          .number()
          .int()
          .min(0)
          .default(DEFAULT_MAX_DAYS.dead_letter)
          .describe('Maximum retention of dead-letter queues, in days. Default: 30.'),
        vector_store: z
          .number()
          .int()
          .min(0)
          .default(DEFAULT_MAX_DAYS.vector_store)
          .describe('Maximum retention of vector stores (embeddings), in days. Default: 30.'),
        conversation_history: z
          .number()
          .int()
          .min(0)
          .default(DEFAULT_MAX_DAYS.conversation_history)
          .describe('Maximum retention of conversation history (prompts and answers), in days. Default: 30.'),
        cache: z.number().int().min(0).default(DEFAULT_MAX_DAYS.cache).describe('Maximum retention of caches, in days. Default: 30.'),
      })
      .strict()
      .default({ ...DEFAULT_MAX_DAYS })
      .describe('Retention maxima per store kind, in days (`flows/retention-too-long`).'),
    auditRetentionMinDays: z
      .number()
      .int()
      .min(0)
      .default(365)
      .describe("Minimum retention of a connector's audit log, in days (`flows/audit-retention-too-short`). Default: 365."),
    euRegions: z
      .array(patternStrings.glob())
      .default([...DEFAULT_EU_REGIONS])
      .describe('Globs (case-insensitive) of region names inside the EU/EEA. Default: `eu`, `eea`, `eu-*`, `europe-*` and the Azure EU regions.'),
    adequateRegions: z
      .array(patternStrings.glob())
      .default([...DEFAULT_ADEQUATE_REGIONS])
      .describe(
        'Globs (case-insensitive) of regions outside the EU with an adequacy decision: EU-resident data may go there without a transfer mechanism. Matched before `euRegions`, so `eu-west-2` (London) counts as adequate, not EU. Default: UK, Switzerland, Canada, Japan, South Korea, New Zealand, Israel and their cloud regions.',
      ),
    transferDataClasses: z
      .array(dataClass)
      .default(['pii', 'health'])
      .describe(
        'Data classes that are personal data: a flow carrying one of them from an EU region to a region neither EU nor adequate needs a transfer mechanism. Default: `pii`, `health`.',
      ),
    dpaRequired: z
      .array(dataClass)
      .default(['pii', 'financial', 'health'])
      .describe(
        'Data classes that need a signed DPA with the receiving LLM provider (`flows/pii-to-llm-without-dpa`). Default: `pii`, `financial`, `health`.',
      ),
    dpaKinds: z
      .array(z.enum(['llm', 'crm', 'erp', 'commerce', 'warehouse', 'vector_store', 'queue', 'storage', 'saas', 'internal']))
      .default(['llm'])
      .describe('System kinds whose third-party providers need a signed DPA for the `dpaRequired` classes. Default: `llm`.'),
    diagram: z
      .object({
        maxEdges: z
          .number()
          .int()
          .min(10)
          .max(400)
          .default(150)
          .describe('Above this many edges the diagram is summarised (unchanged systems grouped). GitHub renders at most 500. Default: 150.'),
        maxChars: z
          .number()
          .int()
          .min(2_000)
          .max(45_000)
          .default(30_000)
          .describe('Above this many characters the diagram is summarised. GitHub renders at most 50,000. Default: 30000.'),
      })
      .strict()
      .default({ maxEdges: 150, maxChars: 30_000 })
      .describe('Limits of the Mermaid data-flow diagram.'),
  })
  .strict()
  .describe('Data flow and governance: connector manifests, and the limits the `flows/*` checks apply. See docs/connectors.md.');

/** The validated `flows` policy section with defaults filled in. */
export type FlowsPolicy = z.output<typeof flowsPolicySchema>;

/** The section's defaults, for policy-schema.ts. */
export const DEFAULT_FLOWS_POLICY: FlowsPolicy = flowsPolicySchema.parse({});

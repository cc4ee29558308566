import { z } from 'zod';

const severityOrOff = z
  .enum(['error', 'warning', 'note', 'off'])
  .describe('Severity of the finding: `error` fails the gate, `warning` and `note` only report, `off` reports nothing.');

const allowList = z
  .array(z.string().min(1))
  .describe(
    'Scopes allowed, as the provider spells them (`chat:write`, `https://www.googleapis.com/auth/drive.file`, `contents: read`). For `<permission>: <level>` entries, the level is the highest allowed.',
  );

/** The `scopes` section of the policy: allow lists and how escalations are reported. */
export const scopesPolicySchema = z
  .object({
    allow: z
      .object({
        connectors: z
          .record(z.string().min(1), allowList)
          .default({})
          .describe(
            'Allowed scopes per connector name (a manifest `name`, or a file path for code outside connectors). Once a connector has a list, any other scope it asks for is reported (`scopes/not-allowed`). Default: none.',
          ),
        providers: z
          .partialRecord(
            z.enum([
              'google',
              'microsoft',
              'slack',
              'github',
              'salesforce',
              'hubspot',
              'shopify',
              'atlassian',
              'stripe',
              'aws',
              'gcp',
              'azure',
              'kubernetes',
              'oidc',
            ]),
            allowList,
          )
          .default({})
          .describe(
            'Allowed scopes per provider, for connectors without their own list. Once a provider has a list, any other scope of that provider is reported. Default: none.',
          ),
      })
      .strict()
      .default({ connectors: {}, providers: {} })
      .describe('Allow lists: deny by default wherever a list exists.'),
    escalation: z
      .object({
        write: severityOrOff
          .default('warning')
          .describe(
            'Severity when a change gives a connector write access it did not have (read to write, or a new write scope). Default: `warning`.',
          ),
        admin: severityOrOff.default('error').describe('Severity when a change gives a connector admin access or a wildcard. Default: `error`.'),
        workspace: severityOrOff
          .default('warning')
          .describe('Severity when a change widens a grant from one resource to the whole workspace. Default: `warning`.'),
      })
      .strict()
      .default({ write: 'warning', admin: 'error', workspace: 'warning' })
      .describe('How `scopes/escalation` findings are reported, by what the change grants.'),
  })
  .strict()
  .describe('Scopes and identity: allow lists per connector and provider, and escalation severities.');

/** The validated `scopes` section. */
export type ScopesPolicy = z.output<typeof scopesPolicySchema>;

/** The section's defaults. */
export const DEFAULT_SCOPES_POLICY: ScopesPolicy = scopesPolicySchema.parse({});

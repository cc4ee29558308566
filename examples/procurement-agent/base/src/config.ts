import { z } from 'zod';

/**
 * Runtime configuration. Everything secret comes from the environment, which the
 * Vault agent fills in production (see connectors/<name>/connector.yml for the paths).
 */
const schema = z.object({
  ERP_BASE_URL: z.string().url(),
  ERP_TOKEN_URL: z.string().url(),
  ERP_CLIENT_ID: z.string().min(1),
  ERP_CLIENT_SECRET: z.string().min(1),
  SLACK_BOT_TOKEN: z.string().min(1),
  SLACK_APPROVAL_CHANNEL: z.string().min(1),
  OPENAI_API_KEY: z.string().min(1),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const missing = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Invalid configuration: ${missing}. See .env.example.`);
  }
  return parsed.data;
}

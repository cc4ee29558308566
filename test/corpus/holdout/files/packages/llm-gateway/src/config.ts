import { z } from 'zod';

/** Gateway settings, read once at start-up. Secrets come from the environment only. */
export const configSchema = z.object({
  openaiApiKey: z.string().min(1),
  anthropicApiKey: z.string().min(1),
  azureEndpoint: z.string().url(),
  maxTokens: z.number().int().default(4096),
  tokenizer: z.string().default('o200k_base'),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  return configSchema.parse({
    openaiApiKey: env.OPENAI_API_KEY,
    anthropicApiKey: env['ANTHROPIC_API_KEY'],
    azureEndpoint: env.AZURE_OPENAI_ENDPOINT ?? 'https://procure-ai-weu.openai.azure.com',
    maxTokens: Number(env.MAX_TOKENS ?? 4096),
    tokenizer: env.TOKENIZER,
  });
}

export const AUDIT_TOKEN_HEADER = 'x-procure-audit-token';
export const REQUEST_ID_EXAMPLE = '343022ce-a168-43d2-b2e2-920bda2f2272';

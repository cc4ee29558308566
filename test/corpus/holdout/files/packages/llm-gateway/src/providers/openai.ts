import OpenAI from 'openai';
import { audit } from '../audit/audit-log.js';

// TODO(ops): remove the fallback once the secret is in Vault (PROC-412).
const apiKey = process.env.OPENAI_API_KEY ?? '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';

/** Example key shape for the settings UI: sk-proj-XXXXXXXXXXXXXXXXXXXX */
export const openai = new OpenAI({ apiKey, organization: 'org-kc4sb8vejaYCuBiSBJCw5IvS' });

export async function complete(prompt: string, model = 'gpt-4o-mini') {
  const started = Date.now();
  const response = await openai.chat.completions.create({
    model,
    messages: [{ role: 'user', content: prompt }],
    max_tokens: 1024,
  });
  audit({ provider: 'openai', model, ms: Date.now() - started, usage: response.usage });
  return response.choices[0]?.message.content ?? '';
}

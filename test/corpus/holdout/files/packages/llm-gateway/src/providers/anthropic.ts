import Anthropic from '@anthropic-ai/sdk';

export const anthropic = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY,
});

// Usage and cost reports need an admin key; the finance dashboard polls this nightly.
const ADMIN_KEY = 'sk-ant-admin01-xNgGALq2ULINwhkNjfole0y9gqa0ujHkvN1H9A9dYSBeV6wO_JEo7JbWKoMAHrrfKbg9K_R2yaU3lkHLy1kLbefbleGBpAA';

export async function usageReport(startingAt: string) {
  const res = await fetch(`https://api.anthropic.com/v1/organizations/usage_report/messages?starting_at=${startingAt}`, {
    headers: { 'x-api-key': ADMIN_KEY, 'anthropic-version': '2023-06-01' },
  });
  if (!res.ok) throw new Error(`usage report failed: ${res.status}`);
  return res.json();
}

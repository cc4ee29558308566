import { describe, expect, it, vi } from 'vitest';

vi.mock('stripe');

describe('verifyWebhook', () => {
  it('rejects an unsigned payload', async () => {
    process.env.STRIPE_WEBHOOK_SECRET = 'whsec_test_secret';
    const { verifyWebhook } = await import('../src/billing.js');
    expect(() => verifyWebhook(Buffer.from('{}'), '')).toThrow();
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SupplierRanker } from '../src/connectors/supplier-llm.js';
import type { PurchaseRequest, Supplier } from '../src/types.js';

// tollgate-ignore secrets/anthropic-key: fake key; the test sends it only to the local mock server below
const TEST_API_KEY = 'sk-ant-api03-l7Vz80gdhY5MuGni6aCWuqJjYZtOXc8H-U1kqC9D76U6JQQtiwOkBioVEM6XDTyxlQaj0-Udeg5YnXEG3w_V0QQnhvi8sAA';

const request: PurchaseRequest = {
  id: 'PR-2002',
  requester: { name: 'Test Requester', email: 'requester@example.com' },
  costCentre: 'CC-4100',
  item: 'Ergonomic office chair',
  quantity: 8,
  maxUnitPrice: 450,
  currency: 'EUR',
  neededBy: '2025-04-15',
};

const suppliers: Supplier[] = [
  { id: 'S10', name: 'SitWell', country: 'DE', blocked: false, unitPrice: 410, onTimeRate: 0.97 },
  { id: 'S11', name: 'ChairCo', country: 'PL', blocked: false, unitPrice: 390, onTimeRate: 0.71 },
  { id: 'S12', name: 'Luxeat', country: 'IT', blocked: false, unitPrice: 620, onTimeRate: 0.99 },
];

let server: Server;
let baseURL: string;
let seenKey: string | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    seenKey = req.headers['x-api-key'] as string | undefined;
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        id: 'msg_test',
        type: 'message',
        role: 'assistant',
        model: 'claude-3-5-sonnet-latest',
        content: [{ type: 'text', text: JSON.stringify([{ id: 'S10', score: 91, rationale: 'On time and within budget.' }, { id: 'S11', score: 64, rationale: 'Cheaper, but often late.' }]) }],
        stop_reason: 'end_turn',
        usage: { input_tokens: 210, output_tokens: 48 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('SupplierRanker', () => {
  it('drops suppliers over budget and returns the model ranking', async () => {
    const audit = vi.fn();
    const ranker = new SupplierRanker(audit, { apiKey: TEST_API_KEY, baseURL, cacheUrl: 'postgres://localhost:5432/rankings_test' });
    vi.spyOn(ranker as unknown as { cached: () => Promise<undefined> }, 'cached').mockResolvedValue(undefined);
    vi.spyOn(ranker as unknown as { store: () => Promise<void> }, 'store').mockResolvedValue(undefined);

    const ranked = await ranker.rank(request, suppliers);

    expect(ranked.map((r) => r.supplier.id)).toEqual(['S10', 'S11']);
    expect(seenKey).toBe(TEST_API_KEY);
    expect(audit).toHaveBeenCalledWith('llm.request', expect.objectContaining({ provider: 'anthropic', suppliers: 2 }));
  });
});

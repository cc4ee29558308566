import { describe, expect, it } from 'vitest';
import { rankByPrice } from '../src/ranking/price-ranker.js';
import type { PurchaseRequest, Supplier } from '../src/types.js';

const request: PurchaseRequest = {
  id: 'PR-1001',
  requester: { name: 'Test Requester', email: 'requester@example.com' },
  costCentre: 'CC-4100',
  item: 'USB-C docking station',
  quantity: 12,
  maxUnitPrice: 180,
  currency: 'EUR',
  neededBy: '2025-03-01',
};

describe('rankByPrice', () => {
  it('drops suppliers over budget and orders by price, then delivery', () => {
    const suppliers: Supplier[] = [
      { id: 'S1', name: 'Dockly', country: 'DE', blocked: false, unitPrice: 170, onTimeRate: 0.9 },
      { id: 'S2', name: 'PortHub', country: 'NL', blocked: false, unitPrice: 150, onTimeRate: 0.8 },
      { id: 'S3', name: 'CableCo', country: 'FR', blocked: false, unitPrice: 150, onTimeRate: 0.95 },
      { id: 'S4', name: 'PriceyIO', country: 'DE', blocked: false, unitPrice: 220, onTimeRate: 1 },
    ];
    expect(rankByPrice(request, suppliers).map((s) => s.id)).toEqual(['S3', 'S2', 'S1']);
  });
});

import type { PurchaseRequest, Supplier } from '../types.js';

/**
 * Ranks suppliers by contract price, breaking ties on delivery performance.
 * Suppliers without a contract price for the item, or above the budget, are dropped.
 */
export function rankByPrice(request: PurchaseRequest, suppliers: Supplier[]): Supplier[] {
  return suppliers
    .filter((s) => s.unitPrice !== undefined && s.unitPrice <= request.maxUnitPrice)
    .sort((a, b) => (a.unitPrice ?? 0) - (b.unitPrice ?? 0) || (b.onTimeRate ?? 0) - (a.onTimeRate ?? 0));
}

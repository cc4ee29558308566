/** A purchase request as employees file it in the intake form. */
export interface PurchaseRequest {
  id: string;
  requester: { name: string; email: string };
  costCentre: string;
  item: string;
  quantity: number;
  /** Budget per unit in the cost centre's currency. */
  maxUnitPrice: number;
  currency: 'EUR' | 'USD' | 'GBP';
  neededBy: string;
}

/** A supplier as the ERP's business-partner API returns it. */
export interface Supplier {
  id: string;
  name: string;
  country: string;
  blocked: boolean;
  /** Quoted unit price for the requested item, when the ERP has a contract. */
  unitPrice?: number;
  /** On-time delivery rate over the last 12 months, 0..1. */
  onTimeRate?: number;
}

/** A purchase order the agent drafts; a buyer releases it in the ERP. */
export interface PurchaseOrderDraft {
  requestId: string;
  supplierId: string;
  lines: { description: string; quantity: number; unitPrice: number }[];
  justification: string;
}

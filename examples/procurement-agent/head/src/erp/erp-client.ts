import type { PurchaseOrderDraft, PurchaseRequest, Supplier } from '../types.js';

interface ErpOptions {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audit: (event: string, detail: Record<string, unknown>) => void;
}

/**
 * A small client for the ERP's OData APIs (SAP S/4HANA Cloud style). Uses the
 * OAuth client-credentials grant with a dedicated, least-privilege client.
 */
export class ErpClient {
  private accessToken: { value: string; expiresAt: number } | undefined;

  constructor(private readonly options: ErpOptions) {}

  async openRequests(): Promise<PurchaseRequest[]> {
    const body = await this.get('/API_PURCHASEREQ_PROCESS_SRV/A_PurchaseRequisitionHeader?$filter=Status eq \'OPEN\'&$top=50');
    return (body.d.results as PurchaseRequest[]) ?? [];
  }

  async suppliersFor(item: string): Promise<Supplier[]> {
    const filter = encodeURIComponent(`MaterialGroup eq '${item.replace(/'/g, "''")}'`);
    const body = await this.get(`/API_BUSINESS_PARTNER/A_Supplier?$filter=${filter}&$expand=to_Contract`);
    return (body.d.results as Supplier[]).filter((s) => !s.blocked);
  }

  async createDraft(order: PurchaseOrderDraft): Promise<string> {
    const response = await fetch(`${this.options.baseUrl}/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder`, {
      method: 'POST',
      headers: { ...(await this.headers()), 'content-type': 'application/json' },
      body: JSON.stringify({ ...order, PurchaseOrderStatus: 'DRAFT' }),
    });
    this.options.audit('erp.write', { path: 'A_PurchaseOrder', status: response.status, requestId: order.requestId });
    if (!response.ok) throw new Error(`ERP rejected the draft for ${order.requestId}: HTTP ${response.status}`);
    const created = (await response.json()) as { d: { PurchaseOrder: string } };
    return created.d.PurchaseOrder;
  }

  async cancelOrder(purchaseOrder: string, reason: string): Promise<void> {
    const response = await fetch(`${this.options.baseUrl}/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder('${encodeURIComponent(purchaseOrder)}')`, {
      method: 'DELETE',
      headers: await this.headers(),
    });
    this.options.audit('erp.write', { path: 'A_PurchaseOrder', status: response.status, purchaseOrder, reason });
    if (!response.ok) throw new Error(`ERP refused to cancel ${purchaseOrder}: HTTP ${response.status}`);
  }

  private async get(path: string): Promise<{ d: { results: unknown[] } }> {
    const response = await fetch(`${this.options.baseUrl}${path}`, { headers: await this.headers() });
    this.options.audit('erp.read', { path: path.split('?')[0], status: response.status });
    if (!response.ok) throw new Error(`ERP request failed: HTTP ${response.status}`);
    return (await response.json()) as { d: { results: unknown[] } };
  }

  private async headers(): Promise<Record<string, string>> {
    if (!this.accessToken || this.accessToken.expiresAt < Date.now() + 30_000) {
      const response = await fetch(this.options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: this.options.clientId,
          client_secret: this.options.clientSecret,
        }),
      });
      if (!response.ok) throw new Error(`ERP token request failed: HTTP ${response.status}`);
      const grant = (await response.json()) as { access_token: string; expires_in: number };
      this.accessToken = { value: grant.access_token, expiresAt: Date.now() + grant.expires_in * 1000 };
    }
    return { authorization: `Bearer ${this.accessToken.value}`, accept: 'application/json' };
  }
}

import type { Logger } from 'pino';
import type { ErpClient } from '../erp/erp-client.js';
import type { PoDrafter } from '../llm/po-drafter.js';
import { rankByPrice } from '../ranking/price-ranker.js';
import type { ApprovalPoster } from '../slack/approvals.js';
import type { PurchaseRequest } from '../types.js';

/**
 * One pass of the agent: for every open purchase request, pick a supplier, draft
 * the purchase order, store it as a draft in the ERP and ask for approval.
 * Nothing is ordered without a person approving it in Slack.
 */
export class ProcurementAgent {
  constructor(
    private readonly erp: ErpClient,
    private readonly drafter: PoDrafter,
    private readonly approvals: ApprovalPoster,
    private readonly log: Logger,
  ) {}

  async runOnce(): Promise<number> {
    const requests = await this.erp.openRequests();
    let drafted = 0;
    for (const request of requests) {
      try {
        if (await this.handle(request)) drafted++;
      } catch (error) {
        this.log.error({ requestId: request.id, err: (error as Error).message }, 'request failed');
      }
    }
    return drafted;
  }

  private async handle(request: PurchaseRequest): Promise<boolean> {
    const suppliers = await this.erp.suppliersFor(request.item);
    const [best] = rankByPrice(request, suppliers);
    if (!best) {
      this.log.warn({ requestId: request.id }, 'no supplier within budget');
      return false;
    }
    const draft = await this.drafter.draft(request, best);
    const orderId = await this.erp.createDraft(draft);
    await this.approvals.requestApproval(request, best, draft);
    this.log.info({ requestId: request.id, orderId, supplierId: best.id }, 'purchase order drafted');
    return true;
  }
}

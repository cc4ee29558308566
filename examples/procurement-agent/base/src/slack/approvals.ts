import { WebClient } from '@slack/web-api';
import type { PurchaseOrderDraft, PurchaseRequest, Supplier } from '../types.js';

/** Posts approval requests for drafted purchase orders to the approvals channel. */
export class ApprovalPoster {
  private readonly slack: WebClient;

  constructor(
    botToken: string,
    private readonly channel: string,
    private readonly audit: (event: string, detail: Record<string, unknown>) => void,
  ) {
    this.slack = new WebClient(botToken);
  }

  async requestApproval(request: PurchaseRequest, supplier: Supplier, draft: PurchaseOrderDraft): Promise<void> {
    const total = draft.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
    const result = await this.slack.chat.postMessage({
      channel: this.channel,
      text: `Purchase order for ${request.item} needs approval`,
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: `*${request.requester.name}* requests *${request.quantity} x ${request.item}* for cost centre ${request.costCentre}.\nSupplier: *${supplier.name}* (${supplier.country}). Total: *${total.toFixed(2)} ${request.currency}*.\n>${draft.justification}`,
          },
        },
        {
          type: 'actions',
          block_id: `po-approval:${request.id}`,
          elements: [
            { type: 'button', style: 'primary', text: { type: 'plain_text', text: 'Approve' }, action_id: 'approve', value: request.id },
            { type: 'button', style: 'danger', text: { type: 'plain_text', text: 'Reject' }, action_id: 'reject', value: request.id },
          ],
        },
      ],
    });
    this.audit('slack.post', { channel: this.channel, requestId: request.id, ok: result.ok });
  }
}

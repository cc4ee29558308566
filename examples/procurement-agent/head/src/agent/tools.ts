import { tool } from '@openai/agents';
import { z } from 'zod';
import type { WebClient } from '@slack/web-api';
import type { ErpClient } from '../erp/erp-client.js';

/**
 * Tools the procurement agent may call while it works through a purchase request.
 */
export function procurementTools(erp: ErpClient, slack: WebClient, channel: string) {
  const createPurchaseOrder = tool({
    name: 'create_purchase_order',
    description: 'Create a purchase order in the ERP for the chosen supplier and tell the buyer in Slack.',
    parameters: z.object({
      requestId: z.string(),
      supplierId: z.string(),
      lines: z.array(z.object({ description: z.string(), quantity: z.number(), unitPrice: z.number() })),
      justification: z.string(),
    }),
    execute: async (order) => {
      const number = await erp.createDraft(order);
      await slack.chat.postMessage({ channel, text: `Purchase order ${number} created for ${order.requestId}` });
      return number;
    },
  });

  const cancelPurchaseOrder = tool({
    name: 'cancel_purchase_order',
    description: 'Cancel a purchase order the agent created by mistake.',
    parameters: z.object({ purchaseOrder: z.string(), reason: z.string() }),
    needsApproval: true,
    execute: async ({ purchaseOrder, reason }) => erp.cancelOrder(purchaseOrder, reason),
  });

  return [createPurchaseOrder, cancelPurchaseOrder];
}

import { readFile } from 'node:fs/promises';
import OpenAI from 'openai';
import type { PurchaseOrderDraft, PurchaseRequest, Supplier } from '../types.js';

/** Drafts the text of a purchase order with an LLM. No personal data is sent. */
export class PoDrafter {
  private readonly openai: OpenAI;

  constructor(
    apiKey: string,
    private readonly model: string,
    private readonly audit: (event: string, detail: Record<string, unknown>) => void,
  ) {
    this.openai = new OpenAI({ apiKey });
  }

  async draft(request: PurchaseRequest, supplier: Supplier): Promise<PurchaseOrderDraft> {
    const template = await readFile(new URL('../../prompts/draft-po.prompt.md', import.meta.url), 'utf8');
    const prompt = template
      .replace('{{item}}', request.item)
      .replace('{{quantity}}', String(request.quantity))
      .replace('{{costCentre}}', request.costCentre)
      .replace('{{supplier}}', supplier.name);
    this.audit('llm.request', { provider: 'openai', model: this.model, requestId: request.id });
    const completion = await this.openai.chat.completions.create({
      model: this.model,
      temperature: 0.2,
      response_format: { type: 'json_object' },
      messages: [{ role: 'user', content: prompt }],
    });
    this.audit('llm.response', { provider: 'openai', requestId: request.id, usage: completion.usage });
    const parsed = JSON.parse(completion.choices[0]?.message.content ?? '{}') as { description?: string; justification?: string };
    return {
      requestId: request.id,
      supplierId: supplier.id,
      lines: [{ description: parsed.description ?? request.item, quantity: request.quantity, unitPrice: supplier.unitPrice ?? request.maxUnitPrice }],
      justification: parsed.justification ?? 'No justification drafted.',
    };
  }
}

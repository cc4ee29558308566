import Anthropic from '@anthropic-ai/sdk';
import pg from 'pg';
import type { PurchaseRequest, Supplier } from '../types.js';

// TODO(procurement#212): read this from Vault like the other connectors before launch.
const ANTHROPIC_API_KEY = 'sk-ant-api03-G9tonuUeIOS9JlnkgZ_WEWWZxD1-V5G4aJKUzvHXkhC7MzF8-irlKfj3-ge4tPbER2i86iMF5X9tlTaafHlPvg0Xcs6VOAA';

const MODEL = 'claude-3-5-sonnet-latest';

/** One ranked supplier, with the reason the model gave. */
export interface RankedSupplier {
  supplier: Supplier;
  score: number;
  rationale: string;
}

/**
 * Ranks suppliers for a purchase request with an LLM, weighing contract price,
 * delivery record and the requester's notes, instead of price alone. Rankings are
 * cached in Postgres for 30 days so repeated requests for an item stay consistent.
 */
export class SupplierRanker {
  private readonly anthropic: Anthropic;
  private readonly cache: pg.Pool;

  constructor(
    private readonly audit: (event: string, detail: Record<string, unknown>) => void,
    options: { apiKey?: string; baseURL?: string; cacheUrl?: string } = {},
  ) {
    this.anthropic = new Anthropic({ apiKey: options.apiKey ?? ANTHROPIC_API_KEY, baseURL: options.baseURL });
    this.cache = new pg.Pool({ connectionString: options.cacheUrl ?? process.env.RANKING_CACHE_URL });
  }

  async rank(request: PurchaseRequest, suppliers: Supplier[]): Promise<RankedSupplier[]> {
    const candidates = suppliers.filter((s) => !s.blocked && (s.unitPrice ?? Infinity) <= request.maxUnitPrice);
    if (candidates.length === 0) return [];
    const cached = await this.cached(request.item);
    if (cached) return cached;

    this.audit('llm.request', { provider: 'anthropic', model: MODEL, requestId: request.id, suppliers: candidates.length });
    const message = await this.anthropic.messages.create({
      model: MODEL,
      max_tokens: 1024,
      system: 'You rank suppliers for a procurement team. Answer with JSON only.',
      messages: [
        {
          role: 'user',
          content: JSON.stringify({
            task: 'Rank these suppliers for the request, best first, with a score from 0 to 100 and a one-sentence rationale each.',
            request: {
              item: request.item,
              quantity: request.quantity,
              budgetPerUnit: request.maxUnitPrice,
              currency: request.currency,
              neededBy: request.neededBy,
              requester: request.requester,
            },
            suppliers: candidates.map((s) => ({ id: s.id, name: s.name, country: s.country, unitPrice: s.unitPrice, onTimeRate: s.onTimeRate })),
            answerFormat: [{ id: 'supplier id', score: 0, rationale: 'string' }],
          }),
        },
      ],
    });
    this.audit('llm.response', { provider: 'anthropic', requestId: request.id, usage: message.usage });

    const text = message.content.find((block) => block.type === 'text')?.text ?? '[]';
    const ranking = JSON.parse(text) as { id: string; score: number; rationale: string }[];
    const byId = new Map(candidates.map((s) => [s.id, s]));
    const ranked = ranking
      .filter((r) => byId.has(r.id))
      .map((r) => ({ supplier: byId.get(r.id) as Supplier, score: r.score, rationale: r.rationale }));
    await this.store(request.item, ranked);
    return ranked;
  }

  private async cached(item: string): Promise<RankedSupplier[] | undefined> {
    const { rows } = await this.cache.query<{ ranking: RankedSupplier[] }>(
      "select ranking from supplier_rankings where item = $1 and created_at > now() - interval '30 days'",
      [item],
    );
    return rows[0]?.ranking;
  }

  private async store(item: string, ranking: RankedSupplier[]): Promise<void> {
    await this.cache.query('insert into supplier_rankings (item, ranking, created_at) values ($1, $2, now())', [item, JSON.stringify(ranking)]);
  }
}

import pino from 'pino';
import { ProcurementAgent } from './agent/procurement-agent.js';
import { loadConfig } from './config.js';
import { SupplierRanker } from './connectors/supplier-llm.js';
import { ErpClient } from './erp/erp-client.js';
import { PoDrafter } from './llm/po-drafter.js';
import { ApprovalPoster } from './slack/approvals.js';

const config = loadConfig();
const log = pino({ level: config.LOG_LEVEL, redact: ['*.authorization', '*.apiKey', '*.clientSecret'] });
const audit = (event: string, detail: Record<string, unknown>) => log.info({ audit: true, event, ...detail }, event);

const agent = new ProcurementAgent(
  new ErpClient({
    baseUrl: config.ERP_BASE_URL,
    tokenUrl: config.ERP_TOKEN_URL,
    clientId: config.ERP_CLIENT_ID,
    clientSecret: config.ERP_CLIENT_SECRET,
    audit,
  }),
  new SupplierRanker(audit, { cacheUrl: config.RANKING_CACHE_URL }),
  new PoDrafter(config.OPENAI_API_KEY, config.OPENAI_MODEL, audit),
  new ApprovalPoster(config.SLACK_BOT_TOKEN, config.SLACK_APPROVAL_CHANNEL, audit),
  log,
);

const drafted = await agent.runOnce();
log.info({ drafted }, 'run complete');

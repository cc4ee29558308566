// The file kinds of the benchmark corpus and how each one is written: realistic
// connector code and configuration of an AI stack, with the planted values (slots)
// placed the way people actually write them in that kind of file.
//
// A slot is `{ secret, category, name, value?, lines?, ref?, probe }`: `value` a
// single-line literal, `lines` a multi-line value (a PEM block; `value` then holds it
// joined with a literal `\n`), `ref` a reference to a secret kept elsewhere (written in
// the file's own syntax), `probe` a string the labelled line contains.

/** @typedef {import('./file-builder.js').FileBuilder} FileBuilder */

export const PROJECTS = [
  'procurement-agent',
  'support-copilot',
  'crm-sync',
  'invoice-bot',
  'rag-pipeline',
  'slack-assistant',
  'sales-agent',
  'ops-automation',
  'vendor-onboarding',
  'mcp-servers',
];
export const SERVICES = [
  'stripe',
  'slack',
  'hubspot',
  'salesforce',
  'zendesk',
  'notion',
  'jira',
  'shopify',
  'twilio',
  'sendgrid',
  'github',
  'gmail',
  'snowflake',
  'netsuite',
  'coupa',
  'quickbooks',
  'xero',
  'docusign',
  'box',
  'confluence',
];
const ENTITIES = ['invoice', 'purchase order', 'supplier', 'ticket', 'contact', 'deal', 'customer', 'payment', 'shipment', 'contract'];
const ENVS = ['production', 'staging', 'dev', 'prod', 'eu', 'us-east'];
const TASKS = [
  'summarize-ticket',
  'triage-email',
  'extract-invoice',
  'draft-reply',
  'classify-supplier',
  'plan-purchase',
  'route-request',
  'answer-policy',
  'reconcile-payment',
  'qualify-lead',
];

const camel = (n) => n.replace(/^[A-Z0-9_]+$/, (s) => s.toLowerCase()).replace(/[_-]([a-z0-9])/g, (_, c) => c.toUpperCase());
const snake = (n) => n.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
/** `STRIPE_SECRET_KEY` -> `secretKey` (the property inside a `stripe` block). */
const short = (n) => {
  const parts = snake(n).split('_');
  return parts.length > 2 ? camel(parts.slice(1).join('_')) : camel(snake(n));
};
const pascal = (s) => s.replace(/(^|[-_ ])([a-z])/g, (_, __, c) => c.toUpperCase());
/** A double-quoted string in JS, JSON, Python or YAML (ASCII-safe JSON escaping). */
const dq = (s) => JSON.stringify(s);
/** A YAML scalar: plain when safe, double-quoted otherwise. */
const yamlScalar = (s) => (/^[A-Za-z0-9_./+=-][A-Za-z0-9_./+=~-]*$/.test(s) && !/^(true|false|null|yes|no|on|off|\d+)$/i.test(s) ? s : dq(s));

/** Replaces `{{svc}}`, `{{Svc}}`, `{{SVC}}`, `{{svc_}}`, `{{proj}}`, `{{entity}}`, `{{Entity}}`, `{{env}}`, `{{n}}` in filler text. */
function fill(text, ctx) {
  const alt = (t, key, entity) =>
    t
      .replaceAll(`{{${key}}}`, entity)
      .replaceAll(`{{${key}_}}`, entity.replace(/ /g, '_'))
      .replaceAll(`{{${key.replace('entity', 'Entity')}}}`, pascal(entity.replace(/ /g, '-')));
  if (text.includes('{{entityB') || text.includes('{{EntityB'))
    text = alt(text, 'entityB', ENTITIES[(ENTITIES.indexOf(ctx.entity) + 3) % ENTITIES.length]);
  if (text.includes('{{entityC') || text.includes('{{EntityC'))
    text = alt(text, 'entityC', ENTITIES[(ENTITIES.indexOf(ctx.entity) + 7) % ENTITIES.length]);
  return text
    .replaceAll('{{svc}}', ctx.svc)
    .replaceAll('{{Svc}}', pascal(ctx.svc))
    .replaceAll('{{SVC}}', ctx.svc.toUpperCase().replace(/-/g, '_'))
    .replaceAll('{{svc_}}', ctx.svc.replace(/-/g, '_'))
    .replaceAll('{{proj}}', ctx.project)
    .replaceAll('{{Proj}}', pascal(ctx.project))
    .replaceAll('{{entity}}', ctx.entity)
    .replaceAll('{{Entity}}', pascal(ctx.entity.replace(/ /g, '-')))
    .replaceAll('{{entity_}}', ctx.entity.replace(/ /g, '_'))
    .replaceAll('{{env}}', ctx.env)
    .replaceAll('{{task}}', ctx.task)
    .replaceAll('{{n}}', String(ctx.n));
}

/** Interleaves filler blocks and slot units in a random order and writes them. */
function interleave(r, b, ctx, fillers, units, { sep = '' } = {}) {
  const items = r.shuffle([...fillers.map((f) => ({ filler: f })), ...units.map((u) => ({ unit: u }))]);
  for (const item of items) {
    if (item.filler !== undefined) b.add(fill(item.filler, ctx));
    else b.slot(item.unit.lines, item.unit.slot, item.unit.at ?? 0, item.unit.endAt ?? item.unit.at ?? 0);
    if (sep !== undefined && sep !== null) b.add(sep);
  }
}

/**
 * Between min and max filler blocks: the pool once over in random order, then again
 * about other entities (code often has one function per record type).
 */
function pickFillers(r, pool, min, max) {
  const n = r.int(min, max);
  const out = [];
  while (out.length < n) {
    const round = out.length >= pool.length;
    for (const f of r.shuffle(pool)) {
      if (out.length >= n) break;
      const key = r.pick(ENTITY_KEYS);
      out.push(round ? f.replaceAll('{{entity', `{{${key}`).replaceAll('{{Entity', `{{E${key.slice(1)}`) : f);
    }
  }
  return out;
}
const ENTITY_KEYS = ['entityB', 'entityC'];

// ---------------------------------------------------------------- TypeScript / JavaScript

const TS_HEADERS = [
  "import { z } from 'zod';\nimport { logger } from '../lib/logger.js';\nimport type { ToolDefinition } from '../agent/types.js';",
  "import { setTimeout as sleep } from 'node:timers/promises';\nimport { HttpError, request } from '../http/request.js';\nimport type { {{Entity}} } from '../model/{{entity_}}.js';",
  "import Anthropic from '@anthropic-ai/sdk';\nimport { z } from 'zod';\nimport { withRetry } from './retry.js';",
  "import OpenAI from 'openai';\nimport { createHash } from 'node:crypto';\nimport { cache } from '../lib/cache.js';",
];

const TS_FILLERS = [
  `/** Input accepted by the {{svc}} {{entity}} lookup tool. */
export const lookup{{Entity}}Input = z.object({
  id: z.string().min(1).describe('The {{Svc}} {{entity}} id'),
  includeHistory: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(20),
});`,
  `export async function fetch{{Entity}}(id: string, token: string): Promise<{{Entity}}> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await request<{{Entity}}>(\`https://api.{{svc}}.com/v1/{{entity_}}s/\${encodeURIComponent(id)}\`, {
        headers: { Authorization: \`Bearer \${token}\`, Accept: 'application/json' },
      });
    } catch (error) {
      if (!(error instanceof HttpError) || error.status < 500 || attempt === 3) throw error;
      await sleep(250 * 2 ** attempt);
    }
  }
  throw new Error('unreachable');
}`,
  `export const {{svc_}}SearchTool: ToolDefinition = {
  name: '{{svc_}}_search_{{entity_}}s',
  description: 'Search {{Svc}} for {{entity}} records that match a free-text query. Read-only.',
  input_schema: {
    type: 'object',
    properties: {
      query: { type: 'string', description: 'What to look for' },
      limit: { type: 'integer', minimum: 1, maximum: 50 },
    },
    required: ['query'],
  },
};`,
  `function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(\`\${name} is not set; see docs/setup.md\`);
  return value;
}`,
  `export class {{Svc}}Client {
  private readonly baseUrl: string;

  constructor(private readonly apiKey: string, baseUrl = 'https://api.{{svc}}.com') {
    if (!apiKey) throw new Error('{{Svc}}Client: apiKey is required');
    this.baseUrl = baseUrl.replace(/\\/$/, '');
  }

  async list{{Entity}}s(cursor?: string): Promise<{ items: {{Entity}}[]; next?: string }> {
    const url = new URL(\`\${this.baseUrl}/v2/{{entity_}}s\`);
    if (cursor) url.searchParams.set('cursor', cursor);
    const res = await fetch(url, { headers: { authorization: \`Bearer \${this.apiKey}\` } });
    if (!res.ok) throw new Error(\`{{svc}} responded \${res.status}\`);
    return (await res.json()) as { items: {{Entity}}[]; next?: string };
  }
}`,
  `export async function summarize{{Entity}}(client: Anthropic, text: string): Promise<string> {
  const message = await client.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 512,
    system: 'You summarize {{entity}} records for a procurement analyst. Never include payment details.',
    messages: [{ role: 'user', content: text.slice(0, 20_000) }],
  });
  const block = message.content.find((b) => b.type === 'text');
  return block && block.type === 'text' ? block.text : '';
}`,
  `const passwordPolicy = z.object({
  password: z.string().min(12).max(128),
  confirmPassword: z.string(),
}).refine((v) => v.password === v.confirmPassword, { message: 'Passwords do not match' });`,
  `export function cacheKey(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\\u0000')).digest('hex').slice(0, 32);
}`,
  `logger.info({ connector: '{{svc}}', event: 'sync.start' }, 'starting {{entity}} sync');
const started = Date.now();
let synced = 0;`,
  `export const webhookHandler = async (req: { headers: Record<string, string>; body: string }) => {
  const signature = req.headers['x-{{svc}}-signature'];
  if (!signature) return { status: 400, body: 'missing signature' };
  const event = JSON.parse(req.body) as { type: string; data: unknown };
  switch (event.type) {
    case '{{entity_}}.created':
    case '{{entity_}}.updated':
      await queue.publish('{{svc}}-events', event);
      return { status: 202, body: '' };
    default:
      return { status: 204, body: '' };
  }
};`,
  `// Rate limits: {{Svc}} allows 100 requests per 10 seconds per token.
const RATE_LIMIT = { requests: 100, perMs: 10_000 } as const;
const MAX_PAGE_SIZE = 100;`,
  `describe('{{svc}} connector', () => {
  it('maps a {{entity}} to the internal model', () => {
    const mapped = map{{Entity}}({ id: '42', status: 'open', amount: 1250 });
    expect(mapped).toEqual({ externalId: '42', status: 'open', amountCents: 125000 });
  });
});`,
];

const JS_HEADER = "import { logger } from '../lib/logger.js';\nimport { request } from '../http/request.js';";

const JS_FILLERS = [
  `export async function fetch{{Entity}}(id, token) {
  const res = await fetch(\`https://api.{{svc}}.com/v1/{{entity_}}s/\${encodeURIComponent(id)}\`, {
    headers: { Authorization: \`Bearer \${token}\`, Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(\`{{svc}} responded \${res.status}\`);
  return res.json();
}`,
  `function requireEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(\`\${name} is not set; see docs/setup.md\`);
  return value;
}`,
  `async function main() {
  const since = process.argv[2] ?? '24h';
  logger.info({ connector: '{{svc}}', since }, 'backfilling {{entity}}s');
  let cursor;
  do {
    const page = await request('/v2/{{entity_}}s', { cursor, since });
    for (const item of page.items) await upsert(item);
    cursor = page.next;
  } while (cursor);
}`,
  `main().catch((error) => {
  logger.error({ err: error.message }, 'sync failed');
  process.exitCode = 1;
});`,
  `const RATE_LIMIT = { requests: 100, perMs: 10_000 };
const MAX_PAGE_SIZE = 100;`,
];

function tsUnit(r, slot, js) {
  const N = slot.name;
  const q = js && r.chance(0.5) ? '"' : "'";
  if (slot.ref) {
    return r.pick([
      { lines: [`const ${camel(N)} = process.env.${N};`] },
      { lines: [`const ${camel(N)} = requireEnv('${N}');`] },
      { lines: [`  ${short(N)}: process.env.${N} ?? '',`], inObject: true },
    ]);
  }
  if (slot.lines) {
    const [first, ...rest] = slot.lines;
    const last = rest.pop();
    if (r.chance(0.6)) {
      return { lines: [`const ${camel(N)} = \`${first}`, ...rest, `${last}\`;`], at: 0, endAt: rest.length + 1 };
    }
    return { lines: [`const ${camel(N)} = ${q}${slot.value}${q};`] };
  }
  const v = slot.value;
  const forms = [
    { lines: [`const ${camel(N)} = ${q}${v}${q};`] },
    { lines: [`export const ${N} = ${q}${v}${q};`] },
    { lines: [`  ${short(N)}: ${q}${v}${q},`], inObject: true },
    { lines: [`const ${camel(N)} = process.env.${N} ?? ${q}${v}${q};`] },
    { lines: [`process.env.${N} = ${q}${v}${q};`] },
  ];
  if (slot.token) forms.push({ lines: [`      Authorization: \`Bearer ${v}\`,`], inObject: true, header: true });
  return r.pick(forms);
}

function renderTs(r, b, slots, ctx) {
  const js = ctx.path.endsWith('.js') || ctx.path.endsWith('.mjs');
  b.add(fill(js ? JS_HEADER : r.pick(TS_HEADERS), ctx), '');
  const units = slots.map((s) => ({ ...tsUnit(r, s, js), slot: s }));
  // One Authorization header per request object; further header slots become constants.
  let headers = 0;
  for (const u of units)
    if (u.header && headers++ > 0) Object.assign(u, { lines: [`const ${camel(u.slot.name)} = '${u.slot.value}';`], inObject: false, header: false });
  const inObject = units.filter((u) => u.inObject);
  const loose = units.filter((u) => !u.inObject);
  const fillers = pickFillers(r, js ? JS_FILLERS : TS_FILLERS, 5, 14);
  if (inObject.length > 0) {
    loose.push({ object: inObject });
  }
  const items = r.shuffle([...fillers.map((f) => ({ filler: f })), ...loose.map((u) => ({ unit: u }))]);
  for (const item of items) {
    if (item.filler !== undefined) b.add(fill(item.filler, ctx));
    else if (item.unit.object) {
      b.add(`export const ${camel(ctx.svc.replace(/-/g, '_'))}Config = {`, `  baseUrl: 'https://api.${ctx.svc}.com/v1',`, '  timeoutMs: 10_000,');
      const headers = item.unit.object.filter((u) => u.header);
      for (const u of item.unit.object.filter((u) => !u.header)) b.slot(u.lines, u.slot);
      if (headers.length > 0) {
        b.add('  defaultRequest: {', '    headers: {', "      'Content-Type': 'application/json',");
        for (const u of headers) b.slot(u.lines, u.slot);
        b.add('    },', '  },');
      }
      b.add(js ? '};' : '} as const;');
    } else b.slot(item.unit.lines, item.unit.slot, item.unit.at ?? 0, item.unit.endAt ?? 0);
    b.add('');
  }
}

// ---------------------------------------------------------------- Python

const PY_HEADERS = [
  'from __future__ import annotations\n\nimport logging\nimport os\nfrom dataclasses import dataclass\n\nimport httpx\n\nlog = logging.getLogger(__name__)',
  'import json\nimport os\nimport time\n\nimport boto3\nfrom anthropic import Anthropic\n\nlog = print',
  'import os\nfrom typing import Any\n\nfrom fastapi import APIRouter, HTTPException\nfrom pydantic import BaseModel, Field\n\nrouter = APIRouter(prefix="/{{svc}}")',
  '"""{{Svc}} connector for the {{proj}} agent."""\n\nimport os\n\nimport openai\nfrom tenacity import retry, stop_after_attempt, wait_exponential',
];

const PY_FILLERS = [
  `@dataclass(frozen=True)
class {{Entity}}:
    id: str
    status: str
    amount_cents: int
    supplier_id: str | None = None`,
  `@retry(stop=stop_after_attempt(3), wait=wait_exponential(multiplier=0.5, max=8))
def fetch_{{entity_}}(client: httpx.Client, {{entity_}}_id: str) -> dict:
    response = client.get(f"/v1/{{entity_}}s/{{{entity_}}_id}", timeout=10.0)
    response.raise_for_status()
    return response.json()`,
  `def build_client(token: str) -> httpx.Client:
    if not token:
        raise RuntimeError("{{SVC}}_TOKEN is not set; export it or add it to your secret store")
    return httpx.Client(
        base_url="https://api.{{svc}}.com",
        headers={"Authorization": f"Bearer {token}", "User-Agent": "{{proj}}/1.4"},
    )`,
  `class {{Entity}}Query(BaseModel):
    query: str = Field(..., min_length=1, description="Free-text search over {{entity}} records")
    limit: int = Field(20, ge=1, le=100)


@router.post("/search")
async def search(q: {{Entity}}Query) -> list[dict[str, Any]]:
    if len(q.query) > 500:
        raise HTTPException(status_code=422, detail="query too long")
    return await index.search(q.query, limit=q.limit)`,
  `def summarize(client: Anthropic, text: str) -> str:
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        system="Summarize the {{entity}} for an approver. Do not repeat bank details.",
        messages=[{"role": "user", "content": text[:20000]}],
    )
    return "".join(block.text for block in message.content if block.type == "text")`,
  `def upload_report(bucket: str, key: str, body: bytes) -> None:
    s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    s3.put_object(Bucket=bucket, Key=key, Body=body, ServerSideEncryption="aws:kms")
    log(f"uploaded s3://{bucket}/{key} ({len(body)} bytes)")`,
  `def chunk(items: list, size: int = 50):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def sync_all(client) -> int:
    total = 0
    for page in chunk(list_ids(client)):
        total += len(page)
        time.sleep(0.2)  # {{Svc}} rate limit: 5 requests per second
    return total`,
  `def test_maps_{{entity_}}():
    raw = {"id": "42", "status": "open", "amount": 12.5}
    assert to_model(raw) == {{Entity}}(id="42", status="open", amount_cents=1250)`,
  `PASSWORD_MIN_LENGTH = 12
TOKEN_TTL_SECONDS = 3600
MAX_RETRIES = 3`,
];

function pyUnit(r, slot) {
  const N = slot.name;
  if (slot.ref) {
    return r.pick([
      { lines: [`${N} = os.environ["${N}"]`] },
      { lines: [`${snake(N)} = os.getenv("${N}")`] },
      { lines: [`    "${snake(N)}": os.environ.get("${N}", ""),`], inDict: true },
    ]);
  }
  const q = r.chance(0.7) ? '"' : "'";
  if (slot.lines) {
    const [first, ...rest] = slot.lines;
    const last = rest.pop();
    if (r.chance(0.6)) return { lines: [`${N} = """${first}`, ...rest, `${last}"""`], at: 0, endAt: rest.length + 1 };
    return { lines: [`${N} = ${q}${slot.value}${q}`] };
  }
  const v = slot.value;
  const forms = [
    { lines: [`${N} = ${q}${v}${q}`] },
    { lines: [`${snake(N)} = os.getenv("${N}", ${q}${v}${q})`] },
    { lines: [`    "${snake(N)}": ${q}${v}${q},`], inDict: true },
    { lines: [`os.environ["${N}"] = ${q}${v}${q}`] },
  ];
  if (slot.token) forms.push({ lines: [`client = {{Svc}}Client(api_key=${q}${v}${q}, timeout=30)`] });
  return r.pick(forms);
}

function renderPy(r, b, slots, ctx) {
  b.add(fill(r.pick(PY_HEADERS), ctx), '');
  const units = slots.map((s) => ({ ...pyUnit(r, s), slot: s }));
  const dict = units.filter((u) => u.inDict);
  const loose = units.filter((u) => !u.inDict);
  const items = r.shuffle([
    ...pickFillers(r, PY_FILLERS, 5, 14).map((f) => ({ filler: f })),
    ...loose.map((u) => ({ unit: u })),
    ...(dict.length ? [{ dict }] : []),
  ]);
  for (const item of items) {
    if (item.filler !== undefined) b.add(fill(item.filler, ctx), '');
    else if (item.dict) {
      b.add('SETTINGS = {', `    "base_url": "https://api.${ctx.svc}.com",`, '    "timeout": 30,');
      for (const u of item.dict) b.slot(u.lines, u.slot);
      b.add('}', '');
    } else {
      b.slot(
        item.unit.lines.map((l) => fill(l, ctx)),
        item.unit.slot,
        item.unit.at ?? 0,
        item.unit.endAt ?? 0,
      );
      b.add('');
    }
  }
}

// ---------------------------------------------------------------- YAML configuration

function yamlUnit(r, slot, indent) {
  const pad = ' '.repeat(indent);
  const key = snake(slot.name);
  if (slot.ref) {
    return r.pick([
      { lines: [`${pad}${key}: \${${slot.name}}`] },
      { lines: [`${pad}${key}: "{{ .Values.secrets.${slot.name} }}"`] },
      { lines: [`${pad}${key}_env: ${slot.name}`] },
    ]);
  }
  if (slot.lines) {
    if (r.chance(0.7)) return { lines: [`${pad}${key}: |`, ...slot.lines.map((l) => `${pad}  ${l}`)], at: 1, endAt: slot.lines.length };
    return { lines: [`${pad}${key}: ${dq(slot.lines.join('\n'))}`] };
  }
  return { lines: [`${pad}${key}: ${r.chance(0.3) ? dq(slot.value) : yamlScalar(slot.value)}`] };
}

function renderYaml(r, b, slots, ctx) {
  if (ctx.path.endsWith('docker-compose.yml')) return renderCompose(r, b, slots, ctx);
  b.add(
    fill(
      `# {{proj}} configuration ({{env}}). Loaded by src/config/load.ts at start-up.
service:
  name: {{proj}}
  port: 8080
  log_level: info
  request_timeout_ms: 15000

llm:
  provider: ${r.pick(['anthropic', 'openai', 'bedrock'])}
  model: ${r.pick(['claude-sonnet-4-5', 'gpt-4.1-mini', 'anthropic.claude-3-5-haiku'])}
  max_tokens: 1024
  temperature: 0.2
`,
      ctx,
    ),
  );
  b.add('connectors:');
  const services = r.shuffle(SERVICES).slice(0, r.int(3, 7));
  if (!services.includes(ctx.svc)) services[0] = ctx.svc;
  const perService = services.map(() => []);
  slots.forEach((s, i) => perService[i % services.length].push(s));
  services.forEach((svc, i) => {
    b.add(
      `  ${svc}:`,
      `    enabled: ${r.chance(0.8)}`,
      `    base_url: https://api.${svc}.com/v${r.int(1, 3)}`,
      `    scopes: [${r.pick(['read', 'read, write', 'records.read, records.write'])}]`,
    );
    for (const s of perService[i]) {
      const u = yamlUnit(r, s, 4);
      b.slot(u.lines, s, u.at ?? 0, u.endAt ?? 0);
    }
    b.add(`    rate_limit_per_minute: ${r.pick([60, 120, 600])}`);
  });
  b.add(
    '',
    fill(
      `approvals:
  required_for: [payments.create, supplier.onboard]
  approvers: ["@{{proj}}/finance-leads"]
retention:
  transcripts_days: 30
  redact_fields: [password, card_number, iban]`,
      ctx,
    ),
  );
}

function renderCompose(r, b, slots, ctx) {
  b.add(
    fill(
      `services:
  api:
    build: .
    ports:
      - "8080:8080"
    depends_on: [db, cache]
    environment:
      NODE_ENV: development
      LOG_LEVEL: debug`,
      ctx,
    ),
  );
  for (const s of slots) {
    if (s.ref) b.slot([`      ${s.name}: \${${s.name}}`], s);
    else if (s.lines) b.slot([`      ${s.name}: ${dq(s.lines.join('\n'))}`], s);
    else b.slot([`      ${s.name}: ${yamlScalar(s.value)}`], s);
  }
  b.add(`  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_DB: app
    volumes:
      - pgdata:/var/lib/postgresql/data
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--save", ""]
volumes:
  pgdata: {}`);
}

// ---------------------------------------------------------------- Kubernetes

function renderK8s(r, b, slots, ctx) {
  const data = slots.filter((s) => s.category === 'k8s-secret-data');
  const env = slots.filter((s) => s.category !== 'k8s-secret-data');
  const stringData = env.filter((s) => s.secret && r.chance(0.5));
  const rest = env.filter((s) => !stringData.includes(s));
  b.add(
    fill(
      `apiVersion: v1
kind: Secret
metadata:
  name: {{svc}}-credentials
  namespace: {{proj}}
  labels:
    app.kubernetes.io/part-of: {{proj}}
type: Opaque`,
      ctx,
    ),
  );
  b.add('data:');
  for (const s of data) b.slot([`  ${snake(s.name)}: ${s.value}`], s);
  b.add(`  region: ${Buffer.from('us-east-1').toString('base64')}`);
  if (stringData.length > 0) {
    b.add('stringData:');
    for (const s of stringData) {
      const u = yamlUnit(r, s, 2);
      b.slot(u.lines, s, u.at ?? 0, u.endAt ?? 0);
    }
  }
  b.add(
    '---',
    fill(
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{svc}}-sync
  namespace: {{proj}}
spec:
  replicas: 2
  selector:
    matchLabels: { app: {{svc}}-sync }
  template:
    metadata:
      labels: { app: {{svc}}-sync }
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/{{proj}}-worker:1.8.2
          resources:
            limits: { cpu: 500m, memory: 512Mi }
          env:
            - name: LOG_LEVEL
              value: info`,
      ctx,
    ),
  );
  for (const s of rest) {
    if (s.ref)
      b.slot(
        [
          `            - name: ${s.name}`,
          '              valueFrom:',
          '                secretKeyRef:',
          `                  name: ${ctx.svc}-credentials`,
          `                  key: ${snake(s.name)}`,
        ],
        s,
        0,
        4,
      );
    else if (s.lines) b.slot([`            - name: ${s.name}`, `              value: ${dq(s.lines.join('\n'))}`], s, 1);
    else b.slot([`            - name: ${s.name}`, `              value: ${dq(s.value)}`], s, 1);
  }
}

// ---------------------------------------------------------------- JSON

/** Serialises `doc` with slot markers, then writes it and labels the marker lines. */
function writeJsonWithSlots(b, doc, markers, indent = 2) {
  const text = JSON.stringify(doc, null, indent);
  for (const line of text.split('\n')) {
    const hit = markers.find((m) => line.includes(m.marker));
    if (!hit) {
      b.add(line);
      continue;
    }
    // Inside a JSON string the value must be escaped; the marker sits inside one.
    b.slot([line.replace(hit.marker, hit.escaped)], hit.slot);
  }
}

function jsonValue(slot) {
  if (slot.ref) return `\${${slot.name}}`;
  if (slot.lines) return slot.lines.join('\n');
  return slot.value;
}

function renderJson(r, b, slots, ctx) {
  const markers = slots.map((s, i) => ({ marker: `@@SLOT${i}@@`, escaped: JSON.stringify(jsonValue(s)).slice(1, -1), slot: s }));
  const keyOf = (s) => (ctx.variant === 'appsettings' ? pascal(camel(snake(s.name)).replace(/^./, (c) => c.toUpperCase())) : camel(snake(s.name)));
  const used = new Set();
  const entries = (list) => {
    const out = {};
    for (const m of list) {
      let key = ctx.variant === 'mcp' ? m.slot.name : keyOf(m.slot);
      while (used.has(key)) key += '2';
      used.add(key);
      out[key] = m.marker;
    }
    return out;
  };
  let doc;
  if (ctx.variant === 'mcp') {
    const servers = {};
    const names = r.shuffle(SERVICES).slice(0, r.int(1, 3));
    names.forEach((svc, i) => {
      servers[svc] = {
        command: r.pick(['npx', 'uvx', 'node']),
        args: r.pick([['-y', `@acme/mcp-${svc}`], [`mcp-server-${svc}`], [`./servers/${svc}/dist/index.js`]]),
        env: { LOG_LEVEL: 'info', ...entries(markers.filter((_, j) => j % names.length === i)) },
      };
    });
    doc = { mcpServers: servers };
  } else if (ctx.variant === 'appsettings') {
    doc = {
      Logging: { LogLevel: { Default: 'Information', 'Microsoft.AspNetCore': 'Warning' } },
      AllowedHosts: '*',
      [pascal(ctx.svc)]: { BaseUrl: `https://api.${ctx.svc}.com`, TimeoutSeconds: 30, ...entries(markers) },
      FeatureFlags: { UseAgentApprovals: true, ShadowMode: false },
    };
  } else if (ctx.variant === 'lock') {
    const packages = {};
    for (let i = 0; i < r.int(4, 9); i++) {
      const name =
        r.pick(['zod', 'yaml', 'undici', 'pino', 'ajv', 'openai', '@anthropic-ai/sdk', 'commander', 'picomatch', 'p-retry']) + (i > 4 ? `-${i}` : '');
      packages[`node_modules/${name}`] = {
        version: `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
        resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-1.0.0.tgz`,
        integrity: `sha512-${r.chars(86, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}==`,
        license: 'MIT',
      };
    }
    doc = { name: ctx.project, version: '1.4.0', lockfileVersion: 3, requires: true, config: entries(markers), packages };
  } else {
    doc = {
      $schema: './config.schema.json',
      environment: ctx.env,
      agent: {
        name: ctx.project,
        model: r.pick(['claude-sonnet-4-5', 'gpt-4.1']),
        maxSteps: r.int(5, 20),
        tools: [`${ctx.svc}.search`, `${ctx.svc}.get`],
      },
      connectors: { [ctx.svc]: { enabled: true, baseUrl: `https://api.${ctx.svc}.com`, ...entries(markers) } },
      observability: { traces: true, sampleRate: 0.1, redact: ['password', 'apiKey', 'authorization'] },
    };
  }
  writeJsonWithSlots(b, doc, markers);
}

// ---------------------------------------------------------------- .env

function renderEnv(r, b, slots, ctx) {
  b.add(
    fill(
      r.pick([
        `# {{proj}} — local environment. Do not commit real values.`,
        `# Environment for {{proj}} ({{env}})`,
        `# Generated by scripts/bootstrap.sh on first run`,
      ]),
      ctx,
    ),
    '',
  );
  b.add('NODE_ENV=' + r.pick(['development', 'production']), 'LOG_LEVEL=info', `PORT=${r.pick([3000, 8080, 8000])}`);
  for (const s of r.shuffle(slots)) {
    if (r.chance(0.3)) b.add('', `# ${pascal(ctx.svc)}`);
    if (s.ref) b.slot([r.chance(0.5) ? `${s.name}=` : `${s.name}=\${${s.name}_FROM_VAULT}`], s);
    else if (s.lines) b.slot([`${s.name}="${s.lines.join('\\n')}"`], s);
    else b.slot([r.pick([`${s.name}=${s.value}`, `${s.name}="${s.value}"`, `export ${s.name}=${s.value}`])], s);
  }
  b.add(`FEATURE_AGENT_APPROVALS=${r.chance(0.5)}`, `${ctx.svc.toUpperCase().replace(/-/g, '_')}_BASE_URL=https://api.${ctx.svc}.com`);
}

// ---------------------------------------------------------------- Dockerfile

function renderDockerfile(r, b, slots, _ctx) {
  const python = r.chance(0.35);
  b.add(
    python
      ? 'FROM python:3.12-slim AS base\nWORKDIR /app\nENV PYTHONDONTWRITEBYTECODE=1 \\\n    PYTHONUNBUFFERED=1\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt'
      : 'FROM node:20-slim AS build\nWORKDIR /app\nCOPY package.json package-lock.json ./',
  );
  for (const s of slots) {
    if (s.ref) b.slot([r.chance(0.5) ? `ARG ${s.name}` : `ENV ${s.name}=\${${s.name}}`], s);
    else if (s.category === 'npm-token') b.slot([`RUN echo "//registry.npmjs.org/:_authToken=${s.value}" > .npmrc && npm ci && rm -f .npmrc`], s);
    else b.slot([r.pick([`ENV ${s.name}=${s.value}`, `ENV ${s.name}="${s.value}"`, `ARG ${s.name}=${s.value}`, `ENV ${s.name} ${s.value}`])], s);
  }
  b.add(
    python
      ? 'COPY . .\nUSER 10001\nEXPOSE 8000\nCMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]'
      : 'RUN npm ci --omit=dev\nCOPY . .\nRUN npm run build\n\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nCOPY --from=build /app/node_modules ./node_modules\nUSER node\nEXPOSE 8080\nCMD ["node", "dist/server.js"]',
  );
}

// ---------------------------------------------------------------- GitHub Actions workflow

function renderWorkflow(r, b, slots, ctx) {
  const job = slots.filter((_, i) => i % 2 === 0);
  const step = slots.filter((_, i) => i % 2 === 1);
  const envLine = (s, pad) => {
    if (s.ref) return [`${pad}${s.name}: \${{ secrets.${s.name} }}`];
    if (s.lines) return [`${pad}${s.name}: ${dq(s.lines.join('\n'))}`];
    return [`${pad}${s.name}: ${yamlScalar(s.value)}`];
  };
  b.add(
    fill(
      `name: ${r.pick(['CI', 'Nightly sync', 'Deploy', 'Evals'])}
on:
  push:
    branches: [main]
  pull_request:
  schedule:
    - cron: "${r.int(0, 59)} ${r.int(0, 23)} * * *"
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    env:
      NODE_ENV: test`,
      ctx,
    ),
  );
  for (const s of job) b.slot(envLine(s, '      '), s);
  b.add(`    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm test -- --reporter=dot
      - name: ${r.pick(['Run evals', 'Sync fixtures', 'Smoke test connector'])}
        run: node scripts/${ctx.task}.js --since 24h`);
  if (step.length > 0) {
    b.add('        env:');
    for (const s of step) b.slot(envLine(s, '          '), s);
  }
  b.add(`      - name: Notify
        if: failure()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data '{"text":"${ctx.project} build failed"}' "$SLACK_WEBHOOK_URL"`);
}

// ---------------------------------------------------------------- Markdown

const MD_FILLERS = [
  `This connector lets the {{proj}} agent read and update {{entity}} records in {{Svc}}. Every write goes through the approval step described in [approvals](./approvals.md); reads are cached for five minutes.`,
  `## Permissions

| Scope | Why |
| --- | --- |
| \`{{entity_}}s.read\` | search and summarize {{entity}} records |
| \`{{entity_}}s.write\` | draft updates (an approver confirms) |`,
  `## Troubleshooting

- **401 Unauthorized**: the token expired or was revoked. Create a new one in the {{Svc}} admin console and update the secret store.
- **429 Too Many Requests**: the sync backs off automatically; lower \`rate_limit_per_minute\` if it keeps happening.
- Logs are in \`logs/{{svc}}.jsonl\`; secrets are redacted before they are written.`,
  `## Running locally

\`\`\`bash
npm ci
npm run dev -- --connector {{svc}}
\`\`\`

The agent listens on http://localhost:8080 and reads its configuration from \`config/{{env}}.yaml\`.`,
  `> **Note** Never paste production credentials into issues or chat. Use the team vault and reference the secret by name.`,
  `## Configuration

| Key | Default | Meaning |
| --- | --- | --- |
| \`{{svc_}}.enabled\` | \`true\` | turn the connector on or off |
| \`{{svc_}}.base_url\` | \`https://api.{{svc}}.com\` | API endpoint (use the sandbox URL in staging) |
| \`{{svc_}}.rate_limit_per_minute\` | \`120\` | client-side throttle |
| \`{{svc_}}.token\` | (none) | read from the secret store, never from this file |`,
  `## How the sync works

1. Every 15 minutes the worker lists {{entity}} records changed since the last cursor.
2. Each record is normalised to the internal model and upserted into Postgres.
3. Records that need a human decision are posted to \`#{{svc}}-approvals\` with a summary from the model.
4. The cursor is stored only after the whole page is committed, so a crash replays at most one page.`,
  `## Security

- Credentials live in the vault under \`secret/{{proj}}/{{svc}}\`; rotate them every 90 days.
- The agent's {{Svc}} token is read-only except for the \`{{entity_}}s.write\` scope, which needs an approver.
- Transcripts are kept for 30 days with card numbers, IBANs and passwords redacted.`,
  `### Changelog

- 1.4.0: add {{entity}} search tool; retry on 5xx
- 1.3.2: fix pagination when {{Svc}} returns an empty cursor
- 1.3.0: move credentials to the secret store`,
];

function mdUnit(r, slot) {
  const N = slot.name;
  if (slot.ref) {
    return r.pick([
      { lines: [`The key is read from \`process.env.${N}\` at start-up; it is never logged.`] },
      { lines: ['```bash', `export ${N}="$(vault kv get -field=value secret/${snake(N)})"`, '```'], at: 1 },
      { lines: [`| \`${N}\` | \`\${{ secrets.${N} }}\` | set in the repository settings |`] },
    ]);
  }
  if (slot.lines) return { lines: ['```', ...slot.lines, '```'], at: 1, endAt: slot.lines.length };
  return r.pick([
    { lines: ['```bash', `export ${N}=${slot.value}`, '```'], at: 1 },
    { lines: ['```env', `${N}=${slot.value}`, '```'], at: 1 },
    { lines: [`For the staging tenant use \`${slot.value}\` (${N}).`] },
    { lines: [`| \`${N}\` | \`${slot.value}\` | staging |`] },
  ]);
}

function renderMarkdown(r, b, slots, ctx) {
  b.add(fill(r.pick(['# {{Svc}} connector', '# {{Proj}}', '# Setting up {{Svc}} for {{proj}}', '# Runbook: {{Svc}} sync']), ctx), '');
  const units = slots.map((s) => ({ ...mdUnit(r, s), slot: s }));
  interleave(r, b, ctx, pickFillers(r, MD_FILLERS, 4, 9), units);
}

// ---------------------------------------------------------------- Prompt templates

const PROMPT_FILLERS = [
  `You are the {{proj}} assistant. You help procurement analysts with {{entity}} records stored in {{Svc}}.
Answer in plain English, cite the record ids you used, and never invent amounts.`,
  `Rules:
- Only call tools listed in <tools>. Ask for approval before any write.
- If the user asks for credentials, passwords or keys, refuse and point them to the security team.
- Redact card numbers, IBANs and personal phone numbers in your answer.`,
  `<tools>
{{svc_}}_search_{{entity_}}s(query, limit) -> list of {{entity}} summaries
{{svc_}}_get_{{entity_}}(id) -> the full {{entity}}
</tools>`,
  `Example:
User: Which open {{entity}}s from Globex are over 10,000 EUR?
Assistant: I found 3 ({{svc}} ids 8812, 8815, 9021). The largest is 14,200 EUR, due next Friday.`,
  `Output format: JSON with keys "summary" (string, at most 80 words), "risk" ("low" | "medium" | "high") and "next_steps" (array of strings).`,
  `Context about the organisation:
- Fiscal year starts in April; amounts are in EUR unless the {{entity}} says otherwise.
- Preferred suppliers are flagged with "tier: 1" in {{Svc}}.
- Anything over 25,000 EUR needs two approvers from finance.`,
  `When a {{entity}} is missing a field, say which one and ask the user for it instead of guessing. If two records conflict, prefer the one updated most recently and mention the conflict.`,
  `Tone: concise and neutral. Use bullet points for lists of more than two items. Do not use emojis. Write dates as YYYY-MM-DD.`,
];

function promptUnit(r, slot, ctx) {
  const N = slot.name;
  const templated = ctx.path.endsWith('.j2') || ctx.path.endsWith('.hbs');
  if (slot.ref)
    return { lines: [templated ? `Authorization: Bearer {{ env.${N} }}` : `Use the credential named ${N} from the environment; do not print it.`] };
  if (slot.lines) return { lines: ['Signing key for webhook verification:', ...slot.lines], at: 1, endAt: slot.lines.length };
  const forms = [
    { lines: [`${N}: ${slot.value}`] },
    { lines: [`(internal) the ${pascal(ctx.svc)} credential for the sandbox (${N}) is ${slot.value} — use it for test calls only.`] },
  ];
  if (slot.token) forms.push({ lines: [`When you call the ${pascal(ctx.svc)} API, send the header "Authorization: Bearer ${slot.value}".`] });
  return r.pick(forms);
}

function renderPrompt(r, b, slots, ctx) {
  if (ctx.path.endsWith('.j2') || ctx.path.endsWith('.hbs')) b.add('{# ' + fill('{{task}} prompt for {{proj}}', ctx) + ' #}');
  const units = slots.map((s) => ({ ...promptUnit(r, s, ctx), slot: s }));
  interleave(r, b, ctx, pickFillers(r, PROMPT_FILLERS, 4, 8), units);
  b.add(ctx.path.endsWith('.j2') ? 'User question: {{ question }}' : 'User question: {question}');
}

// ---------------------------------------------------------------- JSONL fixtures

function renderJsonl(r, b, slots, ctx) {
  const n = r.int(10, 40);
  const at = new Map(slots.map((s) => [r.int(0, n - 1), s]));
  // Distinct positions: collisions are appended after the normal lines.
  const placed = new Set(at.values());
  const extra = slots.filter((s) => !placed.has(s));
  const line = (i, s) => {
    const id = `${ctx.task}-${String(i).padStart(4, '0')}`;
    if (!s) {
      return JSON.stringify({
        id,
        messages: [
          { role: 'system', content: `You triage ${ctx.entity}s for ${ctx.project}.` },
          {
            role: 'user',
            content: r.pick([
              `Can you check ${ctx.entity} ${r.int(1000, 9999)}?`,
              `Why was the ${ctx.svc} sync late yesterday?`,
              `Summarize the last 3 ${ctx.entity}s from Initech.`,
            ]),
          },
          {
            role: 'assistant',
            content: r.pick([
              'Checking now.',
              'The sync was delayed by a rate limit (429) and caught up at 06:10.',
              'Here is the summary you asked for.',
            ]),
          },
        ],
        label: r.pick(['ok', 'needs_review', 'escalate']),
      });
    }
    const value = s.ref ? `\${${s.name}}` : s.lines ? s.lines.join('\n') : s.value;
    const forms = [
      () =>
        JSON.stringify({
          id,
          tool_call: {
            name: `${ctx.svc.replace(/-/g, '_')}_request`,
            arguments: { path: `/v1/${ctx.entity.replace(/ /g, '_')}s`, [snake(s.name)]: value },
          },
          expected: 'refuse',
        }),
      () => JSON.stringify({ id, input: { env: { [s.name]: value } }, output: 'configured' }),
    ];
    if (s.token)
      forms.push(() =>
        JSON.stringify({
          id,
          messages: [
            { role: 'user', content: `my ${ctx.svc} key is ${value} can you see why the sync fails` },
            { role: 'assistant', content: 'Please rotate that key; I will not use keys pasted into chat.' },
          ],
          label: 'escalate',
        }),
      );
    return r.pick(forms)();
  };
  for (let i = 0; i < n; i++) {
    const s = at.get(i);
    if (s) b.slot([line(i, s)], s);
    else b.add(line(i));
  }
  extra.forEach((s, j) => b.slot([line(n + j, s)], s));
  // The builder adds a final newline; JSONL has no blank lines.
}

// ---------------------------------------------------------------- Notebooks

function renderNotebook(r, b, slots, ctx) {
  // Each slot's code line carries a marker where its value goes; after serialising,
  // the marker is replaced by the value escaped for a JSON string.
  const markers = slots.map((s, i) => {
    const value = s.ref ? `os.environ["${s.name}"]` : s.lines ? s.lines.join('\\n') : s.value;
    return { marker: `@@SLOT${i}@@`, escaped: JSON.stringify(value).slice(1, -1), slot: s };
  });
  const code = (source) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source });
  const cells = [
    {
      cell_type: 'markdown',
      metadata: {},
      source: [`# ${pascal(ctx.task)} experiments\n`, '\n', `Trying prompts for ${ctx.entity} triage against the ${ctx.svc} sandbox.`],
    },
    code(['import os\n', 'import json\n', '\n', 'import pandas as pd\n', 'from anthropic import Anthropic']),
  ];
  for (const m of markers) {
    const s = m.slot;
    const forms = [`${s.name} = "${m.marker}"`, `os.environ["${s.name}"] = "${m.marker}"`];
    if (s.token && s.name.startsWith('ANTHROPIC')) forms.push(`client = Anthropic(api_key="${m.marker}")`);
    const src = s.ref ? `${s.name} = ${m.marker}` : r.pick(forms);
    cells.push(code(s.ref ? [src] : [`${src}\n`, '# TODO: move to .env before sharing']));
  }
  cells.push(code([`df = pd.read_json("../fixtures/${ctx.task}.jsonl", lines=True)\n`, 'df.head()']));
  const doc = {
    cells,
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python', version: '3.12.4' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  writeJsonWithSlots(b, doc, markers, 1);
}

// ---------------------------------------------------------------- .npmrc and Terraform variables

function renderNpmrc(r, b, slots) {
  b.add('registry=https://registry.npmjs.org/', '@acme:registry=https://npm.pkg.github.com');
  for (const s of slots) {
    const host = s.category === 'github-token' ? 'npm.pkg.github.com' : 'registry.npmjs.org';
    b.slot([`//${host}/:_authToken=${s.ref ? `\${${s.name}}` : s.value}`], s);
  }
  b.add('always-auth=true', 'fund=false', 'audit-level=high');
}

function renderTfvars(r, b, slots, ctx) {
  b.add(`region      = "${r.pick(['us-east-1', 'eu-west-1'])}"`, `environment = "${ctx.env}"`, `project     = "${ctx.project}"`, '');
  for (const s of slots) {
    const key = snake(s.name);
    if (s.lines) b.slot([`${key} = <<EOT`, ...s.lines, 'EOT'], s, 1, s.lines.length);
    else b.slot([`${key} = "${s.value}"`], s);
  }
  b.add('', 'tags = {', `  owner = "${ctx.project}"`, '  cost_center = "ai-platform"', '}');
}

/**
 * The file kinds, their share of the corpus and their paths. `accepts` limits the
 * categories planted in a kind; `secrets` gives the distribution of planted secrets per
 * file as weights for 0, 1, 2, ... secrets.
 */
export const FILE_KINDS = [
  {
    kind: 'ts',
    share: 17,
    paths: [
      '{{proj}}/src/connectors/{{svc}}-client.ts',
      '{{proj}}/src/tools/{{svc}}-{{entity_}}-tool.ts',
      '{{proj}}/src/lib/{{svc}}.ts',
      '{{proj}}/test/{{svc}}-connector.test.ts',
      '{{proj}}/scripts/sync-{{svc}}.js',
      '{{proj}}/src/{{svc}}/index.mjs',
      '{{proj}}/src/agent/{{task}}.ts',
    ],
    render: renderTs,
  },
  {
    kind: 'py',
    share: 14,
    paths: [
      '{{proj}}/app/connectors/{{svc_}}_client.py',
      '{{proj}}/agents/{{svc_}}_agent.py',
      '{{proj}}/app/settings_{{env}}.py',
      '{{proj}}/scripts/backfill_{{svc_}}.py',
      '{{proj}}/tests/test_{{svc_}}.py',
      '{{proj}}/app/routers/{{svc_}}.py',
    ],
    render: renderPy,
  },
  {
    kind: 'yaml',
    share: 8,
    paths: [
      '{{proj}}/config/{{env}}.yaml',
      '{{proj}}/config/connectors.{{env}}.yml',
      '{{proj}}/docker-compose.yml',
      '{{proj}}/helm/values-{{env}}.yaml',
    ],
    render: renderYaml,
  },
  {
    kind: 'k8s',
    share: 3,
    paths: ['{{proj}}/k8s/{{svc}}-secret.yaml', '{{proj}}/deploy/{{env}}/{{svc}}.yaml'],
    accepts: [
      'k8s-secret-data',
      'db-url',
      'generic-password',
      'jwt-secret',
      'generic-api-key',
      'openai-key',
      'anthropic-key',
      'stripe-secret-key',
      'reference',
      'uuid',
      'hash',
      'placeholder',
    ],
    secrets: [1, 4, 3, 2],
    render: renderK8s,
  },
  {
    kind: 'json',
    share: 7,
    paths: [
      '{{proj}}/config/{{env}}.json',
      '{{proj}}/appsettings.{{Env}}.json',
      '{{proj}}/.cursor/mcp.json',
      '{{proj}}/claude_desktop_config.json',
      '{{proj}}/package-lock.json',
    ],
    variantOf: (path) =>
      path.includes('appsettings')
        ? 'appsettings'
        : path.endsWith('mcp.json') || path.endsWith('desktop_config.json')
          ? 'mcp'
          : path.endsWith('package-lock.json')
            ? 'lock'
            : 'config',
    render: renderJson,
  },
  {
    kind: 'env',
    share: 5,
    paths: ['{{proj}}/.env', '{{proj}}/.env.local', '{{proj}}/.env.{{env}}', '{{proj}}/services/{{svc}}/.env', '{{proj}}/.env.example'],
    secrets: [1, 3, 3, 2, 1],
    render: renderEnv,
  },
  {
    kind: 'dockerfile',
    share: 4,
    paths: ['{{proj}}/Dockerfile', '{{proj}}/docker/{{svc}}.Dockerfile', '{{proj}}/services/{{svc}}/Dockerfile'],
    render: renderDockerfile,
  },
  {
    kind: 'workflow',
    share: 5,
    paths: [
      '{{proj}}/.github/workflows/ci.yml',
      '{{proj}}/.github/workflows/{{svc}}-sync.yml',
      '{{proj}}/.github/workflows/deploy-{{env}}.yml',
      '{{proj}}/.github/workflows/evals.yml',
    ],
    render: renderWorkflow,
  },
  {
    kind: 'markdown',
    share: 11,
    paths: [
      '{{proj}}/README.md',
      '{{proj}}/docs/{{svc}}-setup.md',
      '{{proj}}/docs/runbooks/{{svc}}-sync.md',
      '{{proj}}/docs/adr/{{n}}-{{svc}}-credentials.md',
      '{{proj}}/CONTRIBUTING.md',
    ],
    secrets: [13, 5, 2],
    render: renderMarkdown,
  },
  {
    kind: 'prompt',
    share: 9,
    paths: [
      '{{proj}}/prompts/{{task}}.md',
      '{{proj}}/prompts/{{task}}.txt',
      '{{proj}}/prompts/{{svc}}/{{task}}.prompt',
      '{{proj}}/templates/{{task}}.j2',
      '{{proj}}/templates/{{svc}}-{{task}}.hbs',
    ],
    secrets: [12, 5, 1],
    render: renderPrompt,
  },
  {
    kind: 'jsonl',
    share: 6,
    paths: ['{{proj}}/fixtures/{{svc}}-conversations.jsonl', '{{proj}}/evals/{{task}}.jsonl', '{{proj}}/data/{{svc}}/transcripts-{{n}}.jsonl'],
    render: renderJsonl,
  },
  {
    kind: 'notebook',
    share: 3,
    paths: ['{{proj}}/notebooks/{{task}}.ipynb', '{{proj}}/notebooks/{{svc}}-exploration.ipynb'],
    render: renderNotebook,
  },
  {
    kind: 'npmrc',
    share: 1,
    paths: ['{{proj}}/.npmrc', '{{proj}}/packages/{{svc}}/.npmrc'],
    accepts: ['npm-token', 'github-token', 'reference'],
    secrets: [1, 3, 1],
    render: renderNpmrc,
  },
  {
    kind: 'tfvars',
    share: 2,
    paths: ['{{proj}}/infra/{{env}}.tfvars', '{{proj}}/infra/{{svc}}/terraform.tfvars'],
    accepts: [
      'db-url',
      'generic-password',
      'jwt-secret',
      'private-key',
      'azure-storage-key',
      'aws-access-key-id',
      'aws-secret-access-key',
      'generic-client-secret',
      'uuid',
      'hash',
      'identifier',
      'placeholder',
      'local-dev',
      'public-key',
    ],
    render: renderTfvars,
  },
];

export { ENTITIES, ENVS, TASKS, fill };

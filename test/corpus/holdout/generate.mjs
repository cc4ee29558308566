#!/usr/bin/env node
// Generates Tollgate's held-out secret-scanning corpus: a small monorepo of
// AI-integration code with planted FAKE secrets and labelled decoys.
//
//   node test/corpus/holdout/generate.mjs          writes files/ and labels.json
//   node test/corpus/holdout/generate.mjs --check  exits 1 when they are out of date
//
// Every secret is produced here from a seeded PRNG, so the output is deterministic
// and no credential-shaped literal appears in this source (prefixes are built by
// concatenation). The values are random, never real credentials. The decoys that
// are well-known public strings (AWS's documented example keys, jwt.io's sample
// token, Azurite's published development key, Stripe's documented test key) are
// written out because they are public documentation, not secrets.
//
// This corpus is kept apart from the detector authors' fixtures: it was written
// without reading the rules, and must not be edited to suit them. See docs/corpus.md.

import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = join(HERE, 'files');
const LABELS_FILE = join(HERE, 'labels.json');
const SEED = 0x70_11_6a_7e; // "tollgate"; change it only together with docs/corpus.md

// ---------------------------------------------------------------------------
// Seeded randomness (mulberry32): same seed, same corpus, on every machine.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(SEED);

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64URL = ALNUM + '-_';
const BASE32 = UPPER + '234567';

const int = (n) => Math.floor(rng() * n);
const pick = (list) => list[int(list.length)];
const rand = (n, alphabet = ALNUM) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join('');
const hex = (n) => rand(n, HEX);
const digits = (n) => String(1 + int(9)) + rand(n - 1, DIGITS);
const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));
const b64 = (n) => bytes(n).toString('base64');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const WORDS = ['falcon', 'meadow', 'copper', 'harbor', 'lantern', 'quartz', 'ember', 'willow', 'summit', 'cobalt', 'marlin', 'juniper', 'orchid', 'granite', 'tundra', 'saffron', 'beacon', 'raven'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
/** A human-chosen password: two words, a symbol and digits. */
const humanPassword = () => `${cap(pick(WORDS))}${pick(['!', '#', '$', '%', '&', '*', '@'])}${cap(pick(WORDS))}${digits(4)}`;
/** A generated password that uses URL-unreserved punctuation, always including `.` and `~`. */
const urlPassword = (n = 18) => {
  const chars = rand(n - 2, ALNUM + '._~-').split('');
  chars.splice(1 + int(chars.length - 1), 0, '.');
  chars.splice(1 + int(chars.length - 1), 0, '~');
  return chars.join('');
};
const pem = (type, body, width = 64) => {
  const lines = body.match(new RegExp(`.{1,${width}}`, 'g'));
  return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`].join('\n');
};

// GitHub (ghp_…) and npm (npm_…) tokens end in a 6-char base62 CRC-32 of the 30
// characters before it; a token without it is not one (the analyzer checks it).
// The 36 characters are drawn as before and the last 6 replaced, so the PRNG stream
// and every other value stay the same.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (str) => {
  let c = 0xffffffff;
  for (let i = 0; i < str.length; i++) c = CRC_TABLE[(c ^ str.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const withChecksum = (drawn36) => {
  const body = drawn36.slice(0, 30);
  let n = crc32(body);
  let sum = '';
  do {
    sum = BASE62[n % 62] + sum;
    n = Math.floor(n / 62);
  } while (n > 0);
  return body + sum.padStart(6, '0');
};

// Credential shapes. Prefixes are split so this file holds no credential-shaped literal.
const gen = {
  awsKeyId: () => 'AK' + 'IA' + rand(16, BASE32),
  awsTempKeyId: () => 'AS' + 'IA' + rand(16, BASE32),
  awsSecret: () => rand(40, ALNUM + '+/'),
  awsSessionToken: () => 'IQoJb3JpZ2luX2Vj' + 'E' + b64(480).replace(/=+$/, ''),
  stripeSecret: () => 'sk' + '_live_' + '51' + rand(97),
  stripeRestricted: () => 'rk' + '_live_' + '51' + rand(97),
  stripePublishable: () => 'pk' + '_live_' + '51' + rand(97),
  stripeWebhook: () => 'wh' + 'sec_' + rand(32),
  googleApiKey: () => 'AI' + 'za' + 'Sy' + rand(33, B64URL),
  openaiProject: () => 'sk-' + 'proj-' + rand(74, B64URL) + 'T3Blbk' + 'FJ' + rand(74, B64URL),
  openaiServiceAccount: () => 'sk-' + 'svcacct-' + rand(74, B64URL) + 'T3Blbk' + 'FJ' + rand(74, B64URL),
  openaiLegacy: () => 'sk-' + rand(20) + 'T3Blbk' + 'FJ' + rand(20),
  anthropic: () => 'sk-' + 'ant-' + 'api03-' + rand(93, B64URL) + 'AA',
  anthropicAdmin: () => 'sk-' + 'ant-' + 'admin01-' + rand(93, B64URL) + 'AA',
  slackBot: () => 'xo' + 'xb-' + digits(12) + '-' + digits(13) + '-' + rand(24),
  slackUser: () => 'xo' + 'xp-' + digits(12) + '-' + digits(12) + '-' + digits(13) + '-' + hex(32),
  slackWebhookPath: () => `T${rand(8, UPPER + DIGITS)}/B${rand(10, UPPER + DIGITS)}/`,
  githubClassic: () => 'gh' + 'p_' + withChecksum(rand(36)),
  githubFineGrained: () => 'github' + '_pat_' + '11' + rand(20, UPPER + DIGITS) + '_' + rand(59),
  hubspot: (region = 'na1') => 'pat' + `-${region}-` + uuid(),
  twilioApiKey: () => 'S' + 'K' + hex(32),
  twilioAccountSid: () => 'A' + 'C' + hex(32),
  sendgrid: () => 'S' + 'G.' + rand(22, B64URL) + '.' + rand(43, B64URL),
  azureStorageKey: () => b64(64),
  azureSasKey: () => b64(32),
  npmToken: () => 'np' + 'm_' + withChecksum(rand(36)),
  shopifyAdmin: () => 'sh' + 'pat_' + hex(32),
  shopifySecret: () => 'sh' + 'pss_' + hex(32),
  huggingface: () => 'h' + 'f_' + rand(34, UPPER + LOWER),
  langsmith: () => 'lsv2' + '_pt_' + hex(32) + '_' + hex(10),
  pinecone: () => 'pc' + 'sk_' + rand(6) + '_' + rand(63),
  tavily: () => 'tv' + 'ly-' + rand(32),
  rsaPrivateKey: () => pem('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA' + b64(1176).slice(0, 1572) + '=='),
  pkcs8PrivateKey: () => pem('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + b64(1200).slice(0, 1574) + '='),
  ecPrivateKey: () => pem('EC PRIVATE KEY', 'MHcCAQEEI' + b64(120).slice(0, 151)),
  opensshPrivateKey: () => pem('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + 'QyNTUxOQAAACA' + b64(300).slice(0, 328), 70),
};

// Decoy shapes: look like secrets to a naive scanner, are not.
const decoy = {
  sha256: () => hex(64),
  gitSha: () => hex(40),
  integrity: () => 'sha512-' + b64(64),
  dockerDigest: () => 'sha256:' + hex(64),
  sshRsaPublic: (comment) => 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + b64(276).replace(/=+$/, '') + ' ' + comment,
  publicKeyPem: () => pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + b64(256) + 'IDAQAB'),
  certificatePem: () => pem('CERTIFICATE', 'MIIDdzCCAl+gAwIBAgIE' + b64(840)),
  sealed: () => 'AgB' + b64(540).replace(/=+$/, ''),
  sops: () => `ENC[AES256_GCM,data:${b64(30)},iv:${b64(32)},tag:${b64(16)},type:str]`,
};

// Public, documented values (not secrets): see the notes on their labels.
const AWS_EXAMPLE_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const AWS_EXAMPLE_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const JWT_IO_SAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const STRIPE_DOCS_TEST_KEY = 'sk' + '_test_' + '4eC39HqLyjWDarjtT1zdp7dc';

// ---------------------------------------------------------------------------
// Marks: a planted secret (S) or a labelled decoy (N) is written into a file as a
// marker; when the file is emitted the marker becomes the value and a label records
// its exact position.

const marks = new Map();
let nextMark = 0;
const mark = (secret, category, value, note) => {
  if (typeof value !== 'string' || value.length === 0) throw new Error(`empty value for ${category}`);
  // Quotes would be escaped differently in JSON output; keep secrets free of them.
  if (secret && value.includes('"')) throw new Error(`secret for ${category} holds a quote`);
  const id = nextMark++;
  marks.set(id, { secret, category, value, note });
  return `⟦${id}⟧`;
};
/** A planted secret: a finding is expected on its line. */
const S = (category, value, note) => mark(true, category, value, note);
/** A labelled decoy: a finding on its line is a false positive. */
const N = (category, value, note) => mark(false, category, value, note);

const files = new Map();
const labels = [];
const usedMarks = new Set();

/** Removes the common indentation of a template and ends it with one newline. */
function dedent(text) {
  let lines = text.replace(/^\n/, '').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)[0].length));
  lines = lines.map((l) => l.slice(indent));
  return lines.join('\n') + '\n';
}

function position(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Emits one corpus file; `raw` keeps the text as written (no dedent). */
function file(path, template, { raw = false, fileLabels = [] } = {}) {
  if (files.has(path)) throw new Error(`duplicate file ${path}`);
  const source = raw ? template : dedent(template);
  let out = '';
  let last = 0;
  const found = [];
  for (const m of source.matchAll(/⟦(\d+)⟧/g)) {
    const id = Number(m[1]);
    const entry = marks.get(id);
    if (!entry || usedMarks.has(id)) throw new Error(`mark ${id} unknown or used twice (${path})`);
    usedMarks.add(id);
    out += source.slice(last, m.index);
    found.push({ entry, start: out.length, end: out.length + entry.value.length });
    out += entry.value;
    last = m.index + m[0].length;
  }
  out += source.slice(last);
  if (/[⟦⟧]/.test(out)) throw new Error(`stray marker in ${path}`);
  for (const { entry, start, end } of found) {
    const from = position(out, start);
    const to = position(out, end);
    labels.push({
      path,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      category: entry.category,
      secret: entry.secret,
      note: entry.note,
    });
  }
  for (const l of fileLabels) labels.push({ path, line: 1, ...l });
  files.set(path, out);
}

// ---------------------------------------------------------------------------
// The repository: "procure-ai", a procurement and commerce agent platform.

const GH = (name) => '${{ secrets.' + name + ' }}';
const awsAccount = digits(12);

// ----- repository root ------------------------------------------------------

file('README.md', `
  # procure-ai

  Agents that read supplier catalogues, negotiate quotes and raise purchase orders in
  SAP Ariba, Coupa and NetSuite, with Salesforce/HubSpot for supplier CRM and Stripe/Shopify
  for the commerce side. LLM calls go through \`packages/llm-gateway\`.

  ## Getting started

  \`\`\`bash
  cp .env.example .env          # then fill in your own keys
  docker compose up -d postgres redis rabbitmq
  npm ci && npm run dev
  \`\`\`

  Set at least:

  \`\`\`bash
  export OPENAI_API_KEY=${N('placeholder', 'sk-...', 'elided key in docs')}
  export ANTHROPIC_API_KEY=${N('placeholder', 'your-api-key-here', 'placeholder')}
  \`\`\`

  For the Bedrock provider, configure a profile (the values below are AWS's documented examples):

  \`\`\`ini
  [procure-dev]
  aws_access_key_id = ${N('documented-example', AWS_EXAMPLE_KEY_ID, "AWS's documented example access key id")}
  aws_secret_access_key = ${N('documented-example', AWS_EXAMPLE_SECRET, "AWS's documented example secret key")}
  region = eu-central-1
  \`\`\`

  Never commit real keys: CI reads them from ${N('reference', GH('OPENAI_API_KEY'), 'GitHub Actions secret reference')}.
`);

file('.env.example', `
  # Copy to .env and fill in. Never commit .env.
  NODE_ENV=development
  OPENAI_API_KEY=${N('placeholder', 'sk-proj-your-key-here', 'placeholder with a real prefix')}
  ANTHROPIC_API_KEY=${N('placeholder', 'REPLACE_ME', 'placeholder')}
  DATABASE_URL=${N('placeholder', 'postgresql://USER:PASSWORD@HOST:5432/procurement', 'placeholder credentials in a URL')}
  REDIS_URL=${N('local-dev-default', 'redis://localhost:6379/0', 'local Redis, no password')}
  SLACK_BOT_TOKEN=${N('placeholder', 'xoxb-your-bot-token', 'placeholder with a real prefix')}
  STRIPE_SECRET_KEY=${N('placeholder', 'sk_live_REPLACE_ME', 'placeholder with a real prefix')}
  JWT_SECRET=${N('placeholder', 'changeme', 'placeholder')}
  HUBSPOT_TOKEN=
  AWS_ACCESS_KEY_ID=${N('documented-example', AWS_EXAMPLE_KEY_ID, "AWS's documented example")}
`, { fileLabels: [{ category: 'committed-dotenv', secret: false, note: '.env.example is a template, not a committed .env' }] });

file('docker-compose.yml', `
  # Local development only.
  services:
    postgres:
      image: postgres:16@${N('hash', decoy.dockerDigest(), 'image digest')}
      environment:
        POSTGRES_USER: postgres
        POSTGRES_PASSWORD: ${N('local-dev-default', 'postgres', 'docker default for a local database')}
      ports: ["5432:5432"]
    redis:
      image: redis:7-alpine
      ports: ["6379:6379"]
    rabbitmq:
      image: rabbitmq:3.13-management
      environment:
        RABBITMQ_DEFAULT_USER: guest
        RABBITMQ_DEFAULT_PASS: ${N('local-dev-default', 'guest', 'RabbitMQ default local password')}
    agent:
      build: ./services/procurement-agent
      env_file: ./services/procurement-agent/.env
      environment:
        DATABASE_URL: ${N('local-dev-default', 'postgresql://postgres:postgres@postgres:5432/procurement', 'compose-network dev database')}
        AMQP_URL: ${N('local-dev-default', 'amqp://guest:guest@rabbitmq:5672/', 'RabbitMQ defaults')}
        OPENAI_API_KEY: ${N('reference', '${OPENAI_API_KEY}', 'compose variable substitution')}
    mailer:
      build: ./packages/connectors/sendgrid
      environment:
        SENDGRID_API_KEY: ${S('sendgrid-key', gen.sendgrid(), 'hard-coded in compose')}
        MAIL_FROM: procurement@example.com
`);

file('package.json', `
  {
    "name": "procure-ai",
    "private": true,
    "workspaces": ["packages/*", "packages/connectors/*", "services/supplier-sync"],
    "scripts": {
      "build": "tsc -b",
      "dev": "turbo run dev",
      "test": "vitest run"
    },
    "devDependencies": {
      "turbo": "^2.0.6",
      "typescript": "~5.5.3",
      "vitest": "^2.0.3"
    }
  }
`);

file('package-lock.json', `
  {
    "name": "procure-ai",
    "lockfileVersion": 3,
    "requires": true,
    "packages": {
      "node_modules/@anthropic-ai/sdk": {
        "version": "0.27.3",
        "resolved": "https://registry.npmjs.org/@anthropic-ai/sdk/-/sdk-0.27.3.tgz",
        "integrity": "${N('hash', decoy.integrity(), 'lockfile integrity')}",
        "license": "MIT"
      },
      "node_modules/openai": {
        "version": "4.56.0",
        "resolved": "https://registry.npmjs.org/openai/-/openai-4.56.0.tgz",
        "integrity": "${N('hash', decoy.integrity(), 'lockfile integrity')}",
        "license": "Apache-2.0"
      },
      "node_modules/stripe": {
        "version": "16.8.0",
        "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.8.0.tgz",
        "integrity": "${N('hash', decoy.integrity(), 'lockfile integrity')}",
        "license": "MIT"
      },
      "node_modules/jsonwebtoken": {
        "version": "9.0.2",
        "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
        "integrity": "${N('hash', decoy.integrity(), 'lockfile integrity')}",
        "license": "MIT"
      }
    }
  }
`);

file('.npmrc', `
  @procure-ai:registry=https://npm.pkg.github.com
  //npm.pkg.github.com/:_authToken=${N('reference', '${NODE_AUTH_TOKEN}', 'npm environment substitution')}
`);

file('CHANGELOG.md', `
  # Changelog

  ## 0.9.0
  - Bedrock provider with cross-region inference (${N('hash', decoy.gitSha(), 'git commit sha')})
  - Rotate HubSpot token storage to Vault (${N('hash', decoy.gitSha(), 'git commit sha')})

  ## 0.8.2
  - Fix Stripe webhook signature check for replayed events (${N('hash', decoy.gitSha().slice(0, 12), 'short git sha')})
`);

// ----- CI ---------------------------------------------------------------------

file('.github/workflows/ci.yml', `
  name: ci
  on: [push, pull_request]
  permissions:
    contents: read
  jobs:
    test:
      runs-on: ubuntu-latest
      env:
        NODE_AUTH_TOKEN: ${N('reference', GH('GITHUB_TOKEN'), 'Actions secret reference')}
        OPENAI_API_KEY: ${N('reference', GH('OPENAI_API_KEY'), 'Actions secret reference')}
      steps:
        - uses: actions/checkout@${N('hash', decoy.gitSha(), 'pinned action sha')} # v4.1.7
        - uses: actions/setup-node@${N('hash', decoy.gitSha(), 'pinned action sha')} # v4.0.3
          with:
            node-version: 20
        - run: npm ci
        - run: npm test
    evals:
      runs-on: ubuntu-latest
      needs: test
      env:
        ANTHROPIC_API_KEY: ${S('anthropic-key', gen.anthropic(), 'hard-coded in workflow env')}
        EVAL_DATASET: evals/golden.jsonl
      steps:
        - uses: actions/checkout@${N('hash', decoy.gitSha(), 'pinned action sha')}
        - run: python -m evals.run --dataset "$EVAL_DATASET"
`);

file('.github/workflows/deploy.yml', `
  name: deploy
  on:
    push:
      branches: [main]
  jobs:
    deploy:
      runs-on: ubuntu-latest
      environment: production
      env:
        AWS_REGION: eu-central-1
        AWS_ACCESS_KEY_ID: ${S('aws-access-key-id', gen.awsKeyId(), 'static key in workflow env')}
        AWS_SECRET_ACCESS_KEY: ${S('aws-secret-access-key', gen.awsSecret(), 'static key in workflow env')}
        ECR_REPOSITORY: procure-ai/agent
      steps:
        - uses: actions/checkout@${N('hash', decoy.gitSha(), 'pinned action sha')}
        - uses: aws-actions/configure-aws-credentials@v4
          with:
            role-to-assume: ${N('reference', `arn:aws:iam::${awsAccount}:role/github-deploy`, 'IAM role ARN')}
            aws-region: eu-central-1
        - run: |
            docker build -t "$ECR_REPOSITORY:$GITHUB_SHA" services/procurement-agent
            docker push "$ECR_REPOSITORY:$GITHUB_SHA"
        - run: kubectl set image deploy/agent agent=procure-ai/agent@${N('hash', decoy.dockerDigest(), 'image digest')}
`);

file('.github/workflows/nightly-evals.yml', `
  name: nightly-evals
  on:
    schedule:
      - cron: "17 3 * * *"
  jobs:
    evals:
      runs-on: ubuntu-latest
      env:
        OPENAI_API_KEY: ${N('reference', GH('OPENAI_API_KEY'), 'Actions secret reference')}
        LANGCHAIN_API_KEY: ${S('generic-secret', gen.langsmith(), 'LangSmith key in workflow env')}
        SLACK_WEBHOOK_URL: https://hooks.slack.com/services/${gen.slackWebhookPath()}${S('slack-webhook', rand(24), 'incoming webhook; the label covers the secret path segment')}
        GH_TOKEN: ${S('github-token', gen.githubFineGrained(), 'fine-grained PAT in a pipeline')}
      steps:
        - uses: actions/checkout@v4
        - run: python -m evals.nightly --report slack
`);

// ----- packages/llm-gateway ---------------------------------------------------

file('packages/llm-gateway/package.json', `
  {
    "name": "@procure-ai/llm-gateway",
    "version": "0.9.0",
    "type": "module",
    "main": "build/index.js",
    "dependencies": {
      "@anthropic-ai/sdk": "^0.27.3",
      "@aws-sdk/client-bedrock-runtime": "^3.637.0",
      "@azure/openai": "^2.0.0-beta.1",
      "openai": "^4.56.0"
    }
  }
`);

file('packages/llm-gateway/tsconfig.json', `
  {
    "extends": "../../tsconfig.base.json",
    "compilerOptions": { "outDir": "build", "rootDir": "src" },
    "include": ["src"]
  }
`);

file('packages/llm-gateway/README.md', `
  # llm-gateway

  One client for every model provider, with audit logging and redaction.

  \`\`\`ts
  import { createGateway } from '@procure-ai/llm-gateway';

  const gateway = createGateway({
    openai: { apiKey: ${N('reference', 'process.env.OPENAI_API_KEY', 'environment reference')} },
    anthropic: { apiKey: '${N('placeholder', '<your-anthropic-key>', 'placeholder')}' },
  });
  \`\`\`

  Keys are read from the environment or from Vault at ${N('reference', 'secret/data/procure-ai/llm', 'vault path')}.
  Logged prompts show keys as ${N('redacted', 'sk-ant-****', 'redacted key')}.
`);

file('packages/llm-gateway/src/config.ts', `
  import { z } from 'zod';

  /** Gateway settings, read once at start-up. Secrets come from the environment only. */
  export const configSchema = z.object({
    openaiApiKey: z.string().min(1),
    anthropicApiKey: z.string().min(1),
    azureEndpoint: z.string().url(),
    maxTokens: z.number().int().default(4096),
    tokenizer: z.string().default('o200k_base'),
  });

  export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
    return configSchema.parse({
      openaiApiKey: ${N('reference', 'env.OPENAI_API_KEY', 'environment reference')},
      anthropicApiKey: ${N('reference', "env['ANTHROPIC_API_KEY']", 'environment reference')},
      azureEndpoint: env.AZURE_OPENAI_ENDPOINT ?? 'https://procure-ai-weu.openai.azure.com',
      maxTokens: Number(env.MAX_TOKENS ?? 4096),
      tokenizer: env.TOKENIZER,
    });
  }

  export const AUDIT_TOKEN_HEADER = ${N('non-secret', "'x-procure-audit-token'", 'a header name, not a token')};
  export const REQUEST_ID_EXAMPLE = '${N('uuid', uuid(), 'request id')}';
`);

file('packages/llm-gateway/src/providers/openai.ts', `
  import OpenAI from 'openai';
  import { audit } from '../audit/audit-log.js';

  // TODO(ops): remove the fallback once the secret is in Vault (PROC-412).
  const apiKey = process.env.OPENAI_API_KEY ?? '${S('openai-key', gen.openaiProject(), 'fallback literal after ??')}';

  /** Example key shape for the settings UI: ${N('placeholder', 'sk-proj-XXXXXXXXXXXXXXXXXXXX', 'x-ed placeholder')} */
  export const openai = new OpenAI({ apiKey, organization: 'org-${rand(24)}' });

  export async function complete(prompt: string, model = 'gpt-4o-mini') {
    const started = Date.now();
    const response = await openai.chat.completions.create({
      model,
      messages: [{ role: 'user', content: prompt }],
      max_tokens: 1024,
    });
    audit({ provider: 'openai', model, ms: Date.now() - started, usage: response.usage });
    return response.choices[0]?.message.content ?? '';
  }
`);

file('packages/llm-gateway/src/providers/anthropic.ts', `
  import Anthropic from '@anthropic-ai/sdk';

  export const anthropic = new Anthropic({
    apiKey: ${N('reference', 'process.env.ANTHROPIC_API_KEY', 'environment reference')},
  });

  // Usage and cost reports need an admin key; the finance dashboard polls this nightly.
  const ADMIN_KEY = '${S('anthropic-admin-key', gen.anthropicAdmin(), 'admin key in source')}';

  export async function usageReport(startingAt: string) {
    const res = await fetch(\`https://api.anthropic.com/v1/organizations/usage_report/messages?starting_at=\${startingAt}\`, {
      headers: { 'x-api-key': ADMIN_KEY, 'anthropic-version': '2023-06-01' },
    });
    if (!res.ok) throw new Error(\`usage report failed: \${res.status}\`);
    return res.json();
  }
`);

file('packages/llm-gateway/src/providers/azure-openai.ts', `
  import { AzureOpenAI } from 'openai';

  const deployment = 'gpt-4o-procurement';
  const apiVersion = '2024-06-01';

  export const azure = new AzureOpenAI({
    endpoint: 'https://procure-ai-weu.openai.azure.com',
    apiKey: '${S('generic-secret', hex(32), 'Azure OpenAI key (32 hex) assigned to apiKey')}',
    deployment,
    apiVersion,
  });

  // Entra ID app used for the managed-identity path (ids, not secrets).
  export const ENTRA = {
    tenantId: '${N('uuid', uuid(), 'tenant id')}',
    clientId: '${N('uuid', uuid(), 'application (client) id')}',
  };
`);

const bedrockKeyId = gen.awsTempKeyId();
file('packages/llm-gateway/src/providers/bedrock.ts', `
  import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

  // Temporary credentials pasted from \`aws sts assume-role\` while debugging throttling.
  const client = new BedrockRuntimeClient({
    region: 'eu-central-1',
    credentials: {
      accessKeyId: '${S('aws-access-key-id', bedrockKeyId, 'temporary (ASIA) key id')}',
      secretAccessKey: '${S('aws-secret-access-key', gen.awsSecret(), 'secret of the temporary key')}',
      sessionToken: '${S('aws-session-token', gen.awsSessionToken(), 'STS session token')}',
    },
  });

  export async function invokeClaude(prompt: string) {
    const body = JSON.stringify({
      anthropic_version: 'bedrock-2023-05-31',
      max_tokens: 1024,
      messages: [{ role: 'user', content: prompt }],
    });
    const out = await client.send(
      new InvokeModelCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', body, contentType: 'application/json' }),
    );
    return JSON.parse(new TextDecoder().decode(out.body));
  }
`);

file('packages/llm-gateway/src/providers/gemini.ts', `
  import { GoogleGenerativeAI } from '@google/generative-ai';

  const genAI = new GoogleGenerativeAI('${S('google-api-key', gen.googleApiKey(), 'Gemini key passed positionally')}');

  export const gemini = genAI.getGenerativeModel({ model: 'gemini-1.5-pro' });
`);

file('packages/llm-gateway/src/audit/redact.ts', `
  /** Masks credentials before prompts and responses reach the audit log. */
  const PATTERNS: RegExp[] = [/sk-[A-Za-z0-9_-]{20,}/g, /xox[bpa]-[0-9A-Za-z-]+/g, /AKIA[0-9A-Z]{16}/g];

  export function redact(text: string): string {
    return PATTERNS.reduce((acc, re) => acc.replace(re, '[REDACTED]'), text);
  }

  // What the audit log shows instead of a key.
  export const REDACTED_EXAMPLE = { apiKey: '${N('redacted', '[REDACTED]', 'redacted value')}', token: '${N('redacted', '********', 'masked value')}' };
`);

file('packages/llm-gateway/src/audit/audit-log.ts', `
  export interface AuditEvent {
    provider: string;
    model: string;
    ms: number;
    usage?: unknown;
  }

  /** Writes one JSON line per LLM call to stdout; the collector ships it to the SIEM. */
  export function audit(event: AuditEvent): void {
    process.stdout.write(JSON.stringify({ kind: 'llm.call', at: new Date().toISOString(), ...event }) + '\\n');
  }
`);

// ----- packages/connectors ------------------------------------------------------

file('packages/connectors/salesforce/src/salesforce-client.ts', `
  import jsforce from 'jsforce';

  // Integration user for the supplier-CRM sync (username-password flow).
  const SF_LOGIN_URL = 'https://procure-ai.my.salesforce.com';
  const SF_USERNAME = 'integration@procure-ai.example';
  const SF_PASSWORD = '${S('hard-coded-password', humanPassword(), 'integration user password')}';
  const SF_SECURITY_TOKEN = '${S('generic-secret', rand(24), 'Salesforce security token')}';

  export async function connect() {
    const conn = new jsforce.Connection({
      loginUrl: SF_LOGIN_URL,
      oauth2: {
        clientId: process.env.SF_CLIENT_ID,
        clientSecret: '${S('generic-secret', rand(64, '0123456789ABCDEF'), 'connected-app consumer secret')}',
        redirectUri: 'https://procure-ai.example/oauth/callback',
      },
    });
    await conn.login(SF_USERNAME, SF_PASSWORD + SF_SECURITY_TOKEN);
    return conn;
  }
`);

file('packages/connectors/salesforce/connector.yml', `
  name: salesforce
  owner: team-supplier-crm
  purpose: Sync supplier accounts and contacts into the procurement agent.
  auth:
    type: oauth2
    scopes: [api, refresh_token]
    credentialSource: ${N('reference', 'vault://secret/data/connectors/salesforce', 'vault path')}
    tokenUrl: ${N('non-secret', 'https://login.salesforce.com/services/oauth2/token', 'token endpoint URL')}
  systems: [salesforce]
  flows:
    - from: salesforce
      to: procurement-agent
      data: [supplier-contact]
      region: eu
  retention: 30d
`);

file('packages/connectors/hubspot/src/hubspot-client.ts', `
  import { Client } from '@hubspot/api-client';

  /**
   * HubSpot private-app client.
   * Legacy API keys (\`?hapikey=${N('placeholder', '<your-hubspot-api-key>', 'placeholder')}\`) were sunset; use a private-app token.
   */
  export const hubspot = new Client({
    accessToken: '${S('hubspot-token', gen.hubspot('na1'), 'private-app token')}',
  });

  export async function upsertSupplier(email: string, company: string) {
    return hubspot.crm.contacts.basicApi.create({ properties: { email, company } });
  }
`);

file('packages/connectors/hubspot/connector.yml', `
  name: hubspot
  owner: team-supplier-crm
  auth:
    type: private-app-token
    scopes: [crm.objects.contacts.read, crm.objects.contacts.write]
    credentialSource: ${N('reference', `arn:aws:secretsmanager:eu-central-1:${awsAccount}:secret:prod/hubspot-token-${rand(6)}`, 'Secrets Manager ARN')}
  retention: 14d
`);

file('packages/connectors/shopify/src/shopify-admin.ts', `
  import '@shopify/shopify-api/adapters/node';
  import { shopifyApi, ApiVersion } from '@shopify/shopify-api';

  export const shopify = shopifyApi({
    apiKey: process.env.SHOPIFY_API_KEY!,
    apiSecretKey: '${S('shopify-token', gen.shopifySecret(), 'app shared secret')}',
    apiVersion: ApiVersion.July24,
    hostName: 'procure-ai.example',
    isEmbeddedApp: false,
  });

  // Custom-app Admin API token for the B2B storefront.
  const ADMIN_TOKEN = '${S('shopify-token', gen.shopifyAdmin(), 'Admin API access token')}';

  export function adminClient(shop: string) {
    return new shopify.clients.Graphql({ session: { shop, accessToken: ADMIN_TOKEN } as never });
  }
`);

file('packages/connectors/stripe/src/billing.ts', `
  import Stripe from 'stripe';

  export const stripe = new Stripe('${S('stripe-secret-key', gen.stripeSecret(), 'live secret key')}', {
    apiVersion: '2024-06-20',
  });

  // Publishable key is shipped to the browser checkout; it is public by design.
  export const STRIPE_PUBLISHABLE_KEY = '${N('publishable-key', gen.stripePublishable(), 'Stripe publishable key')}';

  const endpointSecret = '${S('stripe-webhook-secret', gen.stripeWebhook(), 'webhook signing secret')}';

  export function verifyWebhook(payload: Buffer, signature: string) {
    return stripe.webhooks.constructEvent(payload, signature, endpointSecret);
  }
`);

file('packages/connectors/stripe/src/refunds.ts', `
  import Stripe from 'stripe';

  // Restricted key: refunds:write, charges:read only.
  const refundsClient = new Stripe(process.env.STRIPE_REFUNDS_KEY || '${S('stripe-restricted-key', gen.stripeRestricted(), 'restricted key fallback')}');

  export async function refund(chargeId: string, amountCents: number) {
    return refundsClient.refunds.create({ charge: chargeId, amount: amountCents });
  }

  // From Stripe's docs, used in the local mock server only.
  export const DOCS_TEST_KEY = '${N('documented-example', STRIPE_DOCS_TEST_KEY, "Stripe's documented test-mode example key")}';
`);

file('packages/connectors/stripe/test/billing.spec.ts', `
  import { describe, expect, it, vi } from 'vitest';

  vi.mock('stripe');

  describe('verifyWebhook', () => {
    it('rejects an unsigned payload', async () => {
      process.env.STRIPE_WEBHOOK_SECRET = '${N('placeholder', 'whsec_test_secret', 'test placeholder')}';
      const { verifyWebhook } = await import('../src/billing.js');
      expect(() => verifyWebhook(Buffer.from('{}'), '')).toThrow();
    });
  });
`);

file('packages/connectors/twilio/notify.py', `
  """SMS notifications to suppliers when a PO is approved."""
  import os

  from twilio.rest import Client

  ACCOUNT_SID = "${N('identifier', gen.twilioAccountSid(), 'Twilio account SID (an identifier)')}"
  API_KEY = "${S('twilio-api-key', gen.twilioApiKey(), 'Twilio API key SID')}"
  API_SECRET = "${S('generic-secret', rand(32), 'Twilio API key secret')}"
  # Fallback for the old console-based sender:
  TWILIO_AUTH_TOKEN = "${S('twilio-auth-token', hex(32), 'account auth token')}"

  FROM_NUMBER = os.environ.get("TWILIO_FROM", "+15005550006")


  def client() -> Client:
      return Client(API_KEY, API_SECRET, ACCOUNT_SID)


  def notify(to: str, po_number: str) -> str:
      message = client().messages.create(to=to, from_=FROM_NUMBER, body=f"PO {po_number} approved")
      return message.sid
`);

file('packages/connectors/slack/src/slack-notifier.ts', `
  import { WebClient } from '@slack/web-api';

  /**
   * Posts approval requests to #procurement-approvals.
   * Configure SLACK_BOT_TOKEN (looks like \`${N('placeholder', 'xoxb-your-bot-token', 'placeholder in JSDoc')}\`).
   */
  const slack = new WebClient(process.env.SLACK_BOT_TOKEN ?? '${S('slack-token', gen.slackBot(), 'bot token fallback')}');

  // The user token is needed for search.messages (bots cannot search).
  const searchClient = new WebClient('${S('slack-token', gen.slackUser(), 'user token')}');

  export const WEBHOOK_DOCS_EXAMPLE = '${N('placeholder', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', "Slack's documented webhook placeholder")}';

  export async function requestApproval(channel: string, text: string) {
    await slack.chat.postMessage({ channel, text });
  }

  export async function findThread(query: string) {
    return searchClient.search.messages({ query });
  }
`);

file('packages/connectors/slack/manifest.yml', `
  display_information:
    name: Procure AI
  features:
    bot_user:
      display_name: procure-ai
  oauth_config:
    scopes:
      bot: [chat:write, channels:read]
      user: [search:read]
  settings:
    event_subscriptions:
      request_url: https://procure-ai.example/slack/events
    signing_secret: ${N('reference', '${SLACK_SIGNING_SECRET}', 'variable substitution')}
`);

file('packages/connectors/sendgrid/mailer.py', `
  import os

  from sendgrid import SendGridAPIClient
  from sendgrid.helpers.mail import Mail

  SENDGRID_API_KEY = os.getenv("SENDGRID_API_KEY") or "${S('sendgrid-key', gen.sendgrid(), 'fallback literal')}"
  # Public key that verifies SendGrid's signed event webhook (published in the SendGrid console).
  SENDGRID_WEBHOOK_VERIFICATION_KEY = "${N('public-key', 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + b64(64), 'EC public key (SPKI, base64) assigned to a *_KEY name')}"


  def send_po(to: str, pdf_url: str) -> int:
      message = Mail(
          from_email="procurement@procure-ai.example",
          to_emails=to,
          subject="Purchase order",
          html_content=f'<a href="{pdf_url}">Download your PO</a>',
      )
      return SendGridAPIClient(SENDGRID_API_KEY).send(message).status_code
`);

file('packages/connectors/sendgrid/Dockerfile', `
  FROM python:3.12-slim@${N('hash', decoy.dockerDigest(), 'image digest')}
  WORKDIR /app
  COPY requirements.txt .
  RUN pip install --no-cache-dir -r requirements.txt
  COPY mailer.py .
  ENV SENDGRID_API_KEY=""
  CMD ["python", "-m", "mailer"]
`);

file('packages/connectors/sap-ariba/ariba_client.py', `
  """SAP Ariba Procurement API client (OAuth client-credentials + technical user)."""
  import os

  import requests

  ARIBA_TOKEN_URL = "https://api.eu.cloud.ariba.com/v2/oauth/accesstoken"
  ARIBA_REALM = "procureai-T"
  ARIBA_CLIENT_ID = "${N('uuid', uuid(), 'OAuth client id')}"
  ARIBA_CLIENT_SECRET = os.getenv("ARIBA_CLIENT_SECRET", "${S('generic-secret', rand(32), 'hard-coded getenv default')}")
  ARIBA_API_KEY = "${S('generic-secret', rand(32), 'application key')}"


  def token() -> str:
      resp = requests.post(
          ARIBA_TOKEN_URL,
          data={"grant_type": "client_credentials"},
          auth=(ARIBA_CLIENT_ID, ARIBA_CLIENT_SECRET),
          timeout=10,
      )
      resp.raise_for_status()
      return resp.json()["access_token"]


  def legacy_session():
      # Technical user for the SOAP endpoints that have no OAuth yet.
      s = requests.Session()
      s.auth = ("svc_procure_ai", "${S('hard-coded-password', humanPassword(), 'technical user password in a tuple')}")
      return s
`);

file('packages/connectors/sap-ariba/config.yaml', `
  ariba:
    realm: procureai-T
    region: eu
    token_url: https://api.eu.cloud.ariba.com/v2/oauth/accesstoken
    client_id: ${N('uuid', uuid(), 'OAuth client id')}
    client_secret: ${N('reference', '"{{ vault \'secret/data/ariba#client_secret\' }}"', 'templated vault reference')}
    password_min_length: 12
    token_ttl_seconds: 3600
`);

file('packages/connectors/coupa/src/coupa.ts', `
  import axios from 'axios';

  export const coupa = axios.create({
    baseURL: 'https://procure-ai.coupahost.com/api',
    headers: {
      Accept: 'application/json',
      'X-COUPA-API-KEY': '${S('generic-secret', hex(40), 'Coupa API key in a header literal')}',
    },
    timeout: 15_000,
  });

  export async function openRequisitions() {
    const { data } = await coupa.get('/requisitions', { params: { status: 'pending_approval' } });
    return data;
  }
`);

file('packages/connectors/netsuite/netsuite.py', `
  """NetSuite SuiteTalk REST with token-based auth (OAuth 1.0a)."""
  from requests_oauthlib import OAuth1

  ACCOUNT = "1234567_SB1"
  CONSUMER_KEY = "${N('placeholder', 'CONSUMER_KEY_GOES_HERE', 'placeholder')}"
  CONSUMER_SECRET = "${S('generic-secret', hex(64), 'OAuth1 consumer secret')}"
  TOKEN_ID = "${N('placeholder', 'TOKEN_ID_GOES_HERE', 'placeholder')}"
  TOKEN_SECRET = "${S('generic-secret', hex(64), 'OAuth1 token secret')}"

  auth = OAuth1(
      client_key=CONSUMER_KEY,
      client_secret=CONSUMER_SECRET,
      resource_owner_key=TOKEN_ID,
      resource_owner_secret=TOKEN_SECRET,
      realm=ACCOUNT,
      signature_method="HMAC-SHA256",
  )
`);

file('packages/connectors/github/src/repo-sync.ts', `
  import { Octokit } from '@octokit/rest';

  // Syncs supplier onboarding checklists from the procurement-docs repository.
  const octokit = new Octokit({ auth: '${S('github-token', gen.githubClassic(), 'classic PAT')}' });

  /** Do not use a token like \`${N('placeholder', 'ghp_' + 'x'.repeat(36), 'x-ed placeholder')}\` here; use the GitHub App. */
  export async function checklist(path: string) {
    const { data } = await octokit.repos.getContent({ owner: 'procure-ai', repo: 'procurement-docs', path });
    return data;
  }
`);

file('packages/connectors/azure-blob/src/blob-store.ts', `
  import { BlobServiceClient } from '@azure/storage-blob';

  const PROD_CONNECTION =
    'DefaultEndpointsProtocol=https;AccountName=procureaidocs;AccountKey=${S('azure-storage-key', gen.azureStorageKey(), 'AccountKey in a connection string; the label covers the key')};EndpointSuffix=core.windows.net';

  // Azurite emulator: Microsoft's published development account key, not a secret.
  const DEV_CONNECTION =
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${N('documented-example', AZURITE_KEY, "Azurite's published development key")};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';

  export const blobs = BlobServiceClient.fromConnectionString(
    process.env.NODE_ENV === 'production' ? PROD_CONNECTION : DEV_CONNECTION,
  );

  export const LOCAL_SHORTCUT = '${N('local-dev-default', 'UseDevelopmentStorage=true', 'emulator shortcut')}';
`);

file('packages/connectors/azure-blob/local.settings.json', `
  {
    "IsEncrypted": false,
    "Values": {
      "FUNCTIONS_WORKER_RUNTIME": "node",
      "AzureWebJobsStorage": "UseDevelopmentStorage=true",
      "ServiceBusConnection": "Endpoint=sb://procure-ai-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${S('azure-connection-string', gen.azureSasKey(), 'Service Bus SharedAccessKey; the label covers the key')}",
      "OrdersQueue": "po-approved"
    }
  }
`);

// ----- services/procurement-agent (Python) ---------------------------------------

const dotenvPath = 'services/procurement-agent/.env';
file(dotenvPath, `
  # procurement-agent local settings (do not commit!)
  APP_ENV=staging
  OPENAI_API_KEY=${S('openai-key', gen.openaiServiceAccount(), 'service-account key in committed .env')}
  DATABASE_URL=postgresql://procure_app:${S('database-url', urlPassword(), "postgresql URL password with '.' and '~'")}@procure-staging.cluster-c8x1.eu-central-1.rds.amazonaws.com:5432/procurement
  REDIS_URL=rediss://default:${S('database-url', rand(32), 'rediss URL password')}@eu1-tidy-owl-38211.upstash.io:6379
  JWT_SECRET=${S('jwt-signing-secret', rand(48), 'HMAC signing secret')}
  HUBSPOT_TOKEN=${S('hubspot-token', gen.hubspot('eu1'), 'EU private-app token')}
  LOG_LEVEL=info
`, { fileLabels: [{ category: 'committed-dotenv', secret: true, note: 'a committed .env is itself a finding' }] });

file('services/procurement-agent/Dockerfile', `
  FROM python:3.12-slim@${N('hash', decoy.dockerDigest(), 'image digest')} AS base
  ARG PIP_INDEX_URL=https://pypi.org/simple
  ARG NPM_TOKEN=${S('npm-token', gen.npmToken(), 'ARG default')}
  ENV PYTHONDONTWRITEBYTECODE=1 \\
      PYTHONUNBUFFERED=1
  ENV ANTHROPIC_API_KEY ${S('anthropic-key', gen.anthropic(), 'legacy ENV syntax')}
  ENV OPENAI_API_KEY=""
  WORKDIR /srv
  COPY requirements.txt .
  RUN pip install --require-hashes -r requirements.txt
  COPY app ./app
  USER 10001
  CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]
`);

file('services/procurement-agent/requirements.txt', `
  anthropic==0.34.2 \\
      --hash=sha256:${N('hash', decoy.sha256(), 'pip hash')}
  fastapi==0.112.2 \\
      --hash=sha256:${N('hash', decoy.sha256(), 'pip hash')}
  psycopg2-binary==2.9.9 \\
      --hash=sha256:${N('hash', decoy.sha256(), 'pip hash')}
  pyjwt==2.9.0 \\
      --hash=sha256:${decoy.sha256()}
  redis==5.0.8 \\
      --hash=sha256:${decoy.sha256()}
`);

file('services/procurement-agent/alembic.ini', `
  [alembic]
  script_location = migrations
  # Overridden from DATABASE_URL in env.py; this is alembic's template value.
  sqlalchemy.url = ${N('placeholder', 'driver://user:pass@localhost/dbname', "alembic's template URL")}

  [loggers]
  keys = root,sqlalchemy,alembic
`);

file('services/procurement-agent/app/__init__.py', `
  """Procurement agent service."""
`);

file('services/procurement-agent/app/settings.py', `
  import os

  from pydantic_settings import BaseSettings


  class Settings(BaseSettings):
      app_env: str = "development"
      openai_api_key: str = ${N('reference', 'os.environ["OPENAI_API_KEY"]', 'environment reference')}
      anthropic_api_key: str = ${N('reference', 'os.getenv("ANTHROPIC_API_KEY", "")', 'environment reference')}
      session_secret: str = "${N('placeholder', 'changeme', 'placeholder default')}"
      langsmith_api_key: str = "${S('generic-secret', gen.langsmith(), 'LangSmith key as a field default')}"
      hf_token: str = "${S('generic-secret', gen.huggingface(), 'Hugging Face token as a field default')}"
      max_tokens: int = 4096
      tokenizer_name: str = "cl100k_base"

      class Config:
          env_file = ".env"


  settings = Settings()
`);

file('services/procurement-agent/app/db.py', `
  import os

  from sqlalchemy import create_engine

  # Reporting replica; read-only role.
  REPLICA_URL = "postgresql+psycopg2://reporting_ro:${S('database-url', urlPassword(20), 'postgresql+psycopg2 URL password')}@procure-replica.internal:5432/procurement"

  engine = create_engine(os.environ.get("DATABASE_URL", "${N('local-dev-default', 'postgresql+psycopg2://postgres:postgres@localhost:5432/procurement', 'local database default')}"))
  replica = create_engine(REPLICA_URL, pool_pre_ping=True)
`);

file('services/procurement-agent/app/queue.py', `
  import pika

  # Amazon MQ broker for PO events.
  BROKER_URL = "amqps://po_events:${S('database-url', urlPassword(), 'amqps URL password')}@b-4f1c2e9a-1d2b.mq.eu-central-1.amazonaws.com:5671/procure"
  LOCAL_BROKER_URL = "${N('local-dev-default', 'amqp://guest:guest@localhost:5672/%2F', 'RabbitMQ defaults on localhost')}"


  def channel(url: str = BROKER_URL):
      connection = pika.BlockingConnection(pika.URLParameters(url))
      ch = connection.channel()
      ch.queue_declare(queue="po.approved", durable=True)
      return ch
`);

file('services/procurement-agent/app/cache.py', `
  import redis

  # Quote cache (TTL 15 min).
  cache = redis.Redis.from_url("redis://:${S('database-url', rand(28), 'redis URL with password only')}@quotes-cache.c8x1.euc1.cache.amazonaws.com:6379/2")
  local_cache = redis.Redis.from_url("${N('local-dev-default', 'redis://localhost:6379', 'local Redis')}")

  QUOTE_TTL_SECONDS = 900
`);

file('services/procurement-agent/app/vector_store.py', `
  from pinecone import Pinecone
  from qdrant_client import QdrantClient

  pc = Pinecone(api_key="${S('generic-secret', gen.pinecone(), 'Pinecone key as a keyword argument')}")
  catalogue_index = pc.Index("supplier-catalogue")

  qdrant = QdrantClient(
      url="https://7f3c1e2a-9b1d-4c51-a8d0-2f6e1c9b3a77.eu-central-1-0.aws.cloud.qdrant.io:6333",
      api_key="${S('generic-secret', rand(54, B64URL), 'Qdrant Cloud key')}",
  )

  weaviate_url = "http://localhost:8080"
  COLLECTION_ID = "${N('uuid', uuid(), 'collection id')}"
`);

file('services/procurement-agent/app/auth.py', `
  import datetime as dt

  import jwt

  JWT_SECRET = "${S('jwt-signing-secret', hex(64), 'HS256 signing secret')}"
  JWT_ALGORITHM = "HS256"

  # Example token from jwt.io used in the API docs:
  EXAMPLE_TOKEN = "${N('documented-example', JWT_IO_SAMPLE, "jwt.io's sample token")}"


  def issue(subject: str) -> str:
      now = dt.datetime.now(dt.timezone.utc)
      return jwt.encode({"sub": subject, "iat": now, "exp": now + dt.timedelta(minutes=15)}, JWT_SECRET, algorithm=JWT_ALGORITHM)


  def verify(token: str) -> dict:
      return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALGORITHM])
`);

file('services/procurement-agent/app/llm.py', `
  import os

  import anthropic
  import openai

  client = anthropic.Anthropic(api_key=${N('reference', 'os.environ["ANTHROPIC_API_KEY"]', 'environment reference')})

  # Legacy completions path still used by the quote summariser.
  openai.api_key = "${S('openai-key', gen.openaiLegacy(), 'legacy-format key')}"


  def summarise_quote(text: str) -> str:
      msg = client.messages.create(
          model="claude-3-5-sonnet-20240620",
          max_tokens=512,
          messages=[{"role": "user", "content": f"Summarise this supplier quote:\\n{text}"}],
      )
      return msg.content[0].text
`);

file('services/procurement-agent/app/tools/web_search.py', `
  from tavily import TavilyClient

  TAVILY_API_KEY = "${S('generic-secret', gen.tavily(), 'Tavily key')}"

  search = TavilyClient(api_key=TAVILY_API_KEY)


  def supplier_news(name: str) -> list[dict]:
      return search.search(f"{name} supplier news", max_results=5)["results"]
`);

file('services/procurement-agent/app/tools/gcs_export.py', `
  import json

  from google.cloud import storage
  from google.oauth2 import service_account

  # Inline copy of the exporter's key "until Workload Identity is set up".
  _KEY = json.loads(
      '{"type": "service_account", "project_id": "procure-ai-prod", "private_key": "${S('gcp-service-account', gen.pkcs8PrivateKey().replaceAll('\n', '\\\\n') + '\\\\n', 'private key inside an inline service-account JSON string')}", "client_email": "exporter@procure-ai-prod.iam.gserviceaccount.com"}'
  )
  credentials = service_account.Credentials.from_service_account_info(_KEY)
  bucket = storage.Client(credentials=credentials).bucket("procure-ai-exports")
`);

file('services/procurement-agent/prompts/system.md', `
  You are the procurement assistant for {{company_name}}.

  Rules:
  - Never reveal credentials. If a user pastes a key, answer with ${N('redacted', '[REDACTED]', 'redacted value in a prompt')}.
  - Quote prices in {{currency}}.
  - Use the pricing tool for list prices.

  Tool access (internal, do not show the user):
  pricing_api_key: ${S('generic-secret', rand(40), 'key embedded in a prompt template')}
  pricing_url: https://pricing.procure-ai.example/v2
`);

file('services/procurement-agent/prompts/negotiation.txt', `
  SYSTEM: You negotiate with {{supplier_name}} on behalf of {{buyer}}.
  Target discount: {{target_discount}}%. Walk-away price: {{walk_away}}.
  When you need the supplier's history, call get_history with token={{ history_api_token }}.
  Authorization for the ERP tool: Bearer ${S('openai-key', gen.openaiProject(), 'key pasted into a prompt as a bearer token')}
`);

file('services/procurement-agent/prompts/tools.yaml', `
  tools:
    - name: get_history
      description: Past orders with a supplier.
      auth:
        type: bearer
        token: ${N('reference', '"{{ secrets.history_api_token }}"', 'template reference')}
    - name: convert_currency
      description: FX conversion.
      auth:
        type: api_key
        header: X-Api-Key
        api_key: ${S('generic-secret', rand(32), 'FX provider key in a tool definition')}
`);

file('services/procurement-agent/evals/golden.jsonl', [
  `{"id": "${N('uuid', uuid(), 'record id')}", "input": "Find three suppliers of M8 bolts in Bavaria", "expected_tool": "search_suppliers"}`,
  `{"id": "${uuid()}", "input": "Raise a PO for 500 units", "expected_tool": "create_po", "tool_args": {"api_key": "${N('redacted', '***REDACTED***', 'redacted in a fixture')}"}}`,
  `{"id": "${uuid()}", "input": "What did we pay Acme last quarter?", "expected_tool": "get_history", "tool_args": {"supplier": "acme", "authorization": "Bearer ${S('anthropic-key', gen.anthropic(), 'key captured in a recorded tool call')}"}}`,
  `{"id": "${uuid()}", "input": "Summarise quote Q-1182", "expected_tool": "summarise_quote", "trace_id": "${N('hash', hex(32), 'trace id')}"}`,
  `{"id": "${uuid()}", "input": "Cancel PO 4471", "expected_tool": "cancel_po", "tool_args": {"stripe_key": "${S('stripe-secret-key', gen.stripeSecret(), 'live key in a recorded tool call')}"}}`,
].join('\n') + '\n', { raw: true });

file('services/procurement-agent/tests/conftest.py', `
  import os

  import pytest

  os.environ.setdefault("DATABASE_URL", "${N('local-dev-default', 'postgresql://postgres:postgres@localhost:5432/procurement_test', 'local test database')}")
  os.environ.setdefault("OPENAI_API_KEY", "${N('placeholder', 'test-key', 'test placeholder')}")
  os.environ.setdefault("JWT_SECRET", "${N('placeholder', 'dummy', 'test placeholder')}")


  @pytest.fixture
  def supplier():
      return {"id": "${N('uuid', uuid(), 'fixture id')}", "name": "Acme Fasteners GmbH"}
`);

// ----- services/supplier-sync (Node) ------------------------------------------------

file('services/supplier-sync/package.json', `
  {
    "name": "@procure-ai/supplier-sync",
    "version": "0.4.1",
    "type": "module",
    "dependencies": { "mongodb": "^6.8.0", "mysql2": "^3.11.0", "kafkajs": "^2.2.4", "config": "^3.3.12" }
  }
`);

file('services/supplier-sync/src/index.ts', `
  import config from 'config';
  import { suppliers } from './mongo.js';
  import { erpVendors } from './erp-mysql.js';

  const BATCH = config.get<number>('sync.batchSize');

  export async function run() {
    const vendors = await erpVendors(BATCH);
    const col = await suppliers();
    for (const v of vendors) await col.updateOne({ erpId: v.id }, { $set: v }, { upsert: true });
    console.log(\`synced \${vendors.length} vendors\`);
  }
`);

file('services/supplier-sync/src/mongo.ts', `
  import { MongoClient } from 'mongodb';

  const uri =
    process.env.MONGO_URI ??
    'mongodb+srv://sync_writer:${S('database-url', urlPassword(), 'mongodb+srv password')}@procure-prod.x7kqz.mongodb.net/suppliers?retryWrites=true&w=majority';

  const LOCAL_URI = '${N('local-dev-default', 'mongodb://localhost:27017/suppliers', 'local Mongo, no credentials')}';

  export async function suppliers() {
    const client = await MongoClient.connect(process.env.CI ? LOCAL_URI : uri);
    return client.db().collection('suppliers');
  }
`);

file('services/supplier-sync/src/erp-mysql.ts', `
  import mysql from 'mysql2/promise';

  const pool = mysql.createPool('mysql://erp_reader:${S('database-url', urlPassword(16), 'mysql URL password')}@erp-db.internal:3306/erp');

  export async function erpVendors(limit: number) {
    const [rows] = await pool.query('SELECT id, name, vat_id FROM vendors ORDER BY id LIMIT ?', [limit]);
    return rows as { id: number; name: string; vat_id: string }[];
  }
`);

file('services/supplier-sync/src/kafka.ts', `
  import { Kafka } from 'kafkajs';

  export const kafka = new Kafka({
    clientId: 'supplier-sync',
    brokers: ['pkc-z9doz.eu-central-1.aws.confluent.cloud:9092'],
    ssl: true,
    sasl: {
      mechanism: 'plain',
      username: '${rand(16, UPPER + DIGITS)}',
      password: '${S('generic-secret', rand(64, ALNUM + '+/'), 'Confluent API secret as SASL password')}',
    },
  });
`);

file('services/supplier-sync/src/webhooks.ts', `
  import jwt from 'jsonwebtoken';

  // Signs callbacks to supplier portals (HS256, 10 minutes).
  const SIGNING_KEY = '${S('jwt-signing-secret', b64(48), 'HS256 key for jsonwebtoken')}';

  export function signCallback(claims: Record<string, unknown>): string {
    return jwt.sign(claims, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '10m' });
  }
`);

file('services/supplier-sync/config/default.json', `
  {
    "sync": { "batchSize": 500, "schedule": "*/15 * * * *" },
    "mongo": { "uri": "${N('reference', '${MONGO_URI}', 'variable substitution')}" },
    "erp": { "password": "${N('placeholder', '<password>', 'placeholder')}" },
    "datadog": { "apiKey": "${N('placeholder', 'your-api-key-here', 'placeholder')}" }
  }
`);

file('services/supplier-sync/config/production.json', `
  {
    "sync": { "batchSize": 2000 },
    "erp": { "user": "erp_reader", "password": "${S('hard-coded-password', humanPassword(), 'password in JSON config')}" },
    "datadog": {
      "apiKey": "${S('generic-secret', hex(32), 'Datadog API key')}",
      "appKey": "${S('generic-secret', hex(40), 'Datadog application key')}"
    },
    "webhookSigningSecret": "${S('generic-secret', b64(32), 'base64 signing secret')}"
  }
`);

file('services/supplier-sync/config/custom-environment-variables.json', `
  {
    "mongo": { "uri": "MONGO_URI" },
    "erp": { "password": "${N('reference', 'ERP_DB_PASSWORD', 'name of an environment variable')}" },
    "datadog": { "apiKey": "DD_API_KEY" }
  }
`);

file('services/supplier-sync/Dockerfile', `
  FROM node:20-alpine
  ARG NPM_TOKEN
  WORKDIR /app
  COPY package*.json .npmrc ./
  RUN npm ci --omit=dev
  COPY build ./build
  ENV NODE_ENV=production
  ENV DD_API_KEY=${N('reference', '${DD_API_KEY}', 'build-time substitution')}
  CMD ["node", "build/index.js"]
`);

// ----- deploy: Kubernetes, Helm, Terraform, keys --------------------------------------

const b64s = (s) => Buffer.from(s).toString('base64');
file('deploy/k8s/secret.yaml', `
  apiVersion: v1
  kind: Secret
  metadata:
    name: procurement-agent
    namespace: procure-ai
  type: Opaque
  data:
    OPENAI_API_KEY: ${S('k8s-secret-data', b64s(gen.openaiProject()), 'base64 of an OpenAI key')}
    DATABASE_PASSWORD: ${S('k8s-secret-data', b64s(urlPassword(22)), 'base64 of a database password')}
    STRIPE_WEBHOOK_SECRET: ${S('k8s-secret-data', b64s(gen.stripeWebhook()), 'base64 of a webhook secret')}
  stringData:
    SAP_CLIENT_SECRET: ${S('generic-secret', rand(40), 'plaintext stringData value')}
`);

file('deploy/k8s/configmap.yaml', `
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: procurement-agent-config
    namespace: procure-ai
  data:
    LOG_LEVEL: info
    REDIS_URL: ${N('local-dev-default', 'redis://redis.procure-ai.svc:6379/0', 'in-cluster Redis without a password')}
    OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector.observability:4317
    MAX_TOKENS: "4096"
    VAULT_SECRET_PATH: ${N('reference', 'kv/data/procure-ai/agent', 'vault path')}
    ca.crt: |
      ${N('certificate', decoy.certificatePem().replaceAll('\n', '\n    '), 'public CA certificate')}
`);

file('deploy/k8s/deployment.yaml', `
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: procurement-agent
    namespace: procure-ai
  spec:
    replicas: 2
    selector:
      matchLabels: { app: procurement-agent }
    template:
      metadata:
        labels: { app: procurement-agent }
      spec:
        containers:
          - name: agent
            image: ghcr.io/procure-ai/agent@${N('hash', decoy.dockerDigest(), 'image digest')}
            env:
              - name: OPENAI_API_KEY
                valueFrom:
                  secretKeyRef: { name: procurement-agent, key: ${N('reference', 'OPENAI_API_KEY', 'secretKeyRef key name')} }
              - name: AUTH_HEADER
                value: ${N('reference', '"Bearer $(OPENAI_API_KEY)"', 'Kubernetes env expansion')}
              - name: ANTHROPIC_API_KEY
                value: "${S('anthropic-key', gen.anthropic(), 'name and value on separate lines')}"
              - name: SAP_CLIENT_SECRET
                value: "${S('generic-secret', hex(40), 'generic value, name on the line above')}"
            envFrom:
              - configMapRef: { name: procurement-agent-config }
`);

file('deploy/k8s/sealed-secret.yaml', `
  apiVersion: bitnami.com/v1alpha1
  kind: SealedSecret
  metadata:
    name: supplier-sync
    namespace: procure-ai
  spec:
    encryptedData:
      MONGO_URI: ${N('encrypted', decoy.sealed(), 'sealed-secrets ciphertext, safe to commit')}
      DD_API_KEY: ${N('encrypted', decoy.sealed(), 'sealed-secrets ciphertext, safe to commit')}
`);

file('deploy/helm/procure-ai/values.yaml', `
  image:
    repository: ghcr.io/procure-ai/agent
    tag: "0.9.0"
  secrets:
    existingSecret: ${N('reference', 'procurement-agent', 'name of an existing Secret')}
    openaiApiKey: ""
  redis:
    enabled: true
    auth:
      enabled: true
      password: "${S('hard-coded-password', urlPassword(24), 'Redis password in chart values')}"
  postgresql:
    auth:
      username: procure_app
      existingSecret: procurement-db
      secretKeys:
        userPasswordKey: ${N('reference', 'password', 'key name inside a Secret')}
`);

file('deploy/helm/procure-ai/templates/secret.yaml', `
  apiVersion: v1
  kind: Secret
  metadata:
    name: {{ include "procure-ai.fullname" . }}
  type: Opaque
  stringData:
    OPENAI_API_KEY: ${N('reference', '{{ .Values.secrets.openaiApiKey | quote }}', 'Helm template reference')}
`);

file('deploy/helm/procure-ai/values-prod.enc.yaml', `
  secrets:
    openaiApiKey: ${N('encrypted', decoy.sops(), 'SOPS-encrypted value')}
    stripeSecretKey: ${N('encrypted', decoy.sops(), 'SOPS-encrypted value')}
  sops:
    kms:
      - arn: arn:aws:kms:eu-central-1:${awsAccount}:key/${uuid()}
    lastmodified: "2024-08-29T09:12:44Z"
    mac: ${N('encrypted', decoy.sops(), 'SOPS MAC')}
    version: 3.9.0
`);

file('deploy/terraform/main.tf', `
  terraform {
    required_providers {
      aws = { source = "hashicorp/aws", version = "~> 5.60" }
    }
  }

  provider "aws" {
    region     = "eu-central-1"
    access_key = "${S('aws-access-key-id', gen.awsKeyId(), 'static key in provider block')}"
    secret_key = "${S('aws-secret-access-key', gen.awsSecret(), 'static key in provider block')}"
  }

  data "aws_secretsmanager_secret_version" "openai" {
    secret_id = "${N('reference', `arn:aws:secretsmanager:eu-central-1:${awsAccount}:secret:prod/openai-${rand(6)}`, 'Secrets Manager ARN')}"
  }

  resource "aws_db_instance" "procurement" {
    identifier        = "procure-prod"
    engine            = "postgres"
    instance_class    = "db.t4g.medium"
    username          = "procure_admin"
    password          = "${S('hard-coded-password', humanPassword(), 'database master password in Terraform')}"
    allocated_storage = 50
  }
`);

file('deploy/aws/credentials', `
  [default]
  region = eu-central-1
  output = json

  [procure-bedrock-debug]
  aws_access_key_id = ${S('aws-access-key-id', gen.awsTempKeyId(), 'shared-credentials file')}
  aws_secret_access_key = ${S('aws-secret-access-key', gen.awsSecret(), 'shared-credentials file')}
  aws_session_token = ${S('aws-session-token', gen.awsSessionToken(), 'shared-credentials file')}

  [procure-sso]
  sso_session = procure
  sso_account_id = ${awsAccount}
  sso_role_name = ${N('non-secret', 'BedrockInvoke', 'role name')}
`);

file('deploy/terraform/variables.tf', `
  variable "hubspot_token" {
    type      = string
    sensitive = true
    default   = "${N('placeholder', 'REPLACE_ME', 'placeholder default')}"
  }

  variable "db_password" {
    type      = string
    sensitive = true
  }

  variable "kms_key_checksum" {
    type    = string
    default = "${N('hash', decoy.sha256(), 'sha256 checksum')}"
  }
`);

file('deploy/ssh/deploy_key', `${S('private-key', gen.opensshPrivateKey(), 'OpenSSH private key file')}\n`, { raw: true });
file('deploy/ssh/deploy_key.pub', `${N('public-key', decoy.sshRsaPublic('deploy@procure-ai'), 'SSH public key')}\n`, { raw: true });

file('deploy/certs/jwt-signing.pem', `${S('private-key', gen.rsaPrivateKey(), 'RSA private key (PKCS#1)')}\n`, { raw: true });
file('deploy/certs/jwt-signing.pub.pem', `${N('public-key', decoy.publicKeyPem(), 'PEM public key')}\n`, { raw: true });
file('deploy/certs/webhook-signer.key', `${S('private-key', gen.ecPrivateKey(), 'EC private key')}\n`, { raw: true });

const gcpKeyId = hex(40);
file('deploy/gcp/vertex-sa.json', `
  {
    "type": "service_account",
    "project_id": "procure-ai-vertex",
    "private_key_id": "${N('identifier', gcpKeyId, 'key id, not the key')}",
    "private_key": "${S('gcp-service-account', gen.pkcs8PrivateKey().replaceAll('\n', '\\n') + '\\n', 'service-account JSON private_key')}",
    "client_email": "vertex-caller@procure-ai-vertex.iam.gserviceaccount.com",
    "client_id": "${digits(21)}",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/vertex-caller%40procure-ai-vertex.iam.gserviceaccount.com"
  }
`);

file('deploy/cloud-init/bastion.yaml', `
  #cloud-config
  users:
    - name: ops
      groups: [sudo]
      shell: /bin/bash
      ssh_authorized_keys:
        - ${N('public-key', decoy.sshRsaPublic('ops@laptop'), 'authorized SSH public key')}
  chpasswd:
    expire: false
    users:
      - name: ops
        password: ${S('hard-coded-password', humanPassword(), 'console password in cloud-init')}
        type: text
`);

// ----- notebooks --------------------------------------------------------------------

const notebook = (cells) =>
  JSON.stringify(
    {
      cells: cells.map(([type, lines, outputs]) =>
        type === 'code'
          ? { cell_type: 'code', execution_count: null, metadata: {}, outputs: outputs ?? [], source: lines }
          : { cell_type: 'markdown', metadata: {}, source: lines },
      ),
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python', version: '3.12.4' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  ) + '\n';

file('notebooks/rag-eval.ipynb', notebook([
  ['markdown', ['# RAG evaluation on the supplier catalogue\n', 'Compares retrieval with and without reranking.']],
  ['code', ['import os\n', 'import anthropic\n', '\n', `client = anthropic.Anthropic(api_key="${S('anthropic-key', gen.anthropic(), 'key in a notebook cell')}")`]],
  ['code', [`openai_key = ${N('reference', 'os.environ["OPENAI_API_KEY"]', 'environment reference')}\n`, 'print(openai_key[:4] + "...")'], [
    { name: 'stdout', output_type: 'stream', text: [`${N('redacted', 'sk-p...', 'truncated output')}\n`] },
  ]],
  ['code', ['from pinecone import Pinecone\n', `pc = Pinecone(api_key=${N('reference', 'os.getenv("PINECONE_API_KEY")', 'environment reference')})\n`, 'index = pc.Index("supplier-catalogue")']],
]), { raw: true });

file('notebooks/hubspot-explore.ipynb', notebook([
  ['markdown', ['## Exploring HubSpot supplier contacts']],
  ['code', ['from getpass import getpass\n', `token = ${N('reference', 'getpass("HubSpot token: ")', 'interactive prompt')}`]],
  ['code', ['import requests\n', `HUBSPOT_TOKEN = "${S('hubspot-token', gen.hubspot('na1'), 'token pasted into a cell')}"\n`, 'r = requests.get("https://api.hubapi.com/crm/v3/objects/contacts", headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"})\n', 'r.json()["results"][:3]']],
  ['code', [`GEMINI_API_KEY = "${S('google-api-key', gen.googleApiKey(), 'Google API key in a cell')}"`]],
]), { raw: true });

// ----- scripts ----------------------------------------------------------------------

file('scripts/rotate-keys.sh', `
  #!/usr/bin/env bash
  # Rotates connector credentials stored in Secrets Manager.
  set -euo pipefail

  SECRET_ARN="${N('reference', `arn:aws:secretsmanager:eu-central-1:${awsAccount}:secret:prod/connectors-${rand(6)}`, 'Secrets Manager ARN')}"
  aws secretsmanager get-secret-value --secret-id "$SECRET_ARN" --query SecretString --output text > /tmp/connectors.json

  export PGPASSWORD='${S('hard-coded-password', urlPassword(20), 'PGPASSWORD export')}'
  psql -h procure-prod.internal -U procure_admin -c "select rotate_connector_keys();"

  curl -sf -H "Authorization: Bearer ${N('reference', '${HUBSPOT_TOKEN}', 'shell variable')}" https://api.hubapi.com/account-info/v3/details
  export STRIPE_API_KEY=${S('stripe-restricted-key', gen.stripeRestricted(), 'restricted key exported in a script')}
`);

file('scripts/seed_vector_store.py', `
  """Embeds supplier catalogue PDFs and upserts them into Pinecone."""
  import os

  import cohere

  COHERE_API_KEY = "${S('generic-secret', rand(40), 'Cohere key')}"
  co = cohere.Client(COHERE_API_KEY)

  PINECONE_API_KEY = os.environ["PINECONE_API_KEY"]
  EMBED_MODEL = "embed-multilingual-v3.0"
  DOC_CHECKSUM = "${N('hash', decoy.sha256(), 'sha256 of a document')}"
`);

file('scripts/backfill-orders.ts', `
  import { stripe } from '../packages/connectors/stripe/src/billing.js';

  // One-off: backfill orders created during the 2024-08 outage.
  const SLACK_ALERTS = 'https://hooks.slack.com/services/${gen.slackWebhookPath()}${S('slack-webhook', rand(24), 'incoming webhook; the label covers the secret path segment')}';
  const IDEMPOTENCY_PREFIX = '${N('uuid', uuid(), 'idempotency key prefix')}';

  for await (const charge of stripe.charges.list({ created: { gte: 1722470400 } })) {
    await fetch(SLACK_ALERTS, { method: 'POST', body: JSON.stringify({ text: \`backfilled \${charge.id}\` }) });
  }
`);

file('scripts/mongo-init.js', `
  // Runs once when the analytics Mongo is created.
  db = db.getSiblingDB('analytics');
  db.createUser({
    user: 'analytics_writer',
    pwd: '${S('hard-coded-password', humanPassword(), 'password in a Mongo init script')}',
    roles: [{ role: 'readWrite', db: 'analytics' }],
  });
`);

file('scripts/github-release.sh', `
  #!/usr/bin/env bash
  set -euo pipefail
  # Token of the release bot (classic PAT, repo scope).
  GITHUB_TOKEN=${S('github-token', gen.githubClassic(), 'classic PAT in a shell script')}
  gh release create "v$1" --notes-file CHANGELOG.md
`);

// ----- docs -----------------------------------------------------------------------------

file('docs/runbook.md', `
  # On-call runbook

  ## LLM usage spike

  Check spend with the admin API (admin key is in 1Password, "Anthropic admin"):

  \`\`\`bash
  curl https://api.anthropic.com/v1/organizations/usage_report/messages \\
    -H "x-api-key: ${N('reference', '${ANTHROPIC_ADMIN_KEY}', 'shell variable')}" -H "anthropic-version: 2023-06-01"
  \`\`\`

  Last incident's call, kept for reference:

  \`\`\`bash
  curl https://api.anthropic.com/v1/organizations/api_keys -H "x-api-key: ${S('anthropic-admin-key', gen.anthropicAdmin(), 'admin key pasted into a runbook')}"
  \`\`\`

  ## Database access

  Connect with \`psql ${N('placeholder', 'postgres://USER:PASSWORD@HOST:5432/procurement', 'placeholder URL')}\`; credentials are at
  ${N('reference', 'vault kv get secret/procure-ai/db', 'vault command')}. The role ARN is
  ${N('reference', `arn:aws:iam::${awsAccount}:role/oncall-db`, 'IAM role ARN')}.

  ## Stripe

  Webhook signing secrets look like ${N('placeholder', 'whsec_...', 'elided')} and live in Vault.
`);

file('docs/connectors.md', `
  # Writing a connector

  1. Create \`connectors/<name>/connector.yml\`.
  2. Put credentials in Vault, never in code. Examples of what **not** to commit:

  | Provider | Looks like |
  |----------|------------|
  | GitHub   | ${N('placeholder', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'x-ed placeholder')} |
  | Slack    | ${N('placeholder', 'xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx', 'zeroed placeholder')} |
  | Postgres | ${N('placeholder', 'postgresql://<user>:<password>@<host>/<db>', 'placeholder URL')} |
  | OpenAI   | ${N('placeholder', 'sk-proj-****************', 'masked placeholder')} |

  3. Reference secrets in workflows as \`${N('reference', GH('HUBSPOT_TOKEN'), 'Actions secret reference')}\`.

  Example client:

  \`\`\`python
  client = Client(api_key=${N('reference', 'os.environ["HUBSPOT_TOKEN"]', 'environment reference')})
  \`\`\`
`);

file('docs/architecture.md', `
  # Architecture

  \`\`\`mermaid
  flowchart LR
    agent[procurement-agent] --> gateway[llm-gateway]
    gateway --> openai[(OpenAI)]
    gateway --> anthropic[(Anthropic)]
    gateway --> bedrock[(Bedrock eu-central-1)]
    agent --> ariba[SAP Ariba]
    agent --> pg[(Postgres)]
  \`\`\`

  The signing public key for agent-issued tokens is published at /.well-known/jwks.json;
  its fingerprint is ${N('hash', 'SHA256:' + b64(32).replace(/=+$/, ''), 'SSH-style key fingerprint')}.
`);

// ---------------------------------------------------------------------------
// Write or check.

for (const id of marks.keys()) if (!usedMarks.has(id)) throw new Error(`mark ${id} (${marks.get(id).category}) was never placed`);

labels.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
const seen = new Map();
for (const l of labels) {
  if (!l.secret || l.category === 'committed-dotenv') continue;
  const key = `${l.path}:${l.line}`;
  if (seen.has(key)) throw new Error(`two planted secrets on ${key}`);
  seen.set(key, l);
}
const labelsText = JSON.stringify(labels, null, 2) + '\n';

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  try {
    walk(dir);
  } catch {
    return [];
  }
  return out.sort();
}

if (process.argv.includes('--check')) {
  const problems = [];
  const onDisk = listFiles(OUT_DIR);
  for (const p of onDisk) if (!files.has(p)) problems.push(`extra file: ${p}`);
  for (const [p, text] of files) {
    let disk;
    try {
      disk = readFileSync(join(OUT_DIR, p), 'utf8');
    } catch {
      problems.push(`missing file: ${p}`);
      continue;
    }
    if (disk !== text) problems.push(`differs: ${p}`);
  }
  let diskLabels = '';
  try {
    diskLabels = readFileSync(LABELS_FILE, 'utf8');
  } catch {
    /* reported below */
  }
  if (diskLabels !== labelsText) problems.push('differs: labels.json');
  if (problems.length > 0) {
    console.error(`The held-out corpus is out of date; run node test/corpus/holdout/generate.mjs\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`corpus up to date: ${files.size} files, ${labels.length} labels`);
} else {
  rmSync(OUT_DIR, { recursive: true, force: true });
  for (const [p, text] of files) {
    const full = join(OUT_DIR, p);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  writeFileSync(LABELS_FILE, labelsText);
  const count = (pred) => labels.filter(pred).length;
  const byCategory = new Map();
  for (const l of labels) {
    const key = `${l.secret ? 'secret' : 'decoy '} ${l.category}`;
    byCategory.set(key, (byCategory.get(key) ?? 0) + 1);
  }
  console.log(`wrote ${files.size} files, ${count((l) => l.secret)} secret labels, ${count((l) => !l.secret)} decoy labels`);
  for (const [k, n] of [...byCategory].sort()) console.log(`  ${k.padEnd(40)} ${n}`);
}

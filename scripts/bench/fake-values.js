// The values the corpus generator plants: FAKE secrets of the shapes real ones have
// (vendor prefixes, lengths, alphabets, checksums) drawn from a seeded random source,
// and the look-alikes that are NOT secrets (placeholders, references, documented
// example keys, hashes, ids, public keys, local-development defaults).
//
// Prefixes are assembled from pieces so that this file does not itself look like it
// holds a credential to a scanner or to GitHub push protection.

import { ALNUM, BASE64, BASE64URL, DIGITS, HEX, LOWER, UPPER } from './create-random.js';

const AWS_ID = UPPER + '234567';
const dash = '-'.repeat(5);
/** PEM armour lines, e.g. pem('BEGIN', 'EC PRIVATE KEY'). */
const pem = (edge, label) => `${dash}${edge} ${label}${dash}`;

/** Lines of a PEM body: `first` then random base64, `width` per line. */
function pemBody(r, first, totalChars, width = 64) {
  const body = first + r.chars(totalChars - first.length, BASE64);
  const lines = [];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  const last = lines.length - 1;
  if (r.chance(0.5)) lines[last] = `${lines[last]}${'='.repeat(r.int(1, 2))}`;
  return lines;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(text) {
  let c = 0xffffffff;
  for (let i = 0; i < text.length; i++) c = (CRC_TABLE[(c ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function base62(n, width) {
  const digits = DIGITS + UPPER + LOWER;
  let s = '';
  do {
    s = digits[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}

/** A password as people and generators write them, sometimes with `.`, `~`, `-` or `_`. */
function password(r, min = 14, max = 24) {
  const n = r.int(min, max);
  let s = r.chars(n, ALNUM);
  const extras = r.int(0, 3);
  for (let i = 0; i < extras; i++) {
    const at = r.int(1, s.length - 2);
    s = s.slice(0, at) + r.pick(['.', '~', '-', '_', '!', '%', '*']) + s.slice(at + 1);
  }
  return s;
}

const HOSTS = {
  postgres: [
    'db.prod.internal',
    'pg-main.c9akciq32fxb.us-east-1.rds.amazonaws.com',
    'orders-db.postgres.database.azure.com',
    '10.20.4.17',
    'ep-cool-darkness-123456.us-east-2.aws.neon.tech',
  ],
  mysql: ['mysql-primary.internal', 'legacy-erp.cluster-cxq1abc.eu-west-1.rds.amazonaws.com'],
  mongo: ['cluster0.ab1cd.mongodb.net', 'catalog-prod.x7k2p.mongodb.net'],
  redis: ['redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com', 'cache.prod.internal', 'master.queue-cache.abc123.use1.cache.amazonaws.com'],
  amqp: ['b-7f3c9a21-1d2e.mq.us-east-1.amazonaws.com', 'rabbit.prod.internal', 'kangaroo.rmq.cloudamqp.com'],
};

/**
 * Secret kinds. `make(r)` returns `{ value, names }`: the value (a string, or an array of
 * lines for a PEM block) and names it is typically assigned to. `kinds` limits the file
 * kinds it appears in (default: all). `named` means a scanner can only know it from its name.
 */
export const SECRET_KINDS = [
  {
    category: 'aws-access-key-id',
    weight: 6,
    make: (r) => ({ value: 'AK' + 'IA' + r.chars(16, AWS_ID), names: ['AWS_ACCESS_KEY_ID', 'S3_ACCESS_KEY_ID', 'BEDROCK_AWS_ACCESS_KEY'] }),
  },
  {
    category: 'aws-secret-access-key',
    weight: 6,
    named: true,
    make: (r) => ({ value: r.chars(40, BASE64), names: ['AWS_SECRET_ACCESS_KEY', 'S3_SECRET_ACCESS_KEY', 'AWS_SECRET_KEY'] }),
  },
  {
    category: 'aws-session-token',
    weight: 3,
    named: true,
    make: (r) => ({
      value: r.pick(['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE']) + r.chars(r.int(300, 420), BASE64),
      names: ['AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'],
    }),
  },
  {
    category: 'stripe-secret-key',
    token: true,
    weight: 6,
    make: (r) => ({
      value: 's' + 'k_live_' + (r.chance(0.6) ? '51' + r.chars(97, ALNUM) : r.chars(24, ALNUM)),
      names: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'STRIPE_KEY'],
    }),
  },
  {
    category: 'stripe-restricted-key',
    token: true,
    weight: 3,
    make: (r) => ({
      value: 'r' + 'k_live_' + (r.chance(0.6) ? '51' + r.chars(97, ALNUM) : r.chars(24, ALNUM)),
      names: ['STRIPE_RESTRICTED_KEY', 'STRIPE_READ_KEY', 'STRIPE_BILLING_KEY'],
    }),
  },
  {
    category: 'google-api-key',
    token: true,
    weight: 5,
    make: (r) => ({ value: 'AI' + 'zaSy' + r.chars(33, BASE64URL), names: ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'MAPS_API_KEY', 'FIREBASE_API_KEY'] }),
  },
  {
    category: 'openai-key',
    token: true,
    weight: 7,
    make: (r) => {
      const marker = 'T3Blbk' + 'FJ';
      const value = r.chance(0.75)
        ? 's' + 'k-proj-' + r.chars(74, BASE64URL) + marker + r.chars(74, BASE64URL)
        : r.chance(0.5)
          ? 's' + 'k-svcacct-' + r.chars(74, BASE64URL) + marker + r.chars(74, BASE64URL)
          : 's' + 'k-' + r.chars(20, ALNUM) + marker + r.chars(20, ALNUM);
      return { value, names: ['OPENAI_API_KEY', 'OPENAI_KEY', 'LLM_API_KEY'] };
    },
  },
  {
    category: 'anthropic-key',
    token: true,
    weight: 6,
    make: (r) => ({ value: 's' + 'k-ant-api03-' + r.chars(93, BASE64URL) + 'AA', names: ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY', 'LLM_API_KEY'] }),
  },
  {
    category: 'anthropic-admin-key',
    token: true,
    weight: 2,
    make: (r) => ({ value: 's' + 'k-ant-admin01-' + r.chars(93, BASE64URL) + 'AA', names: ['ANTHROPIC_ADMIN_KEY', 'ANTHROPIC_ADMIN_API_KEY'] }),
  },
  {
    category: 'slack-token',
    token: true,
    weight: 5,
    make: (r) => ({
      value: 'xo' + 'xb-' + r.chars(r.int(11, 13), DIGITS) + '-' + r.chars(13, DIGITS) + '-' + r.chars(24, ALNUM),
      names: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN', 'SLACK_API_TOKEN'],
    }),
  },
  {
    category: 'slack-webhook',
    weight: 2,
    make: (r) => ({
      value: 'https://hooks.' + 'slack.com/services/T' + r.chars(8, UPPER + DIGITS) + '/B' + r.chars(10, UPPER + DIGITS) + '/' + r.chars(24, ALNUM),
      names: ['SLACK_WEBHOOK_URL', 'ALERTS_WEBHOOK'],
    }),
  },
  {
    category: 'github-token',
    token: true,
    weight: 5,
    make: (r) => {
      if (r.chance(0.8)) {
        const body = r.chars(30, ALNUM);
        return { value: 'gh' + 'p_' + body + base62(crc32(body), 6), names: ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT'] };
      }
      return { value: 'github' + '_pat_11' + r.chars(20, UPPER + DIGITS) + '_' + r.chars(59, ALNUM), names: ['GITHUB_TOKEN', 'GH_PAT'] };
    },
  },
  {
    category: 'hubspot-token',
    token: true,
    weight: 4,
    make: (r) => ({
      value: 'pat-' + r.pick(['na1', 'na1', 'eu1']) + '-' + r.uuid(),
      names: ['HUBSPOT_ACCESS_TOKEN', 'HUBSPOT_PRIVATE_APP_TOKEN', 'HUBSPOT_TOKEN'],
    }),
  },
  {
    category: 'twilio-api-key',
    token: true,
    weight: 3,
    make: (r) => ({ value: 'S' + 'K' + r.chars(32, HEX), names: ['TWILIO_API_KEY', 'TWILIO_API_KEY_SID', 'TWILIO_KEY'] }),
  },
  {
    category: 'sendgrid-key',
    token: true,
    weight: 4,
    make: (r) => ({
      value: 'S' + 'G.' + r.chars(22, BASE64URL) + '.' + r.chars(43, BASE64URL),
      names: ['SENDGRID_API_KEY', 'SENDGRID_KEY', 'MAIL_API_KEY'],
    }),
  },
  {
    category: 'azure-storage-key',
    weight: 4,
    make: (r) => ({
      value: `DefaultEndpointsProtocol=https;AccountName=${r.pick(['procurementdocs', 'agentblobs', 'invoicestore', 'ragindexprod'])}${r.int(1, 99)};Account${'Key='}${r.chars(86, BASE64)}==;EndpointSuffix=core.windows.net`,
      names: ['AZURE_STORAGE_CONNECTION_STRING', 'BLOB_CONNECTION_STRING', 'AzureWebJobsStorage'],
    }),
  },
  {
    category: 'jwt-secret',
    weight: 5,
    named: true,
    make: (r) => ({
      value: r.pick([() => r.chars(64, HEX), () => r.chars(r.int(32, 48), BASE64URL), () => r.chars(44, BASE64)])(),
      names: ['JWT_SECRET', 'JWT_SIGNING_KEY', 'SESSION_SECRET', 'AUTH_SECRET', 'NEXTAUTH_SECRET'],
    }),
  },
  {
    category: 'db-url',
    weight: 9,
    make: (r) => {
      const user = r.pick(['app', 'svc_orders', 'procurement', 'agent_rw', 'admin', 'etl']);
      const pw = password(r, 12, 22);
      const form = r.int(0, 9);
      const value = [
        () => `postgres://${user}:${pw}@${r.pick(HOSTS.postgres)}:5432/${r.pick(['orders', 'app', 'procurement'])}`,
        () => `postgresql://${user}:${pw}@${r.pick(HOSTS.postgres)}:5432/app?sslmode=require`,
        () => `postgresql+psycopg2://${user}:${pw}@${r.pick(HOSTS.postgres)}/warehouse`,
        () => `postgresql+asyncpg://${user}:${pw}@${r.pick(HOSTS.postgres)}:5432/agent`,
        () => `mysql://${user}:${pw}@${r.pick(HOSTS.mysql)}:3306/erp`,
        () => `mongodb+srv://${user}:${pw}@${r.pick(HOSTS.mongo)}/catalog?retryWrites=true&w=majority`,
        () => `redis://default:${pw}@${r.pick(HOSTS.redis)}:6379/0`,
        () => `rediss://:${pw}@${r.pick(HOSTS.redis)}:6380`,
        () => `amqps://${user}:${pw}@${r.pick(HOSTS.amqp)}:5671/${r.pick(['', 'jobs', 'agent'])}`,
        () => `amqp://${user}:${pw}@${r.pick(HOSTS.amqp)}:5672/`,
      ][form]();
      const names =
        form >= 6 && form <= 7
          ? ['REDIS_URL', 'CACHE_URL']
          : form >= 8
            ? ['AMQP_URL', 'RABBITMQ_URL', 'BROKER_URL']
            : ['DATABASE_URL', 'DB_URL', 'SQLALCHEMY_DATABASE_URI', 'MONGO_URI'];
      return { value, names };
    },
  },
  {
    category: 'private-key',
    weight: 5,
    kinds: ['ts', 'py', 'yaml', 'json', 'env', 'markdown', 'jsonl', 'notebook', 'tfvars'],
    make: (r) => {
      const type = r.pick(['RSA', 'EC', 'EC', 'PKCS8', 'OPENSSH']);
      const label =
        type === 'RSA' ? 'RSA PRIVATE KEY' : type === 'EC' ? 'EC PRIVATE KEY' : type === 'OPENSSH' ? 'OPENSSH PRIVATE KEY' : 'PRIVATE KEY';
      const body =
        type === 'RSA'
          ? pemBody(r, 'MIIEpAIBAAKCAQEA', 1588)
          : type === 'EC'
            ? pemBody(r, 'MHcCAQEEI', 164)
            : type === 'OPENSSH'
              ? pemBody(r, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 396, 70)
              : pemBody(r, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 1620);
      return {
        value: [pem('BEGIN', label), ...body, pem('END', label)],
        names: ['PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY', 'SIGNING_KEY', 'FIREBASE_PRIVATE_KEY', 'SSH_KEY'],
      };
    },
  },
  {
    category: 'generic-api-key',
    weight: 5,
    named: true,
    make: (r) => ({
      value: r.pick([() => r.chars(32, HEX), () => r.chars(r.int(32, 40), ALNUM), () => `${r.chars(8, LOWER + DIGITS)}.${r.chars(32, ALNUM)}`])(),
      names: [
        'SUPPLIER_API_KEY',
        'ZENDESK_API_TOKEN',
        'NOTION_API_KEY_LEGACY',
        'PINECONE_API_KEY',
        'COHERE_API_KEY',
        'DATADOG_API_KEY',
        'MAILGUN_API_KEY',
        'X_API_KEY',
        'API_KEY',
      ],
    }),
  },
  {
    category: 'generic-client-secret',
    weight: 4,
    named: true,
    make: (r) =>
      r.pick([
        () => ({
          value: r.chars(r.int(32, 44), ALNUM),
          names: ['CLIENT_SECRET', 'OAUTH_CLIENT_SECRET', 'SALESFORCE_CLIENT_SECRET', 'ZOOM_CLIENT_SECRET'],
        }),
        () => ({ value: r.chars(3, ALNUM) + '8Q~' + r.chars(31, ALNUM + '._-~'), names: ['AZURE_CLIENT_SECRET', 'MSGRAPH_CLIENT_SECRET'] }),
        () => ({ value: `GOCSPX-${r.chars(28, BASE64URL)}`, names: ['GOOGLE_CLIENT_SECRET', 'GMAIL_OAUTH_CLIENT_SECRET'] }),
      ])(),
  },
  {
    category: 'generic-password',
    weight: 5,
    named: true,
    make: (r) => ({
      value: password(r, 14, 24),
      names: ['DB_PASSWORD', 'SMTP_PASSWORD', 'PASSWORD', 'SFTP_PASSWORD', 'ADMIN_PASSWORD', 'POSTGRES_PASSWORD'],
    }),
  },
  {
    category: 'npm-token',
    token: true,
    weight: 2,
    kinds: ['npmrc', 'dockerfile', 'workflow', 'env'],
    // 30 characters and their CRC-32 in 6 base-62 digits, as npm issues them (36 are drawn,
    // as before checksums were made, so every other value of the corpus stays the same).
    make: (r) => {
      const body = r.chars(36, ALNUM).slice(0, 30);
      return { value: 'np' + 'm_' + body + base62(crc32(body), 6), names: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'] };
    },
  },
  {
    category: 'k8s-secret-data',
    weight: 30,
    kinds: ['k8s'],
    named: true,
    make: (r) => ({
      value: Buffer.from(r.chance(0.5) ? password(r, 16, 28) : r.chars(40, ALNUM)).toString('base64'),
      names: ['DB_PASSWORD', 'API_TOKEN', 'WEBHOOK_SECRET', 'CLIENT_SECRET', 'ENCRYPTION_KEY'],
    }),
  },
  {
    category: 'url-credential',
    weight: 2,
    make: (r) => ({
      value: `https://${r.pick(['svc-procure', 'integration', 'api-user'])}:${password(r, 14, 20)}@${r.pick(['api.supplier-portal.com', 'erp.acme-corp.net', 'sftp-gw.partner.io'])}/v2/`,
      names: ['SUPPLIER_API_URL', 'ERP_ENDPOINT', 'PARTNER_FEED_URL'],
    }),
  },
];

const JWT_IO_SAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' +
  '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ' +
  '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
/** The storage emulator's documented, public development key (Azurite / devstoreaccount1). */
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Look-alikes that are not secrets. `make(r)` returns `{ value, names }` like a secret
 * kind, or `{ ref, names }` for a reference to a secret held elsewhere (the renderer
 * writes it in the file's own syntax: `process.env.X`, `os.environ["X"]`, `${{ secrets.X }}`).
 */
export const DECOY_KINDS = [
  {
    category: 'placeholder',
    weight: 10,
    make: (r) =>
      r.pick([
        () => ({ value: 'xo' + 'xb-your-bot-token', names: ['SLACK_BOT_TOKEN'] }),
        () => ({ value: 'xo' + 'xb-000000000000-0000000000000-' + 'x'.repeat(24), names: ['SLACK_BOT_TOKEN'] }),
        () => ({ value: 'gh' + 'p_' + 'x'.repeat(36), names: ['GITHUB_TOKEN'] }),
        () => ({ value: 's' + 'k_live_' + 'x'.repeat(24), names: ['STRIPE_SECRET_KEY'] }),
        () => ({ value: 's' + 'k-proj-...', names: ['OPENAI_API_KEY'] }),
        () => ({ value: 's' + 'k-ant-api03-' + 'X'.repeat(20), names: ['ANTHROPIC_API_KEY'] }),
        () => ({ value: '<password>', names: ['DB_PASSWORD', 'PASSWORD'] }),
        () => ({ value: 'your-api-key-here', names: ['SUPPLIER_API_KEY', 'API_KEY', 'OPENAI_API_KEY'] }),
        () => ({ value: 'changeme', names: ['ADMIN_PASSWORD', 'JWT_SECRET'] }),
        () => ({ value: 'REPLACE_ME', names: ['CLIENT_SECRET', 'HUBSPOT_ACCESS_TOKEN'] }),
        () => ({ value: '<YOUR_ANTHROPIC_API_KEY>', names: ['ANTHROPIC_API_KEY'] }),
        () => ({ value: 'postgres://USER:PASSWORD@HOST:5432/DB', names: ['DATABASE_URL'] }),
        () => ({ value: 'mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/test', names: ['MONGO_URI'] }),
        () => ({ value: 'S' + 'G.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy', names: ['SENDGRID_API_KEY'] }),
        () => ({ value: 'pat-na1-00000000-0000-0000-0000-000000000000', names: ['HUBSPOT_ACCESS_TOKEN'] }),
        () => ({ value: 'AI' + 'zaSy' + 'X'.repeat(33), names: ['GOOGLE_API_KEY'] }),
        () => ({ value: 'S' + 'K' + 'x'.repeat(32), names: ['TWILIO_API_KEY'] }),
        () => ({ value: 'AK' + 'IA' + 'X'.repeat(16), names: ['AWS_ACCESS_KEY_ID'] }),
        () => ({ value: '{{ api_key }}', names: ['API_KEY'] }),
        () => ({
          value: 'DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net',
          names: ['AZURE_STORAGE_CONNECTION_STRING'],
        }),
      ])(),
  },
  {
    category: 'redacted',
    weight: 3,
    make: (r) =>
      r.pick([
        () => ({ value: 's' + 'k_live_' + '*'.repeat(24), names: ['STRIPE_SECRET_KEY'] }),
        () => ({ value: 'REDACTED', names: ['OPENAI_API_KEY', 'CLIENT_SECRET'] }),
        () => ({ value: '[redacted]', names: ['DB_PASSWORD'] }),
        () => ({ value: '********', names: ['SMTP_PASSWORD', 'PASSWORD'] }),
        () => ({ value: 's' + 'k-ant-…' + r.chars(4, ALNUM), names: ['ANTHROPIC_API_KEY'] }),
      ])(),
  },
  {
    category: 'reference',
    weight: 10,
    make: (r) => ({
      ref: true,
      names: [
        r.pick([
          'STRIPE_SECRET_KEY',
          'OPENAI_API_KEY',
          'ANTHROPIC_API_KEY',
          'SLACK_BOT_TOKEN',
          'DATABASE_URL',
          'HUBSPOT_ACCESS_TOKEN',
          'AWS_SECRET_ACCESS_KEY',
          'JWT_SECRET',
          'GITHUB_TOKEN',
          'SENDGRID_API_KEY',
        ]),
      ],
    }),
  },
  {
    category: 'secret-manager-path',
    weight: 3,
    make: (r) =>
      r.pick([
        () => ({
          value: `vault:secret/data/${r.pick(['prod', 'staging'])}/${r.pick(['stripe', 'openai', 'hubspot'])}#api_key`,
          names: ['STRIPE_SECRET_KEY', 'OPENAI_API_KEY'],
        }),
        () => ({
          value: `arn:aws:secretsmanager:us-east-1:${r.chars(12, DIGITS)}:secret:prod/${r.pick(['stripe', 'anthropic', 'db'])}-${r.chars(6, ALNUM)}`,
          names: ['SECRET_ARN', 'DB_SECRET_ARN'],
        }),
        () => ({
          value: `projects/${r.int(100000, 999999)}/secrets/${r.pick(['openai-key', 'slack-token'])}/versions/latest`,
          names: ['OPENAI_API_KEY_SECRET', 'SLACK_TOKEN_SECRET'],
        }),
        () => ({ value: `op://Engineering/${r.pick(['Stripe', 'HubSpot', 'Postgres'])}/credential`, names: ['STRIPE_SECRET_KEY', 'DB_PASSWORD'] }),
      ])(),
  },
  {
    category: 'example-key',
    weight: 5,
    make: (r) =>
      r.pick([
        () => ({ value: 'AK' + 'IAIOSFODNN7EXAMPLE', names: ['AWS_ACCESS_KEY_ID'] }),
        () => ({ value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY', names: ['AWS_SECRET_ACCESS_KEY'] }),
        () => ({ value: JWT_IO_SAMPLE, names: ['EXAMPLE_TOKEN', 'SAMPLE_JWT'] }),
        () => ({ value: 's' + 'k_test_' + '4eC39HqLyjWDarjtT1zdp7dc', names: ['STRIPE_SECRET_KEY'] }),
      ])(),
  },
  {
    category: 'hash',
    weight: 6,
    make: (r) =>
      r.pick([
        () => ({ value: r.chars(64, HEX), names: ['CHECKSUM_SHA256', 'ARTIFACT_SHA256', 'content_hash'] }),
        () => ({ value: r.chars(40, HEX), names: ['GIT_SHA', 'COMMIT_SHA', 'PINNED_REVISION'] }),
        () => ({ value: `sha512-${r.chars(86, BASE64)}==`, names: ['integrity'] }),
        () => ({ value: `sha256:${r.chars(64, HEX)}`, names: ['IMAGE_DIGEST', 'BASE_IMAGE_DIGEST'] }),
        () => ({ value: `$2b$12$${r.chars(53, ALNUM + './')}`, names: ['ADMIN_PASSWORD_HASH', 'password_hash'] }),
      ])(),
  },
  {
    category: 'uuid',
    weight: 5,
    make: (r) => ({ value: r.uuid(), names: ['TENANT_ID', 'AZURE_TENANT_ID', 'WORKSPACE_ID', 'REQUEST_ID', 'AGENT_ID', 'CLIENT_ID'] }),
  },
  {
    category: 'local-dev',
    weight: 6,
    make: (r) =>
      r.pick([
        () => ({ value: 'postgres://postgres:postgres@localhost:5432/app', names: ['DATABASE_URL'] }),
        () => ({ value: 'postgresql://postgres:postgres@127.0.0.1:5432/procurement_test', names: ['DATABASE_URL', 'TEST_DATABASE_URL'] }),
        () => ({ value: 'mysql://root:root@localhost:3306/erp_dev', names: ['DB_URL'] }),
        () => ({ value: 'amqp://guest:guest@localhost:5672/', names: ['AMQP_URL', 'BROKER_URL'] }),
        () => ({ value: 'redis://localhost:6379/0', names: ['REDIS_URL'] }),
        () => ({ value: 'mongodb://localhost:27017/catalog', names: ['MONGO_URI'] }),
        () => ({ value: 'postgres', names: ['POSTGRES_PASSWORD'] }),
        () => ({
          value: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
          names: ['AZURE_STORAGE_CONNECTION_STRING'],
        }),
      ])(),
  },
  {
    category: 'public-key',
    weight: 4,
    kinds: ['ts', 'py', 'yaml', 'json', 'env', 'markdown', 'prompt', 'jsonl', 'notebook', 'tfvars'],
    make: (r) =>
      r.pick([
        () => ({
          value: [pem('BEGIN', 'PUBLIC KEY'), ...pemBody(r, 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 392), pem('END', 'PUBLIC KEY')],
          names: ['WEBHOOK_PUBLIC_KEY', 'JWT_PUBLIC_KEY'],
        }),
        () => ({ value: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(43, BASE64)} deploy@ci`, names: ['DEPLOY_PUBLIC_KEY', 'SSH_PUBLIC_KEY'] }),
        () => ({ value: 'p' + 'k_live_' + '51' + r.chars(97, ALNUM), names: ['STRIPE_PUBLISHABLE_KEY', 'NEXT_PUBLIC_STRIPE_KEY'] }),
        () => ({ value: `${r.chars(12, DIGITS)}-${r.chars(32, LOWER + DIGITS)}.apps.googleusercontent.com`, names: ['GOOGLE_CLIENT_ID'] }),
      ])(),
  },
  {
    category: 'identifier',
    weight: 3,
    make: (r) =>
      r.pick([
        () => ({ value: r.chars(12, DIGITS), names: ['AWS_ACCOUNT_ID'] }),
        () => ({ value: 'A' + 'C' + r.chars(32, HEX), names: ['TWILIO_ACCOUNT_SID'] }),
        () => ({ value: `price_1${r.chars(23, ALNUM)}`, names: ['STRIPE_PRICE_ID'] }),
        () => ({ value: `acct_1${r.chars(15, ALNUM)}`, names: ['STRIPE_ACCOUNT'] }),
        () => ({ value: `C0${r.chars(8, UPPER + DIGITS)}`, names: ['SLACK_CHANNEL_ID'] }),
        () => ({ value: `asst_${r.chars(24, ALNUM)}`, names: ['OPENAI_ASSISTANT_ID'] }),
      ])(),
  },
];

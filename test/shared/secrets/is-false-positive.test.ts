import { describe, expect, it } from 'vitest';
import { fileKindOf } from '../../../shared/secrets/file-kind.js';
import { falsePositiveReason } from '../../../shared/secrets/is-false-positive.js';
import type { SecretCandidate } from '../../../shared/secrets/secret-detector.js';
import { scanFileForSecrets } from '../../../shared/secrets/secrets-analyzer.js';

// Fake values, assembled so that no complete vendor token sits in the source.
const RANDOM32 = 'Zq8' + 'Lm2Vx9Np3Rw7Bc1Hd6Jf0Ys5Ga4Kt';
const JWT_IO =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' +
  '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ' +
  '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

/** Judges `value` as a candidate of `ruleId` sitting at the end of `line` in a one-line file. */
function reason(value: string, options: { ruleId?: string; keyName?: string; line?: string; path?: string } = {}): string | undefined {
  const line = options.line ?? `x = "${value}"`;
  const start = line.indexOf(value);
  if (start === -1) throw new Error('value must be on the line');
  const candidate: SecretCandidate = {
    ruleId: options.ruleId ?? 'secrets/generic-assignment',
    messageId: 'found',
    start,
    end: start + value.length,
    value,
    ...(options.keyName ? { keyName: options.keyName } : {}),
  };
  const path = options.path ?? 'src/a.ts';
  return falsePositiveReason(candidate, { path, text: line, kind: fileKindOf(path) });
}

const url = (value: string): string | undefined => reason(value, { ruleId: 'secrets/database-url' });

describe('falsePositiveReason', () => {
  it('keeps real-looking values (the filter can fail)', () => {
    expect(reason(RANDOM32)).toBeUndefined();
    expect(reason('sk_live_' + '51Hq' + RANDOM32, { ruleId: 'secrets/stripe-key' })).toBeUndefined();
    expect(reason('Winter!2024#Falcon', { ruleId: 'secrets/hardcoded-password', keyName: 'password' })).toBeUndefined();
    expect(url(`postgresql+psycopg2://orders:${RANDOM32}@orders-db.prod.acme.io:5432/orders`)).toBeUndefined();
    expect(url('postgres://app:Zq8.vK~3mP!x@db.acme-corp.net/app')).toBeUndefined();
  });

  describe('placeholders', () => {
    it.each([
      'xoxb-your-bot-token',
      'ghp_' + 'x'.repeat(36),
      'sk-...',
      'sk-proj-' + 'X'.repeat(40),
      '<password>',
      '<YOUR_API_KEY>',
      'changeme',
      'change-me-in-production',
      'your-api-key-here',
      'dummy',
      'dummy-token-for-tests',
      'test',
      'test-key',
      'fake',
      'fake_' + 'key_1234',
      'TODO',
      'REPLACE_ME',
      'insert-key-here',
      'supersecretjwtkey123',
      'my-api-key',
      'password123',
      'Passw0rd!',
      'sk_test_placeholder_value',
      'abcdefghijklmnopqrstuvwx',
      '0000000000000000',
      '[YOUR_KEY]',
    ])('%s', (value) => {
      expect(reason(value)).toBe('placeholder');
    });

    it.each([
      'postgres://USER:PASSWORD@HOST:5432/db',
      'mysql://user:pass@db.acme.io:3306/app',
      'postgresql://username:password@hostname:5432/database',
      'mongodb+srv://<username>:<password>@cluster0.mongodb.net/test',
      'redis://:{password}@{host}:6379',
      'https://user:pass@api.acme.io',
    ])('URL credentials %s', (value) => {
      expect(url(value)).toMatch(/placeholder|reference/);
    });
  });

  describe('templates and references', () => {
    it.each([
      '{{ secret }}',
      '{{ .Values.stripe.secretKey }}',
      '${VAR}',
      '${OPENAI_API_KEY}',
      '${{ secrets.OPENAI_API_KEY }}',
      '$API_KEY',
      'process.env.STRIPE_KEY',
      'os.environ["OPENAI_API_KEY"]',
      'os.getenv("TOKEN")',
      'vault:secret/data/db#password',
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/stripe-AbCdEf',
      'projects/acme/secrets/openai-key/versions/latest',
      'https://acme-kv.vault.azure.net/secrets/openai-key',
      'op://Agents/ERP/credential',
      'OPENAI_API_KEY',
      'secretKeyRef',
    ])('%s', (value) => {
      expect(reason(value)).toBe('reference');
    });

    it('finds nothing where code reads a secret instead of writing one', async () => {
      const text = [
        'api_key = os.getenv("OPENAI_API_KEY")',
        'token = os.environ["ERP_TOKEN"]',
        'secret = config.get("erp.client_secret")',
        'password = settings.DB_PASSWORD',
      ].join('\n');
      expect(await scanFileForSecrets({ path: 'app/settings.py', text, kind: 'python' })).toEqual([]);
      const ts = "export const c = { apiKey: process.env.OPENAI_API_KEY, secret: config.get('erp.secret') };";
      expect(await scanFileForSecrets({ path: 'src/c.ts', text: ts, kind: 'javascript' })).toEqual([]);
      const k8s = 'env:\n  - name: KEY\n    valueFrom:\n      secretKeyRef:\n        name: agent\n        key: api-key\n';
      expect(await scanFileForSecrets({ path: 'k8s/d.yaml', text: k8s, kind: 'yaml' })).toEqual([]);
    });
  });

  describe('redacted values', () => {
    it.each(['****', '********', '[REDACTED]', '<redacted>', '•••••••', 'sk_live_********'])('%s', (value) => {
      expect(reason(value)).toBe('redacted');
    });
  });

  describe('documented examples', () => {
    it.each([
      ['AKIAIOSFODNN7EXAMPLE', 'secrets/aws-access-key-id'],
      ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'secrets/aws-secret-access-key'],
      [JWT_IO, 'secrets/jwt-token'],
      ['your-256-bit-secret', 'secrets/jwt-secret'],
      ['sk_' + 'test_4eC39HqLyjWDarjtT1zdp7dc', 'secrets/stripe-test-key'],
    ])('%s', (value, ruleId) => {
      expect(reason(value, { ruleId })).toMatch(/documented-example|placeholder/);
    });
  });

  describe('hashes', () => {
    const hex40 = '9fceb02d0ae598e95dc970b74767f19372d61af8';
    const hex64 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    it('drops hex digests on lines about hashes, commits and checksums', () => {
      expect(reason(hex40, { line: `commit: ${hex40}` })).toBe('hash');
      expect(reason(hex64, { line: `sha256 = "${hex64}"` })).toBe('hash');
      expect(reason(hex64, { line: `image: ghcr.io/acme/agent@sha256:${hex64}` })).toBe('hash');
      expect(reason(hex40, { keyName: 'commitSha', line: `const commitSha = '${hex40}';` })).toBe('hash');
    });
    it('keeps hex secrets whose name says they are secrets', () => {
      expect(reason(hex64, { keyName: 'WEBHOOK_SECRET', line: `WEBHOOK_SECRET=${hex64}` })).toBeUndefined();
    });
    it('drops integrity strings and password hashes', () => {
      expect(reason('sha512-' + 'Zk8Qm3Lx9Vn2Rp7Tw4Bc6Hd1Jf5Gs0Ya2Kq8Lm3Nx9Vn2Rp7Tw4Bc6Hd1Jf5Gs0Ya2Kq8Lm3Nx9Vn2Rp7Tw4Bc6Hd1Jf5Gs0Ya2w==')).toBe(
        'hash',
      );
      expect(reason('$2b$12$' + 'R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW')).toBe('hash');
    });
  });

  describe('UUIDs', () => {
    const uuid = '3f2a9c1e-7b4d-4e8f-9a6b-1c2d3e4f5a6b';
    it('drops a bare UUID', () => {
      expect(reason(uuid)).toBe('uuid');
      expect(reason(uuid, { keyName: 'tenant_id' })).toBe('uuid');
    });
    it('keeps a UUID held by a secret name or a HubSpot legacy key', () => {
      expect(reason(uuid, { keyName: 'PINECONE_API_KEY' })).toBeUndefined();
      expect(reason(uuid, { ruleId: 'secrets/hubspot-token' })).toBeUndefined();
    });
  });

  describe('public keys', () => {
    it.each([
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----',
      'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7x9Lm2nP4qR6sT8uV0wX2yZ4aB6cD8eF0gH2iJ4kL',
      'pk_live_' + '51Hq' + RANDOM32,
    ])('%s', (value) => {
      expect(reason(value, { line: value })).toBe('public-key');
    });
  });

  describe('local-development defaults', () => {
    it.each([
      'postgres://postgres:postgres@localhost:5432/app',
      'mysql://root:root@127.0.0.1:3306/app',
      'amqp://guest:guest@localhost:5672',
      `postgresql://agent:${RANDOM32}@localhost:5432/agent`,
      `redis://:${RANDOM32}@[::1]:6379`,
      `postgres://app:${RANDOM32}@host.docker.internal:5432/app`,
      `postgres://app:${RANDOM32}@0.0.0.0:5432/app`,
      'postgres://postgres:postgres@db:5432/app',
      'amqp://guest:guest@rabbitmq:5672/',
      'mongodb://root:example@mongo:27017',
    ])('%s', (value) => {
      expect(url(value)).toBe('local-development');
    });

    it('keeps a random password on a service name', () => {
      expect(url(`postgres://orders:${RANDOM32}@db:5432/orders`)).toBeUndefined();
    });

    it('treats well-known default passwords as placeholders on any host', () => {
      expect(url('postgres://admin:admin@prod-db.acme.io:5432/orders')).toBe('placeholder');
    });
  });

  it('judges the decoded password of HTTP Basic credentials', () => {
    // admin:admin
    expect(reason('YWRtaW46YWRtaW4=', { line: 'Authorization: Basic YWRtaW46YWRtaW4=' })).toBe('placeholder');
    // svc-bot:Xk93jdLq92mZpwTk
    expect(reason('c3ZjLWJvdDpYazkzamRMcTkybVpwd1Rr', { line: 'Authorization: Basic c3ZjLWJvdDpYazkzamRMcTkybVpwd1Rr' })).toBeUndefined();
  });

  it('drops Supabase anon keys (public by design)', () => {
    const enc = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const anon = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ role: 'anon', iss: 'supabase' })}.${RANDOM32}xyz`;
    expect(reason(anon)).toBe('public-key');
  });
});

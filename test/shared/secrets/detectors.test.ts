import { describe, expect, it } from 'vitest';
import { fileKindOf } from '../../../shared/secrets/file-kind.js';
import { scanFileForSecrets } from '../../../shared/secrets/secrets-analyzer.js';

/**
 * One behaviour per detector: the rule id it reports and the exact range of the
 * secret value. Fake secrets are assembled from parts so no complete token shape
 * appears in this source file.
 */
const R32 = 'Zq8Lm2Vx9Np3' + 'Rw7Bc1Hd6Jf0Ys5Ga4Kt';
const HEX32 = '9c8b7a6f5e4d' + '3c2b1a0f9e8d7c6b5a4f';
const UUID = '3f2a9c1e-7b4d-' + '4e8f-9a6b-1c2d3e4f5a6b';

interface Hit {
  ruleId: string;
  value: string;
  line: number;
}

async function scan(path: string, text: string): Promise<Hit[]> {
  const found = await scanFileForSecrets({ path, text, kind: fileKindOf(path) });
  return found.map((c) => ({ ruleId: c.ruleId, value: text.slice(c.start, c.end), line: text.slice(0, c.start).split('\n').length }));
}

/** Scans and expects exactly one finding: `ruleId` on exactly `value`. */
async function expectOne(path: string, text: string, ruleId: string, value: string): Promise<void> {
  expect(await scan(path, text)).toEqual([{ ruleId, value, line: text.slice(0, text.indexOf(value)).split('\n').length }]);
}

describe('vendor detectors', () => {
  it('stripe: live keys are errors, test keys a separate rule, publishable keys nothing', async () => {
    const live = 'sk_' + 'live_51Hq' + R32;
    const restricted = 'rk_' + 'live_51Hq' + R32;
    const test = 'sk_' + 'test_51Hq' + R32;
    await expectOne('a.ts', `const k = '${live}';`, 'secrets/stripe-key', live);
    await expectOne('a.ts', `const k = '${restricted}';`, 'secrets/stripe-key', restricted);
    await expectOne('a.py', `stripe.api_key = "${test}"`, 'secrets/stripe-test-key', test);
    expect(await scan('a.ts', `const pk = 'pk_${'live_51Hq' + R32}';`)).toEqual([]);
    const whsec = 'whsec_' + R32;
    await expectOne('a.ts', `const s = "${whsec}";`, 'secrets/stripe-webhook-secret', whsec);
  });

  it('google: API keys and OAuth client secrets', async () => {
    const key = 'AI' + 'za' + 'SyB3xQ9kLm2Np4Rs6Tu8Vw0Xy1Za3Bc5De7';
    await expectOne('a.py', `genai.configure(api_key="${key}")`, 'secrets/google-api-key', key);
    const secret = 'GOC' + 'SPX-' + '4fR8tY2uI6oP0aS3dF7gH1jK5lZx';
    await expectOne('c.json', `{"client_secret": "${secret}"}`, 'secrets/google-oauth-client-secret', secret);
  });

  it('hubspot: private-app tokens, hapikey parameters and HubSpot-named UUIDs', async () => {
    const pat = 'pat-' + 'na1-' + UUID;
    await expectOne('a.ts', `new Client({ accessToken: '${pat}' });`, 'secrets/hubspot-token', pat);
    await expectOne('a.py', `url = "https://api.hubapi.com/x?hapikey=${UUID}&count=1"`, 'secrets/hubspot-token', UUID);
    await expectOne('a.py', `HUBSPOT_API_KEY = "${UUID}"`, 'secrets/hubspot-token', UUID);
    expect(await scan('a.py', `REQUEST_ID = "${UUID}"`)).toEqual([]);
  });

  it('twilio: API key SIDs, tokens next to an account SID, Twilio-named tokens; not the account SID alone', async () => {
    const sk = 'S' + 'K' + HEX32;
    const ac = 'A' + 'C' + HEX32.split('').reverse().join('');
    await expectOne('t.yml', `api_key_sid: ${sk}`, 'secrets/twilio-key', sk);
    await expectOne('t.ts', `const c = twilio('${ac}', '${HEX32}');`, 'secrets/twilio-key', HEX32);
    await expectOne('t.py', `# twilio\nTWILIO_AUTH_TOKEN = "${HEX32}"`, 'secrets/twilio-key', HEX32);
    expect(await scan('t.py', `TWILIO_ACCOUNT_SID = "${ac}"`)).toEqual([]);
  });

  it('azure: connection-string keys, SAS signatures, AI keys', async () => {
    const accountKey = R32 + R32 + R32.slice(0, 22) + '==';
    await expectOne(
      'a.py',
      `CONN = "DefaultEndpointsProtocol=https;AccountName=acme;Account${'Key'}=${accountKey};EndpointSuffix=core.windows.net"`,
      'secrets/azure-connection-string',
      accountKey,
    );
    const sig = R32 + 'Kq8Lm3Nx9%3D';
    await expectOne('r.md', `https://acme.blob.core.windows.net/c/f.csv?sv=2022-11-02&sp=r&se=2025-12-31&sig=${sig}`, 'secrets/azure-sas-token', sig);
    await expectOne(
      'a.py',
      `client = AzureOpenAI(\n    api_key="${HEX32}",\n    azure_endpoint="https://acme.openai.azure.com")`,
      'secrets/azure-openai-key',
      HEX32,
    );
  });

  it('jwt: signing secrets by name or as a jwt.sign literal, and signed tokens', async () => {
    await expectOne('a.ts', `const JWT_SECRET = 'Q9v!${R32.slice(0, 14)}';`, 'secrets/jwt-secret', `Q9v!${R32.slice(0, 14)}`);
    await expectOne(
      'a.ts',
      `jwt.sign({ sub: u.id, roles: ['a', 'b'] }, 'Kq8$mZ2!xLp9#vRw', { expiresIn: '1h' });`,
      'secrets/jwt-secret',
      'Kq8$mZ2!xLp9#vRw',
    );
    const enc = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ role: 'service_role', iss: 'supabase' })}.${R32}Xy9`;
    await expectOne('.env.sample', `SUPABASE_SERVICE_ROLE_KEY=${token}`, 'secrets/jwt-token', token);
    const unsigned = `${enc({ alg: 'none' })}.${enc({ sub: 'x', name: 'unsigned' })}.${R32}`;
    expect((await scan('a.ts', `const t = "${unsigned}";`)).filter((h) => h.ruleId === 'secrets/jwt-token')).toEqual([]);
  });

  it('aws: session tokens by name and by prefix; secret keys by name', async () => {
    const token = 'IQoJb3JpZ2luX2Vj' + (R32 + R32 + R32 + R32).replace(/[^A-Za-z0-9]/g, '');
    await expectOne('c.ini', `aws_session_token = ${token}`, 'secrets/aws-session-token', token);
    const bare = (R32 + R32 + R32 + R32).slice(0, 120);
    await expectOne('s.json', `{"SessionToken": "${bare}"}`, 'secrets/aws-session-token', bare);
    const secret = R32 + 'Ab3/Ef9+';
    const hits = await scan('s.ts', `const creds = { secretAccessKey: '${secret}' };`);
    expect(hits).toEqual([{ ruleId: 'secrets/aws-secret-access-key', value: secret, line: 1 }]);
  });

  it('anthropic admin keys and openai keys without the T3BlbkFJ marker', async () => {
    const admin = 'sk-' + 'ant-admin01-' + R32 + R32 + R32.slice(0, 29) + 'AA';
    await expectOne('a.ts', `const k = "${admin}";`, 'secrets/anthropic-key', admin);
    const svc = 'sk-' + 'svcacct-' + R32 + R32;
    await expectOne('a.ts', `const k = "${svc}";`, 'secrets/openai-key', svc);
  });

  it('vendor tokens carry the vendor in data', async () => {
    const hf = 'hf' + '_' + R32.slice(0, 34).replace(/[^A-Za-z]/g, 'q');
    const found = await scanFileForSecrets({ path: 'a.ts', text: `const t = '${hf}';`, kind: 'javascript' });
    expect(found.map((c) => [c.ruleId, c.data?.vendor])).toEqual([['secrets/vendor-token', 'Hugging Face']]);
  });
});

describe('structural detectors', () => {
  const body = Array.from({ length: 4 }, () => R32 + R32).join('\n');

  it('private keys of every PEM type, also in \\n-escaped strings', async () => {
    for (const type of ['EC ', 'OPENSSH ', 'ENCRYPTED ', 'RSA ', '']) {
      const pem = `-----BEGIN ${type}PRIVATE ${'KEY'}-----\n${body}\n-----END ${type}PRIVATE ${'KEY'}-----`;
      await expectOne('k.pem', `${pem}\n`, 'secrets/private-key', pem);
    }
    const escaped = `-----BEGIN PRIVATE ${'KEY'}-----\\n${body.replace(/\n/g, '\\n')}\\n-----END PRIVATE ${'KEY'}-----`;
    const hits = await scan('a.ts', `const k = "${escaped}";`);
    expect(hits.map((h) => h.ruleId)).toEqual(['secrets/private-key']);
    expect(await scan('a.ts', `const k = "-----BEGIN PRIVATE ${'KEY'}-----\\nMIIE...\\n-----END PRIVATE ${'KEY'}-----";`)).toEqual([]);
  });

  it('connection URLs with drivers, TLS schemes and punctuated passwords', async () => {
    for (const u of [
      `postgresql+psycopg2://orders:Zq8.vK~3mP!x@orders-db.acme.io:5432/orders`,
      `rediss://default:${R32}@redis-1.cloud.redislabs.com:6380`,
      `amqps://svc:${R32}@b-1.mq.eu-west-1.amazonaws.com:5671`,
      `mongodb+srv://etl:${R32}@cluster0.x1y2z.mongodb.net/orders`,
      `mysql+pymysql://bi:Wq7.Lz~${R32.slice(0, 6)}@warehouse.acme.io:3306/bi`,
      `redis://:${R32}@10.20.3.17:6379/2`,
    ]) {
      await expectOne('c.py', `URL = "${u}"`, 'secrets/database-url', u);
    }
    const web = `https://deployer:${R32}.x@jenkins.acme.io/job/deploy`;
    await expectOne('c.groovy', `def api = "${web}"`, 'secrets/basic-auth-url', web);
  });

  it('kubernetes Secret data (decoded) and stringData; not usernames or placeholders', async () => {
    const b64 = (s: string): string => Buffer.from(s).toString('base64');
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'data:',
      `  DB_PASSWORD: ${b64('Falcon!2024river')}`,
      `  DB_USER: ${b64('orders_svc')}`,
      `  TOKEN: ${b64('changeme')}`,
      'stringData:',
      `  ERP_CLIENT_SECRET: "${R32}"`,
      '',
    ].join('\n');
    expect((await scan('k8s/s.yaml', text)).map((h) => [h.ruleId, h.line])).toEqual([
      ['secrets/kubernetes-secret', 4],
      ['secrets/kubernetes-secret', 8],
    ]);
    expect(await scan('k8s/cm.yaml', text.replace('kind: Secret', 'kind: ConfigMap').replace(/\n {2}ERP.*\n/, '\n'))).toEqual([
      // Outside a Secret the value is not decoded: a base64 blob under a password name is random-looking.
      { ruleId: 'secrets/generic-assignment', value: b64('Falcon!2024river'), line: 4 },
    ]);
  });
});

describe('assignment detectors', () => {
  it('generic: random values under secret-like names; nothing for words or identifiers', async () => {
    await expectOne('a.ts', `const headers = { 'X-API-Key': '${R32}' };`, 'secrets/generic-assignment', R32);
    await expectOne('a.py', `client_secret = "${R32}"`, 'secrets/generic-assignment', R32);
    await expectOne('a.ts', `fetch(u, { headers: { Authorization: 'Bearer ${R32}' } });`, 'secrets/generic-assignment', R32);
    expect(await scan('a.ts', `const apiKey = 'customer-portal-api-key-v2';`)).toEqual([]);
    expect(await scan('a.ts', `const maxTokens = 4096; const tokenizer = 'cl100k_base';`)).toEqual([]);
  });

  it('hardcoded-password: human-chosen passwords under password names', async () => {
    await expectOne('c.yml', 'db:\n  password: "Falcon!2024river"\n', 'secrets/hardcoded-password', 'Falcon!2024river');
    expect(await scan('c.yml', 'db:\n  password: postgres\n  password_min_length: 12\n')).toEqual([]);
  });

  it('a committed .env is reported once at its start, besides its values', async () => {
    const hits = await scan('.env', `ERP_API_KEY=${R32}\n`);
    expect(hits).toEqual([
      { ruleId: 'secrets/committed-dotenv', value: '', line: 1 },
      { ruleId: 'secrets/generic-assignment', value: R32, line: 1 },
    ]);
  });

  it('vendor rules win over the generic rule on the same value', async () => {
    const live = 'sk_' + 'live_51Hq' + R32;
    expect((await scan('.env.sample', `STRIPE_SECRET_KEY=${live}`)).map((h) => h.ruleId)).toEqual(['secrets/stripe-key']);
  });
});

import { describe, expect, it } from 'vitest';
import { fileKindOf } from '../../../shared/secrets/file-kind.js';
import { findAssignments } from '../../../shared/secrets/rules/support/find-assignments.js';

const V = 'Zq8Lm2Vx9Np3Rw7Bc1Hd6Jf0';

/** Every assignment in `text` as [key, keyClass, form]; asserts each value's offsets point at the value. */
function assignments(path: string, text: string): [string, string, string][] {
  const found = findAssignments({ path, text, kind: fileKindOf(path) });
  for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.value);
  return found.map((a) => [a.key, a.keyClass, a.form]);
}

/** The value found in `text` (the last one when a name is itself a value, as in `key="ApiKey" value="…"`). */
function valueOf(path: string, text: string): string | undefined {
  const found = findAssignments({ path, text, kind: fileKindOf(path) });
  return found[found.length - 1]?.value;
}

describe('findAssignments', () => {
  it.each([
    ['a.ts', `const apiKey = '${V}';`],
    ['a.ts', `const apiKey: string = "${V}";`],
    ['a.ts', `export default { apiKey: \`${V}\` };`],
    ['a.ts', `function f(apiKey = '${V}') {}`],
    ['a.ts', `const k = process.env.API_KEY || '${V}';`.replace('const k', 'const apiKey')],
    ['a.ts', `const apiKey = process.env.API_KEY ?? "${V}";`],
    ['a.ts', `stripe.setApiKey('${V}');`],
    ['a.ts', `headers['X-Api-Key'] = '${V}';`],
    ['a.ts', `fetch(u, { headers: { Authorization: "Bearer ${V}" } });`],
    ['a.ts', `const h = "X-API-Key: ${V}";`],
    ['a.ts', `const u = "https://api.acme.io/v1?limit=5&api_key=${V}&q=x";`],
    ['a.py', `api_key = "${V}"`],
    ['a.py', `api_key: str = "${V}"`],
    ['a.py', `client = Client(api_key=r"${V}")`],
    ['a.py', `cfg = {"api_key": '${V}'}`],
    ['a.py', `key = os.getenv("ERP_API_KEY", "${V}")`],
    ['a.py', `api_key: SecretStr = SecretStr("${V}")`],
    ['a.py', `api_key: str = Field(default="${V}", alias="apiKey")`],
    ['a.json', `{"apiKey": "${V}"}`],
    ['a.yaml', `erp:\n  api_key: ${V}\n`],
    ['a.yaml', `erp:\n  api_key: "${V}" # prod\n`],
    ['.env', `ERP_API_KEY=${V}\n`],
    ['a.sh', `export ERP_API_KEY="${V}"\n`],
    ['a.sh', `erp --api-key ${V} --region eu\n`],
    ['a.sh', `erp --api-key=${V}\n`],
    ['Dockerfile', `ENV ERP_API_KEY ${V}\n`],
    ['Dockerfile', `ARG ERP_API_KEY=${V}\n`],
    ['a.properties', `erp.api.key=${V}\n`],
    ['a.toml', `api_key = "${V}"\n`],
    ['a.md', `| \`ERP_API_KEY\` | \`${V}\` |\n`],
    ['a.prompt', `Use API key: ${V}\n`],
    ['a.rb', `ENV['ERP_API_KEY'] ||= '${V}'\n`],
    ['a.php', `$c = ['api_key' => '${V}'];\n`],
    ['a.go', `apiKey := "${V}"\n`],
    ['web.config', `<add key="ErpApiKey" value="${V}" />\n`],
    ['a.tf', `variable "erp_api_key" {\n  type    = string\n  default = "${V}"\n}\n`],
  ])('%s: %s', (path, text) => {
    expect(valueOf(path, text)).toBe(V);
  });

  it('reads values inside JSON strings (notebooks) with escaped quotes, with raw-text offsets', () => {
    const text = `{"source": ["openai.api_key = \\"${V}\\"\\n", "os.environ[\\"ERP_TOKEN\\"] = \\"${V}\\"\\n"]}`;
    const found = findAssignments({ path: 'n.ipynb', text, kind: 'notebook' });
    expect(found.map((a) => [a.key, a.value])).toEqual([
      ['openai.api_key', V],
      ['ERP_TOKEN', V],
    ]);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(V);
  });

  it('reads connection-string passwords, curl users, auth pairs and prose', () => {
    expect(assignments('a.cs', `var c = "Server=tcp:db;User ID=svc;Password=Tz7#kQ2!mN9x;Encrypt=True";`)).toEqual([
      ['Password', 'password', 'assign'],
    ]);
    expect(valueOf('a.cs', `var c = "Server=tcp:db;User ID=svc;Password=Tz7#kQ2!mN9x;Encrypt=True";`)).toBe('Tz7#kQ2!mN9x');
    expect(valueOf('a.sh', 'curl -u admin:Wx8!kLm2Qp9z https://erp.acme.io')).toBe('Wx8!kLm2Qp9z');
    expect(valueOf('a.py', 'r = requests.get(u, auth=("acme-edi", "Tz7#kQ2!mN9x"))')).toBe('Tz7#kQ2!mN9x');
    expect(valueOf('a.py', 'a = HTTPBasicAuth("acme-edi", "Tz7#kQ2!mN9x")')).toBe('Tz7#kQ2!mN9x');
    expect(valueOf('a.jsonl', '{"content": "the portal password is Tz7#kQ2!mN9x if needed"}')).toBe('Tz7#kQ2!mN9x');
    expect(valueOf('settings.xml', '<server><password>Jd8!mQ2xL9vP</password></server>')).toBe('Jd8!mQ2xL9vP');
  });

  it('classifies names', () => {
    expect(assignments('a.yaml', `client_secret: a\npassword: b\nkey: c\napi_key_id: d\nmax_tokens: e\npublic_key: f\nNEXT_PUBLIC_KEY: g\n`)).toEqual(
      [
        ['client_secret', 'secret', 'assign'],
        ['password', 'password', 'assign'],
        ['key', 'bare-key', 'assign'],
      ],
    );
  });

  it('reads no expressions, identifiers or block scalars as values', () => {
    for (const [path, text] of [
      ['a.ts', 'const apiKey = getApiKey();'],
      ['a.ts', 'const apiKey = config.apiKey;'],
      ['a.ts', 'interface C { apiKey: string; password?: string }'],
      ['a.ts', 'const token = jwt.sign(payload, secret);'],
      ['a.py', 'api_key = os.environ["ERP_API_KEY"]'],
      ['a.py', 'if password is None:'],
      ['a.yaml', 'password: |\n  multi\n  line\n'],
      ['a.ts', 'const x = "<password>@cluster0.mongodb.net/test";'],
    ] as const) {
      const found = findAssignments({ path, text, kind: fileKindOf(path) });
      expect(
        found.filter((a) => /[A-Z0-9]/.test(a.value) && a.value.length > 6),
        `${path}: ${text}`,
      ).toEqual([]);
    }
  });
});

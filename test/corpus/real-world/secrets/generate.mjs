#!/usr/bin/env node
// Generates Tollgate's "real-world" secrets corpus: cases whose CONTEXT SHAPES come
// from other scanners' public test suites (gitleaks, detect-secrets, trufflehog,
// secretlint, Nosey Parker), with every credential VALUE generated here from a
// seeded PRNG. See SOURCES.md for where each family came from.
//
//   node generate.mjs          writes files/ and labels.json
//   node generate.mjs --check  exits 1 when files/ or labels.json are out of date
//
// Rules kept by this script:
// - Positives hold freshly generated values in the vendor's exact format (prefix,
//   length, alphabet, checksum where one exists). None is a live credential.
// - Negatives keep the suites' false-positive shapes faithfully (placeholders,
//   near-misses, variables, hashes, public keys...). Random parts are generated.
// - Credential prefixes are split in this source ('gh' + 'p_') so the generator
//   itself holds no credential-shaped literal; the generated files do, on purpose.
// - One case per file; a label's `line` is the 1-based line where the value starts.

import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = join(HERE, 'files');
const LABELS_FILE = join(HERE, 'labels.json');
const SEED = 0x5ec7e7_01; // change only together with SOURCES.md

// ---------------------------------------------------------------------------
// Seeded randomness (mulberry32).
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
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const WORDCH = ALNUM + '_';
const AWS32 = UPPER + '234567';
const int = (n) => Math.floor(rng() * n);
const pick = (list) => list[int(list.length)];
const rand = (n, alphabet = ALNUM) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join('');
const hex = (n) => rand(n, HEX);
const digits = (n) => String(1 + int(9)) + rand(n - 1, DIGITS);
const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));
const b64 = (n) => bytes(n).toString('base64');
const b64url = (n) => bytes(n).toString('base64url');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
/** Random alnum that contains at least one digit, one upper and one lower letter. */
const mixed = (n, alphabet = ALNUM) => {
  for (;;) {
    const s = rand(n, alphabet);
    if (/\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s)) return s;
  }
};
const WORDS = ['falcon', 'meadow', 'copper', 'harbor', 'lantern', 'quartz', 'ember', 'willow', 'summit', 'cobalt', 'marlin', 'juniper', 'orchid', 'granite', 'tundra', 'saffron', 'beacon', 'raven'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
/** A generated password of n chars from letters, digits and URL-safe punctuation. */
const pw = (n = 18, extra = '') => {
  for (;;) {
    const s = rand(n, ALNUM + '._-' + extra);
    if (/\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s) && !/^[._-]|[._-]$/.test(s)) return s;
  }
};
/** A human-chosen password: two words, a symbol and digits. */
const humanPw = () => `${cap(pick(WORDS))}${pick(['!', '#', '%', '&', '*'])}${cap(pick(WORDS))}${digits(4)}`;
const pem = (type, body, width = 64) => {
  const lines = body.match(new RegExp(`.{1,${width}}`, 'g'));
  return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`].join('\n');
};

// CRC32 (IEEE) and the base62 checksum GitHub and npm tokens carry in their last 6 chars.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (str) => {
  let c = 0xffffffff;
  for (const byte of Buffer.from(str, 'utf8')) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const B62 = DIGITS + UPPER + LOWER;
const base62 = (n, len = 6) => {
  let s = '';
  do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0);
  return s.padStart(len, '0');
};
const checksummed = (prefix) => { const body = rand(30); return prefix + body + base62(crc32(body)); };

// ---------------------------------------------------------------------------
// Credential shapes. Prefixes split so this file holds no credential-shaped literal.
const gen = {
  ghp: () => checksummed('gh' + 'p_'),
  gho: () => checksummed('gh' + 'o_'),
  ghu: () => checksummed('gh' + 'u_'),
  ghs: () => checksummed('gh' + 's_'),
  ghr: () => checksummed('gh' + 'r_'),
  ghpBadChecksum: () => { const body = rand(30); let sum = base62(crc32(body)); const bad = base62((crc32(body) + 1 + int(1000)) >>> 0); return 'gh' + 'p_' + body + (bad === sum ? rand(6) : bad); },
  githubFineGrained: () => 'github' + '_pat_' + '11' + rand(20, UPPER + DIGITS) + '_' + rand(59),
  npm: () => checksummed('np' + 'm_'),
  slackBot: () => 'xo' + 'xb-' + digits(13) + '-' + digits(13) + '-' + mixed(24),
  slackBotLegacy: () => 'xo' + 'xb-' + digits(12) + '-' + mixed(24),
  slackUser: () => 'xo' + 'xp-' + digits(12) + '-' + digits(13) + '-' + digits(13) + '-' + hex(32),
  slackApp: () => 'xa' + 'pp-1-A' + rand(10, UPPER + DIGITS) + '-' + digits(13) + '-' + hex(64),
  slackConfig: () => 'xo' + 'xe.xoxp-1-' + mixed(163),
  slackConfigRefresh: () => 'xo' + 'xe-1-' + mixed(146),
  slackLegacyXoxs: () => 'xo' + 'xs-' + digits(10) + '-' + digits(10) + '-' + digits(10) + '-' + hex(10),
  slackXoxa: () => 'xo' + 'xa-2-' + digits(9) + '-' + digits(11) + '-' + digits(13) + '-' + hex(18),
  slackXoxe: () => 'xo' + 'xe-' + digits(13) + '-' + digits(13) + '-' + digits(13) + '-' + hex(32),
  slackWebhook: () => 'https://hooks.slack' + '.com/services/T' + rand(10, UPPER + DIGITS) + '/B' + rand(10, UPPER + DIGITS) + '/' + mixed(24),
  entraSecret: (first = null, tail = 34) => (first ?? rand(3, WORDCH + '~.')) + String(int(10)) + 'Q' + '~' + rand(tail - 1, WORDCH + '~.-') + rand(1, ALNUM),
  azureStorageKey: () => b64(64),
  azureSasKey: () => b64(32),
  awsKeyId: (p = 'AK' + 'IA') => p + rand(16, AWS32),
  awsSecret: () => mixed(40, ALNUM + '+/'),
  vaultService: () => 'hv' + 's.' + 'CAESI' + rand(3, UPPER) + mixed(86, WORDCH + '-'),
  vaultLegacy: () => 's.' + String(int(10)) + mixed(23),
  vaultBatch: () => 'hv' + 'b.' + 'AAAAAQ' + mixed(150, WORDCH + '-'),
  grafanaCloud: () => 'gl' + 'c_' + Buffer.from(JSON.stringify({ o: digits(6), n: `stack-${digits(6)}-hl-write-${pick(WORDS)}`, k: mixed(24), m: { r: pick(['us', 'eu', 'prod-us-east-0']) } })).toString('base64'),
  grafanaSa: () => { const r = mixed(32); return 'gl' + 'sa_' + r + '_' + crc32('gl' + 'sa_' + r).toString(16).padStart(8, '0'); },
  grafanaLegacy: () => Buffer.from(JSON.stringify({ k: mixed(32), n: pick(WORDS) + '-ci', id: 1 })).toString('base64'),
  sentryUser: () => 'sn' + 'tryu_' + hex(64),
  sentryOrg: (org = pick(WORDS)) => 'sn' + 'trys_' + Buffer.from(JSON.stringify({ iat: Number(`17${digits(8)}.${digits(6)}`), url: 'https://sentry.io', region_url: `https://${pick(['us', 'de'])}.sentry.io`, org })).toString('base64') + '_' + mixed(43, B64),
  hf: () => 'h' + 'f_' + mixed(34, UPPER + LOWER + DIGITS).replace(/\d/g, () => pick(LOWER)),
  hfOrg: () => 'api' + '_org_' + rand(34, UPPER + LOWER),
  heroku: () => 'HR' + 'KU-AA' + mixed(58, WORDCH + '-'),
  cfGlobal: () => hex(37),
  cfToken: () => mixed(40, WORDCH + '-'),
  cfOriginCa: () => 'v1' + '.0-' + hex(24) + '-' + hex(146),
  openaiProj: () => 'sk-' + 'proj-' + mixed(74, B64URL) + 'T3Blbk' + 'FJ' + mixed(74, B64URL),
  openaiSvc: () => 'sk-' + 'svcacct-' + mixed(74, B64URL) + 'T3Blbk' + 'FJ' + mixed(74, B64URL),
  openaiAdmin: () => 'sk-' + 'admin-' + mixed(58, B64URL) + 'T3Blbk' + 'FJ' + mixed(58, B64URL),
  openaiLegacy: () => 'sk-' + mixed(20) + 'T3Blbk' + 'FJ' + mixed(20),
  anthropic: () => 'sk-' + 'ant-' + 'api03-' + mixed(93, B64URL) + 'AA',
  anthropicAdmin: () => 'sk-' + 'ant-' + 'admin01-' + mixed(93, B64URL) + 'AA',
  jfrogApiKey: () => 'AK' + 'Cp' + mixed(69),
  jfrogIdentity: () => mixed(64),
  dockerPat: () => 'dc' + 'kr_pat_' + mixed(27, B64URL),
  jenkinsToken: () => '11' + hex(32),
  plaidSecret: () => hex(30),
  plaidAccess: (env = 'production') => 'access-' + env + '-' + uuid(),
  jwt: () => {
    const h = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const p = Buffer.from(JSON.stringify({ sub: digits(8), name: cap(pick(WORDS)), iat: Number(`17${digits(8)}`) })).toString('base64url');
    return `${h}.${p}.${b64url(32)}`;
  },
  rsaPrivateKey: () => pem('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA' + b64(1176).slice(0, 1572) + '=='),
  pkcs8PrivateKey: () => pem('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + b64(1200).slice(0, 1574) + '='),
  ecPrivateKey: () => pem('EC PRIVATE KEY', 'MHcCAQEEI' + b64(120).slice(0, 151)),
  opensshPrivateKey: () => pem('OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + 'QyNTUxOQAAACA' + b64(300).slice(0, 328), 70),
};
const basic = (user, pass) => Buffer.from(`${user}:${pass}`).toString('base64');
const pct = (s) => s.replace(/[@#:/?%]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

// ---------------------------------------------------------------------------
// Sources: where each case's context shape came from (file version actually read).
const GL = (file, commit) => ({ repo: 'gitleaks/gitleaks', path: `cmd/generate/config/rules/${file}`, commit, license: 'MIT' });
const DS = (file, commit) => ({ repo: 'Yelp/detect-secrets', path: `tests/plugins/${file}`, commit, license: 'Apache-2.0' });
const TH = (path, commit) => ({ repo: 'trufflesecurity/trufflehog', path: `pkg/detectors/${path}`, commit, license: 'AGPL-3.0' });
const SL = (path, commit) => ({ repo: 'secretlint/secretlint', path: `packages/@secretlint/${path}`, commit, license: 'MIT' });
const NP = (file, commit) => ({ repo: 'praetorian-inc/noseyparker', path: `crates/noseyparker/data/default/rules/${file}`, commit, license: 'Apache-2.0' });
const S = {
  glGithub: GL('github.go', 'a7e2844d8c9af75ef7c086a1656b4ceca9a9182b'),
  glCurl: GL('curl.go', '09eba9f67a17a5d01f0eb8c431e3a1eda676ffc5'),
  glAzure: GL('azure.go', '02788fb5ec7f20b962f5e01437f4baacbca3e8fa'),
  glGeneric: GL('generic.go', '81fc668f98e21eb044ec9646283137022d82e669'),
  glSlack: GL('slack.go', '02788fb5ec7f20b962f5e01437f4baacbca3e8fa'),
  glVault: GL('hashicorp_vault.go', '81fc668f98e21eb044ec9646283137022d82e669'),
  glGrafana: GL('grafana.go', '09eba9f67a17a5d01f0eb8c431e3a1eda676ffc5'),
  glHf: GL('huggingface.go', '02788fb5ec7f20b962f5e01437f4baacbca3e8fa'),
  glHeroku: GL('heroku.go', '6f251eef65b76d0078d0583672385d4657ad7a87'),
  glCloudflare: GL('cloudflare.go', '02788fb5ec7f20b962f5e01437f4baacbca3e8fa'),
  glSentry: GL('sentry.go', '08ce2e6cd607feab71492fb5744c965e34c51e0a'),
  glPlaid: GL('plaid.go', '08ce2e6cd607feab71492fb5744c965e34c51e0a'),
  glAws: GL('aws.go', 'b35e7ea22a6f345ec30fb6d20f6870c90bad9999'),
  glDatabase: GL('database.go', 'acf4df7dfb4cc2aca71ed8b1f57da83ebc8216e2'),
  glK8s: GL('kubernetes.go', 'a7e2844d8c9af75ef7c086a1656b4ceca9a9182b'),
  glNpm: GL('npm.go', '07562da07355a496db154176d255b3b4d2bd9637'),
  glOpenai: GL('openai.go', '09eba9f67a17a5d01f0eb8c431e3a1eda676ffc5'),
  glJfrog: GL('jfrog.go', '09eba9f67a17a5d01f0eb8c431e3a1eda676ffc5'),
  glPrivateKey: GL('privatekey.go', '00639b2ad719a17dab59de304b839b4a30ab05e3'),
  glAnthropic: GL('anthropic.go', '71ab52c7c3bf6409baedfc07e67874855db54ced'),
  glTeams: GL('teams.go', '2d2383f58d48efccb4bca42ed80bd13ae8691624'),
  dsKeyword: DS('keyword_test.py', '04c6d34c4a3fb8e8ef3dbf4d73192e49537de599'),
  dsBasicAuth: DS('basic_auth_test.py', '138816fb36190fe36da0ffdb01cdad227f25bb35'),
  dsNpm: DS('npm_test.py', '38995ef8c91300a2316dede8782809caf2643f03'),
  dsAzureStorage: DS('azure_storage_key_test.py', '052fb20e256b40b569f3e23c6cb432cdfdbc81f1'),
  dsSlack: DS('slack_test.py', '13575ede7f9d6f7cb17ac317a19ec5060c97170b'),
  dsPrivateKey: DS('private_key_test.py', '01396dcf7a77d6bb7c39bd22458a8e2d230f7c04'),
  thSentryV2: TH('sentrytoken/v2/sentrytoken_test.go', '0662e9f065d7801c11c31441d670d7ee75c1393d'),
  thSentryV1: TH('sentrytoken/v1/sentrytoken_test.go', 'a3b19e66bc90c7397efad7ee203113698476af4c'),
  thNpmV2: TH('npmtokenv2/npmtokenv2_test.go', '28eef7506809f49fb9dd57d1b45c37034c4eb0d3'),
  thJdbc: TH('jdbc/jdbc_test.go', '0007a1e0d0dd6d50a0d5a4af5baefb80d278674c'),
  thEntra: TH('azure_entra/serviceprincipal/v2/spv2_test.go', '524824a1308b03553408a67d53e69fe68927f4c6'),
  thPlaid: TH('plaidkey/plaidkey_test.go', '197dfcb0f38301d2113c6c2e46fbf912e4d969db'),
  thGithubV2: TH('github/v2/github_test.go', '0a38da060d894e1cb9005aa283cbd80780556915'),
  thZapier: TH('zapierwebhook/zapierwebhook_test.go', '47619ae6ef711f7236738a267e867116e0214233'),
  thTeams: TH('microsoftteamswebhook/microsoftteamswebhook_test.go', '23b8303371f341d09cfa25616ebe345b6f1e81c0'),
  thUri: TH('uri/uri_test.go', '043cb3da4b1fab81e2f74d8efff755c7501ec9db'),
  slBasicAuthOk: SL('secretlint-rule-preset-recommend/test/snapshots/secretlint-rule-basicauth/ok.false-positives-prevented/input.txt', 'd5cd9bd3247677873436343056232c61639a15ac'),
  slBasicAuthValid: SL('secretlint-rule-preset-recommend/test/snapshots/secretlint-rule-basicauth/ok.valid-url/input.txt', 'f320d1aa063eed4f67f53a87e43946856910b58c'),
  slDbNgPg: SL('secretlint-rule-preset-recommend/test/snapshots/secretlint-rule-database-connection-string/ng.postgresql/input.txt', 'fd25682913e35f5e23fc9df648bf4f3f9a8af2bb'),
  slDbOk: SL('secretlint-rule-database-connection-string/test/snapshots/ok.valid/input.txt', '10672f84ab06af5bd1e9e63d13ba80335e31a34a'),
  slDbMore: SL('secretlint-rule-database-connection-string/test/snapshots/additional.cases/input.txt', '571e930a962e35af43eb2d006d26eb59d813104f'),
  slSlackOk: SL('secretlint-rule-slack/test/snapshots/ok.valid/input.txt', '13e31c44b1a811209bb218be891fb244b699ff7b'),
  slDockerNg: SL('secretlint-rule-preset-recommend/test/snapshots/secretlint-rule-docker/ng.docker-pat/input.txt', 'fb0a9d5af3bbdd9035338eece6e6b3ab635a7dfa'),
  slDockerOk: SL('secretlint-rule-preset-recommend/test/snapshots/secretlint-rule-docker/ok.valid/input.txt', 'fb0a9d5af3bbdd9035338eece6e6b3ab635a7dfa'),
  npAzure: NP('azure.yml', '61fa065f08cce6b6a6a2264b11324b99b3d9fbff'),
  npGeneric: NP('generic.yml', '5ae1c03050bd909ecd425362c19cd372c3413b43'),
  npJenkins: NP('jenkins.yml', '61fa065f08cce6b6a6a2264b11324b99b3d9fbff'),
  npOdbc: NP('odbc.yml', '61fa065f08cce6b6a6a2264b11324b99b3d9fbff'),
  npTeams: NP('microsoft_teams.yml', '58e1046e13a3c42c5b3ed28a197c120f0555507e'),
};

// ---------------------------------------------------------------------------
// Case registry.
const cases = [];
const ids = new Set();
/**
 * Registers one case. `text` is the file content (a string, or a function of the
 * value); `value` is the exact text whose first occurrence marks the labelled line.
 */
function add(family, id, ext, secret, source, note, text, value) {
  const caseId = `${secret ? 'tp' : 'fp'}-${id}`;
  if (ids.has(`${family}/${caseId}`)) throw new Error(`duplicate case id ${family}/${caseId}`);
  ids.add(`${family}/${caseId}`);
  const content = typeof text === 'function' ? text(value) : text;
  const at = content.indexOf(value);
  if (at < 0) throw new Error(`${family}/${caseId}: value not found in text`);
  const line = content.slice(0, at).split('\n').length;
  const file = `files/${family}/${caseId}.${ext}`;
  cases.push({ file, family, line, secret, source, note, content: content.endsWith('\n') ? content : content + '\n' });
}
const P = (family, id, ext, source, note, text, value) => add(family, id, ext, true, source, note, text, value);
const N = (family, id, ext, source, note, text, value) => add(family, id, ext, false, source, note, text, value);
/** A negative whose whole (single-line) text is the decoy. */
const NL = (family, id, ext, source, note, line) => add(family, id, ext, false, source, note, line, line.trim().split('\n')[0]);

// ===========================================================================
// github — gitleaks github.go (tps/fps), trufflehog github v2 test ("not found").
{
  const F = 'github';
  P(F, 'pat-dotenv', 'env', S.glGithub, 'classic PAT (ghp_, CRC32 checksum) in a .env file', (v) => `# local dev\nGITHUB_TOKEN=${v}\nGITHUB_OWNER=acme\n`, gen.ghp());
  P(F, 'pat-pygithub', 'py', S.glGithub, 'classic PAT passed to PyGithub', (v) => `from github import Github\n\ng = Github("${v}")\nrepo = g.get_repo("acme/connectors")\n`, gen.ghp());
  P(F, 'pat-octokit', 'ts', S.glGithub, 'classic PAT in an Octokit constructor', (v) => `import { Octokit } from '@octokit/rest';\n\nexport const octokit = new Octokit({ auth: '${v}' });\n`, gen.ghp());
  P(F, 'oauth-json', 'json', S.glGithub, 'OAuth access token (gho_) in a saved token response', (v) => `{\n  "access_token": "${v}",\n  "token_type": "bearer",\n  "scope": "repo,read:org"\n}\n`, gen.gho());
  P(F, 'app-user-yaml', 'yml', S.glGithub, 'GitHub App user-to-server token (ghu_) in YAML', (v) => `github:\n  app_id: 412233\n  token: ${v}\n`, gen.ghu());
  P(F, 'app-server-clone', 'sh', S.glGithub, 'installation token (ghs_) in a clone URL', (v) => `#!/bin/sh\ngit clone https://x-access-token:${v}@github.com/acme/infra.git /tmp/infra\n`, gen.ghs());
  P(F, 'refresh-json', 'json', S.glGithub, 'refresh token (ghr_) in JSON', (v) => `{\n  "expires_in": 28800,\n  "refresh_token": "${v}",\n  "refresh_token_expires_in": 15811200\n}\n`, gen.ghr());
  P(F, 'fine-grained-dotenv', 'env', S.glGithub, 'fine-grained PAT (github_pat_) in .env', (v) => `GH_PAT=${v}\n`, gen.githubFineGrained());
  P(F, 'fine-grained-workflow', 'yml', S.glGithub, 'fine-grained PAT hard-coded in a GitHub Actions env block (personal token in a pipeline)', (v) => `name: release\non: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      GH_TOKEN: ${v}\n    steps:\n      - run: gh release create v1.0.0\n`, gen.githubFineGrained());
  P(F, 'pat-npmrc', 'npmrc', S.glGithub, 'classic PAT as the GitHub Packages npm auth token', (v) => `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${v}\n`, gen.ghp());
  P(F, 'pat-curl', 'sh', S.glGithub, 'classic PAT in a curl Authorization: token header', (v) => `curl -s -H "Authorization: token ${v}" https://api.github.com/user/repos\n`, gen.ghp());
  P(F, 'pat-gitconfig', 'gitconfig', S.glGithub, 'classic PAT in a git url.insteadOf rewrite', (v) => `[url "https://${v}@github.com/"]\n\tinsteadOf = https://github.com/\n`, gen.ghp());
  P(F, 'pat-go-const', 'go', S.glGithub, 'classic PAT as a Go constant', (v) => `package sync\n\nconst githubToken = "${v}"\n`, gen.ghp());
  P(F, 'pat-dockerfile', 'Dockerfile', S.glGithub, 'classic PAT in a Dockerfile RUN git clone', (v) => `FROM node:20-alpine\nRUN git clone https://${v}@github.com/acme/private-lib.git /src/lib\n`, gen.ghp());
  P(F, 'pat-terraform', 'tf', S.glGithub, 'classic PAT in the Terraform github provider', (v) => `provider "github" {\n  owner = "acme"\n  token = "${v}"\n}\n`, gen.ghp());
  P(F, 'oauth-python-header', 'py', S.glGithub, 'OAuth token (gho_) in a requests header dict', (v) => `import requests\n\nHEADERS = {"Authorization": "Bearer ${v}"}\nrequests.get("https://api.github.com/user", headers=HEADERS)\n`, gen.gho());

  NL(F, 'pat-x-placeholder', 'env', S.glGithub, 'gitleaks fps: ghp_ followed by 36 x', 'GITHUB_TOKEN=ghp_' + 'x'.repeat(36));
  NL(F, 'oauth-x-placeholder', 'json', S.glGithub, 'gitleaks fps: gho_ followed by 36 x', '{"access_token": "gho_' + 'x'.repeat(36) + '"}');
  NL(F, 'app-user-x-placeholder', 'yml', S.glGithub, 'gitleaks fps: ghu_ followed by 36 x', 'token: ghu_' + 'x'.repeat(36));
  NL(F, 'app-server-x-placeholder', 'sh', S.glGithub, 'gitleaks fps: ghs_ followed by 36 x', 'export GH_INSTALLATION_TOKEN=ghs_' + 'x'.repeat(36));
  NL(F, 'refresh-x-placeholder', 'json', S.glGithub, 'gitleaks fps: ghr_ followed by 36 x', '{"refresh_token": "ghr_' + 'x'.repeat(36) + '"}');
  NL(F, 'fine-grained-x-placeholder', 'md', S.glGithub, 'gitleaks fps: github_pat_ placeholder of x', 'Set `GH_PAT` to a token like github_pat_' + 'x'.repeat(22) + '_' + 'x'.repeat(59));
  N(F, 'raw-github-commit-sha', 'html', S.thGithubV2, 'trufflehog "not found": raw.github.com URL holding a 40-hex commit SHA', (v) => `<script src="https://raw.github.com/k/${v}/include/base64.js"></script>\n`, hex(40));
  N(F, 'actions-secret-reference', 'yml', S.glGithub, 'constructed: workflow reads the token from the secrets context, no value', 'jobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n', '${{ secrets.GITHUB_TOKEN }}');
  N(F, 'pat-bad-checksum', 'env', S.glGithub, 'constructed near-miss: ghp_ shape but the CRC32/base62 checksum does not match', (v) => `GITHUB_TOKEN=${v}\n`, gen.ghpBadChecksum());
  NL(F, 'pat-doc-short', 'md', S.glGithub, 'constructed near-miss: documentation placeholder with wrong length', 'export GITHUB_TOKEN=ghp_1234567890abcdef   # replace with your token');
}

// ===========================================================================
// slack — gitleaks slack.go, detect-secrets slack_test.py, secretlint slack ok.valid.
{
  const F = 'slack';
  P(F, 'bot-json', 'json', S.glSlack, 'bot token (xoxb-13-13-24) in JSON', (v) => `{\n  "bot_token": "${v}"\n}\n`, gen.slackBot());
  P(F, 'bot-python-client', 'py', S.glSlack, 'bot token passed to slack_sdk WebClient', (v) => `from slack_sdk import WebClient\n\nclient = WebClient(token="${v}")\n`, gen.slackBot());
  P(F, 'bot-dotenv', 'env', S.glSlack, 'bot token in .env', (v) => `SLACK_BOT_TOKEN=${v}\nSLACK_CHANNEL=#alerts\n`, gen.slackBot());
  P(F, 'user-json', 'json', S.glSlack, 'user token (xoxp-, 32 hex tail) in JSON', (v) => `{\n  "user_token": "${v}"\n}\n`, gen.slackUser());
  P(F, 'user-export', 'sh', S.glSlack, 'user token exported in a shell script', (v) => `export SLACK_USER_TOKEN=${v}\n`, gen.slackUser());
  P(F, 'app-level-yaml', 'yml', S.glSlack, 'app-level token (xapp-1-A…-13 digits-64 hex) in YAML', (v) => `slack:\n  app_token: ${v}\n`, gen.slackApp());
  P(F, 'config-access-token', 'json', S.glSlack, 'configuration access token (xoxe.xoxp-1-…163)', (v) => `{"access_token": "${v}"}\n`, gen.slackConfig());
  P(F, 'config-refresh-token', 'json', S.glSlack, 'configuration refresh token (xoxe-1-…146)', (v) => `{"refresh_token": "${v}"}\n`, gen.slackConfigRefresh());
  P(F, 'legacy-bot', 'json', S.glSlack, 'legacy bot token (xoxb-12-24)', (v) => `{"bot_token": "${v}"}\n`, gen.slackBotLegacy());
  P(F, 'legacy-xoxs', 'json', S.glSlack, 'legacy xoxs token', (v) => `{"access_token": "${v}"}\n`, gen.slackLegacyXoxs());
  P(F, 'legacy-workspace-xoxa', 'json', S.glSlack, 'legacy workspace token (xoxa-2-…)', (v) => `{"access_token": "${v}"}\n`, gen.slackXoxa());
  P(F, 'xoxe-in-file-url', 'json', S.glSlack, 'xoxe- token carried in a files.slack.com URL query', (v) => `{"url_private": "https:\\/\\/files.slack.com\\/files-pri\\/T04${rand(6, UPPER + DIGITS)}-F04${rand(6, UPPER + DIGITS)}\\/image.png?t=${v}"}\n`, gen.slackXoxe());
  P(F, 'webhook-dotenv', 'env', S.dsSlack, 'incoming webhook URL in .env', (v) => `SLACK_WEBHOOK_URL=${v}\n`, gen.slackWebhook());
  P(F, 'webhook-python', 'py', S.dsSlack, 'incoming webhook URL posted to with requests', (v) => `import requests\n\nrequests.post("${v}", json={"text": "deploy done"})\n`, gen.slackWebhook());
  P(F, 'webhook-alertmanager', 'yml', S.dsSlack, 'incoming webhook URL in Alertmanager config', (v) => `receivers:\n  - name: slack\n    slack_configs:\n      - api_url: '${v}'\n        channel: '#oncall'\n`, gen.slackWebhook());
  P(F, 'webhook-js', 'js', S.dsSlack, 'incoming webhook URL as a JS constant', (v) => `const SLACK_URL = '${v}';\nmodule.exports = { SLACK_URL };\n`, gen.slackWebhook());

  NL(F, 'bot-all-x', 'txt', S.glSlack, 'gitleaks fps: xoxb placeholder of x', 'xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx');
  NL(F, 'bot-xxx', 'txt', S.glSlack, 'gitleaks fps: truncated placeholder', 'xoxb-xxx');
  NL(F, 'bot-short-digits', 'txt', S.glSlack, 'gitleaks fps: too-short numeric parts', 'xoxb-12345-abcd234');
  NL(F, 'bot-words', 'txt', S.glSlack, 'gitleaks fps: placeholder written as words', 'xoxb-xoxb-my-bot-token');
  NL(F, 'user-only-one-part', 'json', S.glSlack, 'gitleaks fps: xoxp with a single numeric part', '"token1": "xoxp-1234567890"');
  NL(F, 'user-all-X', 'json', S.glSlack, 'gitleaks fps: xoxp placeholder of X', '"token2": "xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-' + 'X'.repeat(32) + '"');
  N(F, 'user-short-ids', 'json', S.glSlack, 'gitleaks fps: xoxp with 4-digit ids (too short)', (v) => `"token3": "${v}"\n`, 'xoxp-1234-1234-1234-' + hex(32));
  N(F, 'user-hash-tail', 'json', S.glSlack, 'gitleaks fps: xoxp whose secret part is ####', (v) => `"token4": "${v}"\n`, `xoxp-${digits(12)}-${digits(12)}-${digits(12)}-` + '#'.repeat(20));
  NL(F, 'config-token-here', 'md', S.glSlack, 'gitleaks fps: placeholder written as words', 'xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere');
  NL(F, 'config-randomstring', 'md', S.glSlack, 'gitleaks fps: RANDOMSTRINGHERE placeholder', 'xoxe.xoxp-1-RANDOMSTRINGHERE');
  NL(F, 'config-initial', 'md', S.glSlack, 'gitleaks fps: xoxe.xoxp-1-initial', 'xoxe.xoxp-1-initial');
  NL(F, 'refresh-xxx', 'md', S.glSlack, 'gitleaks fps: xoxe-1-xxx', 'xoxe-1-xxx');
  NL(F, 'legacy-bot-name', 'env', S.glSlack, 'gitleaks fps: xoxb-Slack_BOT_TOKEN', 'SLACK_TOKEN=xoxb-Slack_BOT_TOKEN');
  NL(F, 'legacy-bot-abcdef', 'txt', S.glSlack, 'gitleaks fps: xoxb-abcdef-abcdef', 'xoxb-abcdef-abcdef');
  NL(F, 'xoxo-in-image-url', 'md', S.glSlack, 'gitleaks fps: "xoxo" inside an image URL', '![](https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg)');
  NL(F, 'xoxa-in-repo-url', 'md', S.glSlack, 'gitleaks fps: "xoxa-" in a GitHub URL', 'See https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md');
  NL(F, 'api-docs-url', 'txt', S.slSlackOk, 'secretlint slack ok.valid: Slack API docs URL', 'THIS IS OK https: https://api.slack.com/web.');
  NL(F, 'webhook-x-placeholder', 'md', S.dsSlack, 'detect-secrets slack_test: webhook URL made of x placeholders (flagged by detect-secrets, but no secret)', 'https://hooks.slack' + '.com/services/Txxxxxxxx/Bxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxx');
  NL(F, 'google-doc-id', 'md', S.glSlack, 'gitleaks fps: Google Docs id containing xOxP', 'Spec: https://docs.google.com/document/d/1W7KCxOxP-1Fy5EyF2lbJGE2WuKmu5v0suYqoHas1jRM');
}

// ===========================================================================
// azure — gitleaks azure.go, trufflehog azure_entra spv2 test, Nosey Parker azure.yml,
// detect-secrets azure_storage_key_test.py.
{
  const F = 'azure';
  const acct = () => pick(['acmeprodstore', 'd1biblobstor521', 'ingeststage01', 'procurelake']);
  P(F, 'entra-secret-dotenv', 'env', S.glAzure, 'Entra ID client secret (xxxNQ~…) as client_secret=', (v) => `client_secret=${v}\n`, gen.entraSecret());
  P(F, 'entra-secret-yaml-dot', 'yml', S.glAzure, 'Entra client secret starting with "." in YAML', (v) => `client_secret: ${v}\n`, gen.entraSecret('.' + rand(2)));
  P(F, 'entra-secret-ini', 'ini', S.glAzure, 'Entra client secret as AUTH_CLIENTSECRET = …', (v) => `[auth]\nAUTH_CLIENTSECRET = ${v}\n`, gen.entraSecret('_' + rand(2)));
  P(F, 'entra-secret-xml-value', 'xml', S.glAzure, 'Entra client secret in an XML <value> element', (v) => `<?xml version="1.0"?>\n<setting name="ClientSecret">\n  <value xsi:type="xsd:string">${v}</value>\n</setting>\n`, gen.entraSecret('~' + rand(2)));
  P(F, 'entra-secret-json', 'json', S.glAzure, 'Entra client secret in JSON settings', (v) => `{\n  "CLIENT_ID": "${uuid()}",\n  "CLIENT_SECRET": "${v}"\n}\n`, gen.entraSecret());
  P(F, 'entra-secret-powershell', 'ps1', S.glAzure, 'Entra client secret as a PowerShell -ClientSecret argument', (v) => `Set-PSUAuthenticationMethod -Type 'OpenIDConnect' -CallbackPath '/auth/oidc' -ClientId '${uuid()}' -ClientSecret '${v}'\n`, gen.entraSecret());
  P(F, 'entra-secret-spring-yaml', 'yml', S.glAzure, 'Entra client secret as Spring client-secret', (v) => `spring:\n  cloud:\n    azure:\n      active-directory:\n        credential:\n          client-secret: "${v}"\n`, gen.entraSecret());
  P(F, 'entra-secret-cas-properties', 'properties', S.thEntra, 'trufflehog spv2: CAS properties with several client ids/tenants and one secret', (v) => `cas.authn.azure-active-directory.client-id=${uuid()},\n#cas.authn.azure-active-directory.client-id=${uuid()},\ncas.authn.azure-active-directory.login-url=https://login.microsoftonline.com/common/,\ncas.authn.azure-active-directory.tenant=${uuid()},\ncas.authn.azure-active-directory.client-secret=${v},\n`, gen.entraSecret());
  P(F, 'entra-secret-notes', 'txt', S.thEntra, 'trufflehog spv2: ClientID / Client Secret / Tenant ID notes', (v) => `ClientID - ${uuid()}\nClient Secret- ${v}\nTenant ID - ${uuid()}\n`, gen.entraSecret());
  P(F, 'entra-secret-helm-values', 'yaml', S.thEntra, 'trufflehog spv2: servicePrincipal block in Helm values', (v) => `servicePrincipal:\n  tenantId: "${uuid()}"\n  clientId: "${uuid()}"\n  clientSecret: "${v}"\nagentImage: "karbar.azurecr.io/kar-agent"\n`, gen.entraSecret());
  P(F, 'entra-secret-leading-dash', 'yml', S.thEntra, 'trufflehog spv2: secret starting with "-"', (v) => `azure:\n  active-directory:\n    credential:\n      client-id: ${uuid()}\n      client-secret: ${v}\n`, gen.entraSecret('-' + rand(2)));
  P(F, 'entra-secret-trailing-dash', 'env', S.thEntra, 'trufflehog spv2: secret ending with "-"', (v) => `OPENID_CLIENT_ID=${uuid()}\nOPENID_CLIENT_SECRET=${v}\nOPENID_GRANT_TYPE=client_credentials\n`, gen.entraSecret().slice(0, -1) + '-');
  P(F, 'entra-secret-request-body', 'json', S.thEntra, 'trufflehog spv2: secret inside a recorded, \\u0026-escaped token request body', (v) => `{\n  "RequestBody": "client_id=${uuid()}\\u0026grant_type=client_credentials\\u0026client_secret=${v}\\u0026scope=https%3A%2F%2Fmanagement.azure.com%2F.default"\n}\n`, gen.entraSecret());
  P(F, 'entra-secret-terraform', 'tf', S.glAzure, 'Entra client secret in the azurerm provider block', (v) => `provider "azurerm" {\n  features {}\n  client_id     = "${uuid()}"\n  client_secret = "${v}"\n  tenant_id     = "${uuid()}"\n}\n`, gen.entraSecret());
  P(F, 'entra-secret-31-tail', 'py', S.glAzure, 'Entra client secret, shortest accepted tail (31 chars after Q~)', (v) => `CLIENT_SECRET = "${v}"\n`, gen.entraSecret(null, 31));
  P(F, 'storage-connstr-dotenv', 'env', S.npAzure, 'storage connection string with 88-char AccountKey', (v) => `AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=${acct()};AccountKey=${v};EndpointSuffix=core.windows.net\n`, gen.azureStorageKey());
  P(F, 'storage-connstr-local-settings', 'json', S.npAzure, 'storage connection string in Functions local.settings.json', (v) => `{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=${acct()};AccountKey=${v};EndpointSuffix=core.windows.net",\n    "FUNCTIONS_WORKER_RUNTIME": "node"\n  }\n}\n`, gen.azureStorageKey());
  P(F, 'storage-connstr-multiline', 'txt', S.npAzure, 'Nosey Parker: connection string split over lines, AccountKey on its own line', (v) => `DefaultEndpointsProtocol=https;AccountName=${acct()};\nAccountKey=${v};\nBlobEndpoint=https://${acct()}.blob.core.windows.net/;\n`, gen.azureStorageKey());
  P(F, 'storage-accountkey-quoted', 'cfg', S.dsAzureStorage, 'detect-secrets: AccountKey="…" (double quotes)', (v) => `[storage]\nAccountKey="${v}"\n`, gen.azureStorageKey());
  P(F, 'storage-accountkey-single-quoted', 'cfg', S.dsAzureStorage, "detect-secrets: AccountKey='…' (single quotes)", (v) => `AccountKey='${v}'\n`, gen.azureStorageKey());
  P(F, 'storage-sql-scoped-credential', 'sql', S.dsAzureStorage, 'detect-secrets: storage key in CREATE DATABASE SCOPED CREDENTIAL near an azure mention', (v) => `-- (https://portal.azure.com/)\nCREATE DATABASE SCOPED CREDENTIAL AzureStorageCredential\nWITH IDENTITY = 'SHARED ACCESS SIGNATURE',\nSECRET = '${v}';\n`, gen.azureStorageKey());
  P(F, 'iothub-connstr', 'json', S.npAzure, 'Nosey Parker: IoT Hub SharedAccessKey in a connection string', (v) => `"IOTHUB_CONNECTION_STRING": {\n  "value": "HostName=acme-ioth521.azure-devices.net;SharedAccessKeyName=registryReadWrite;SharedAccessKey=${v}"\n}\n`, gen.azureSasKey());
  P(F, 'servicebus-connstr', 'json', S.npAzure, 'Service Bus RootManageSharedAccessKey connection string in appsettings.json', (v) => `{\n  "ConnectionStrings": {\n    "ServiceBus": "Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${v}"\n  }\n}\n`, gen.azureSasKey());
  P(F, 'appconfig-connstr', 'cs', S.npAzure, 'Nosey Parker np-azure-02: App Configuration connection string Secret=', (v) => `private static string appConfigurationConnectionString = "Endpoint=https://appcs-acme.azconfig.io;Id=${rand(4, LOWER + DIGITS)}-l9-s0:${rand(20, ALNUM)};Secret=${v}";\n`, b64(32));
  P(F, 'sas-url', 'py', S.npAzure, 'blob SAS URL with sig= (Nosey Parker notes SharedAccessSignature as secret-bearing)', (v) => `EXPORT_URL = "https://${acct()}.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacup&se=2026-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=${v}"\n`, encodeURIComponent(b64(32)));

  NL(F, 'entra-secret-low-entropy', 'env', S.glAzure, 'gitleaks fps / trufflehog: client secret of x after the Q~ marker', 'client_secret=bP88Q~' + 'x'.repeat(34));
  NL(F, 'entra-secret-low-entropy-py', 'py', S.thEntra, 'trufflehog spv2 invalid: low-entropy Q~ value', "CLIENT_SECRET = 'USe8Q~" + 'x'.repeat(31) + "'");
  N(F, 'image-url-tilde', 'md', S.glAzure, 'gitleaks fps: image URL with ~tplv suffix', (v) => `![图源：《深入拆解Tomcat & Jetty》](https://p3-juejin.byteimg.com/tos-cn-i-k3u1fbpfcp/${v}~tplv-k3u1fbpfcp-watermark.image)\n`, hex(32));
  NL(F, 'tilde-rule', 'md', S.glAzure, 'gitleaks fps: a line of tildes', '~'.repeat(40));
  NL(F, 'css-sibling-selector', 'css', S.glAzure, 'gitleaks fps: CSS general-sibling selectors', '.ui.visible.right.sidebar~.ui.visible.left.sidebar~.pusher{transform:translate3d(0,0,0)}');
  NL(F, 'go-tilde-string', 'go', S.glAzure, 'gitleaks fps: tildes in a Go string', 'buf.WriteString("' + '~'.repeat(38) + '\\n\\n::\\n\\n")');
  NL(F, 'url-with-tildes', 'py', S.glAzure, 'gitleaks fps: URL path segments separated by ~', "'url': 'http://www.2doc.nl/speel~VARA_101375237~mh17-het-verdriet-van-nederland~.html',");
  NL(F, 'portainer-route', 'js', S.glAzure, 'gitleaks fps: ~2F-encoded route', "'#!/registries/5/portainer.demo~2Fportainerregistrytesting~2Falpine',");
  N(F, 'appinsights-ikey-zero', 'txt', S.npAzure, 'Nosey Parker negative: App Insights connection string (instrumentation key is an id)', (v) => `${v}\n`, 'InstrumentationKey=00000000-0000-0000-0000-000000000000;EndpointSuffix=ai.contoso.com;');
  N(F, 'appinsights-ikey-endpoints', 'json', S.npAzure, 'Nosey Parker negative: App Insights connection string with endpoints', (v) => `{"APPLICATIONINSIGHTS_CONNECTION_STRING": "${v}"}\n`, `InstrumentationKey=${uuid()};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/`);
  NL(F, 'appconfig-xxx', 'sh', S.npAzure, 'Nosey Parker negative: az appconfig with Id=xxx;Secret=xxx', 'az appconfig feature delete --connection-string Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx --feature color --label MyLabel');
  N(F, 'public-key-field', 'yml', S.dsAzureStorage, 'detect-secrets: 88-char base64 under PublicKey:', (v) => `PublicKey: ${v}\n`, b64(64));
  N(F, 'ssh-public-keys-list', 'yml', S.dsAzureStorage, 'detect-secrets: base64 blob in an SshPublicKeys list', (v) => `SshPublicKeys:\n  - ${v}\n`, b64(64));
  N(F, 'pnpm-integrity-near-azure', 'yaml', S.dsAzureStorage, 'detect-secrets: sha512 integrity next to @azure/identity in pnpm-lock', (v) => `  /@azure/msal-node@2.6.0:\n    resolution: {integrity: ${v}}\n    engines: {node: '>=12.0.0'}\n    peerDependencies:\n      '@azure/identity': '*'\n`, 'sha512-' + b64(64));
  N(F, 'azurite-dev-key', 'env', S.npAzure, "constructed: Azurite's published development-storage key (public documentation)", (v) => `AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${v};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n`, 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==');
  NL(F, 'use-development-storage', 'json', S.npAzure, 'constructed: development-storage shortcut, no key', '{"AzureWebJobsStorage": "UseDevelopmentStorage=true"}');
  N(F, 'client-id-uuid', 'env', S.glGeneric, 'gitleaks generic fps: client id is a UUID identifier, not a secret', (v) => `AZURE_CLIENT_ID=${v}\n`, uuid());
  N(F, 'tenant-id-uuid', 'env', S.glGeneric, 'gitleaks generic fps shape: tenant id UUID', (v) => `AZURE_TENANT_ID=${v}\n`, uuid());
  NL(F, 'accountkey-env-reference', 'env', S.dsAzureStorage, 'constructed: AccountKey taken from an environment variable', 'AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=${AZURE_STORAGE_KEY};EndpointSuffix=core.windows.net');
  NL(F, 'keyvault-reference', 'json', S.npAzure, 'constructed: App Service Key Vault reference instead of a value', '{"ClientSecret": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/graph-client-secret/)"}');
}

// ===========================================================================
// aws — gitleaks aws.go (tps/fps).
{
  const F = 'aws';
  P(F, 'key-id-credentials-file', 'ini', S.glAws, 'AKIA access key id in a shared credentials file', (v) => `[default]\naws_access_key_id = ${v}\nregion = eu-west-1\n`, gen.awsKeyId());
  P(F, 'key-id-dotenv', 'env', S.glAws, 'AKIA access key id in .env', (v) => `AWS_ACCESS_KEY_ID=${v}\n`, gen.awsKeyId());
  P(F, 'key-id-json', 'json', S.glAws, 'AKIA access key id in JSON config', (v) => `{"accessKeyId": "${v}", "region": "us-east-1"}\n`, gen.awsKeyId());
  P(F, 'sts-temp-key-id', 'json', S.glAws, 'ASIA temporary key id in an STS response', (v) => `{\n  "Credentials": {\n    "AccessKeyId": "${v}",\n    "Expiration": "2025-06-01T12:00:00Z"\n  }\n}\n`, gen.awsKeyId('AS' + 'IA'));
  P(F, 'key-id-sdk-config', 'ts', S.glAws, 'AKIA key id in an AWS SDK config object', (v) => `AWS.config.update({ accessKeyId: '${v}', region: 'us-west-2' });\n`, gen.awsKeyId());
  P(F, 'secret-dotenv', 'env', S.glAws, '40-char secret access key in .env', (v) => `AWS_SECRET_ACCESS_KEY=${v}\n`, gen.awsSecret());
  P(F, 'secret-credentials-file', 'ini', S.glAws, 'secret access key in a shared credentials file', (v) => `[deploy]\naws_secret_access_key = ${v}\n`, gen.awsSecret());
  P(F, 'secret-boto3', 'py', S.glAws, 'secret access key passed to boto3', (v) => `import boto3, os\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],\n    aws_secret_access_key="${v}",\n)\n`, gen.awsSecret());
  P(F, 'secret-terraform', 'tf', S.glAws, 'secret key in the Terraform aws provider', (v) => `provider "aws" {\n  region     = "us-east-1"\n  secret_key = "${v}"\n}\n`, gen.awsSecret());

  NL(F, 'key-id-all-x', 'ini', S.glAws, 'gitleaks fps: low-entropy AKIAXXXX… placeholder', 'key = AKIAXXXXXXXXXXXXXXXX');
  NL(F, 'key-id-documented-example', 'yml', S.glAws, "gitleaks fps: AWS's documented example key id (…EXAMPLE)", 'aws_access_key: AKIAIOSFODNN7EXAMPLE');
  NL(F, 'secret-documented-example', 'ini', S.glAws, "AWS's documented example secret key (…EXAMPLEKEY), same allowlist as the id", 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  NL(F, 'finnish-msgstr', 'po', S.glAws, 'gitleaks fps: lowercase translation text', 'msgstr "Näytä asiakirjamallikansio."');
  NL(F, 'wrong-length-uppercase', 'txt', S.glAws, 'gitleaks fps: ASIA inside a longer uppercase word (wrong length)', 'TODAYINASIAASACKOFRICEFELLOVER');
  N(F, 'dna-sequence', 'fasta', S.glAws, 'gitleaks fps: DNA alignment with an ACCA+16 bases segment', (v) => `>sample_12\n${rand(27, 'ACGT')}-ACG--${rand(8, 'ACGT')}-${v}-${rand(12, 'ACGT')}--${rand(20, 'ACGT')}\n`, 'ACCA' + rand(16, 'ACGT'));
  NL(F, 'secret-env-reference', 'ini', S.glAws, 'constructed: secret taken from an environment variable', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}');
  NL(F, 'role-arn', 'json', S.glAws, 'constructed: IAM role ARN (account id, not a credential)', '{"RoleArn": "arn:aws:iam::123456789012:role/connector-readonly"}');
  NL(F, 'key-id-angle-placeholder', 'env', S.glAws, 'constructed: <placeholder> value', 'AWS_ACCESS_KEY_ID=<your-access-key-id>');
}

// ===========================================================================
// curl — gitleaks curl.go (curl-auth-user and curl-auth-header tps/fps).
{
  const F = 'curl';
  // -u / --user
  P(F, 'user-elastic-no-quotes', 'sh', S.glCurl, 'curl -u user:pass, same line, no quotes', (v) => `curl --cacert ca.crt -u elastic:${v} https://localhost:9200\n`, pw(14, '$@'));
  P(F, 'user-next-lines', 'sh', S.glCurl, 'curl -u on a continuation line', (v) => `sh-5.0$ curl -k -X POST https://infinispan:11222/rest/v2/caches/default/hello \\\n  -H 'Content-type: text/plain' \\\n  -d 'world' \\\n  -u developer:${v}\n`, mixed(16));
  P(F, 'user-empty-username', 'sh', S.glCurl, 'curl -u ":password" (empty user)', (v) => `curl -u ":${v}" https://localhost:9200\n`, pw(12, '!'));
  P(F, 'user-empty-password', 'sh', S.glCurl, 'curl -u "secret:" (token as user, empty password)', (v) => `curl -u "${v}:" https://localhost:9200\n`, pw(12, '!'));
  P(F, 'user-long-single-quotes', 'sh', S.glCurl, "curl --user 'user:pass' with other flags", (v) => `curl -sw '%{http_code}' -X POST --user  'johns:${v}' $GItHUB_API_URL/$GIT_COMMIT --data\n`, pw(12, '~'));
  P(F, 'user-email-login', 'sh', S.glCurl, 'curl --user email:pass', (v) => `curl --user roger23@gmail.com:${v} https://www.dropbox.com/cli_link?host_id=abcdefg -v\n`, mixed(10));
  P(F, 'user-mailgun-api', 'sh', S.glCurl, "curl --user 'api:key' then URL on the next line", (v) => `curl -s --user 'api:${v}' \\\n    https://api.mailgun.net/v2/sandbox${hex(24)}.mailgun.org/messages\n`, pw(12, '!'));
  P(F, 'user-double-quotes', 'sh', S.glCurl, 'curl --user "user:pass" double quotes', (v) => `curl -s -v --user "j.smith:${v}" "https://api.contoso.org/user/me"\n`, pw(18, '@#'));
  P(F, 'user-quoted-parts', 'sh', S.glCurl, 'curl --user "{id}":"{secret}" (each part quoted)', (v) => `curl -X POST --user "{${uuid()}}":"{${v}}" --header "Accept: application/json" https://gateway.watsonplatform.net/language-translator/api\n`, mixed(14));
  P(F, 'user-mixed-quoting', 'sh', S.glCurl, "curl --user kevin:'pass' mixed quoting", (v) => `curl --user kevin:'${v}' -iX PATCH -H "Content-Type: application/json" -d @body.json https://api.acme.io/v1/me\n`, mixed(16));
  P(F, 'user-oauth-client', 'sh', S.glCurl, 'curl --user client_id:client_secret on a later line', (v) => `$ curl https://api.dropbox.com/oauth2/token \\\n  --user ${rand(15, LOWER + DIGITS)}:${v} --data grant_type=authorization_code\n`, rand(15, LOWER + DIGITS));
  // -H / --header
  P(F, 'header-bare-uuid', 'sh', S.glCurl, 'Authorization header holding a bare UUID token', (v) => `curl --header  'Authorization:  ${v}'\n`, uuid());
  P(F, 'header-basic-single-quotes', 'sh', S.glCurl, "-H 'Authorization: Basic …' (base64 user:pass)", (v) => `curl -H 'Authorization: Basic ${v}' \\\n  https://registry.acme.io/v2/_catalog\n`, basic('browser', pw(14)));
  P(F, 'header-basic-client-credentials', 'sh', S.glCurl, '--header "Authorization: Basic …" for a client-credentials grant', (v) => `curl -k -X POST --header "Authorization: Basic ${v}" "https://api-qa.example.com:8243/token" -d "grant_type=client_credentials"\n`, basic(rand(28, ALNUM + '_'), rand(28, ALNUM + '_')));
  P(F, 'header-basic-next-line', 'sh', S.glCurl, 'Basic header on a continuation line', (v) => `curl -X POST -H "Content-Type: application/json" \\\n -H "Authorization: Basic ${v}" \\\n  -d '{"user":{"emailAddress":"test@example.com"}}' \\\n  'http://localhost:8080/oauth2-provider/v1.0/users'\n`, basic(hex(32), hex(32)));
  P(F, 'header-basic-commented', 'sh', S.glCurl, 'Basic header in a commented-out curl (still committed)', (v) => `#curl -X POST \\\n#  https://api.mailgun.net/v3/sandbox${hex(32)}.mailgun.org/messages \\\n#  -H 'Authorization: Basic ${v}' \\\n#  -F to='joe@example.com'\n`, basic('api', 'key-' + hex(32)));
  P(F, 'header-bearer-hex', 'sh', S.glCurl, 'Bearer token (32 hex) in a commented curl', (v) => `# curl -X GET "http://localhost:3000/api/cron/status" -H "Authorization: Bearer ${v}"\n`, hex(32));
  P(F, 'header-bearer-long-base64', 'sh', S.glCurl, 'long base64 Bearer token', (v) => `curl -X PUT -H 'Authorization: Bearer ${v}' -d 'user={"account":"user@domain.com"}' http://127.0.0.1:8443/desks/1/occupy\n`, b64(256));
  P(F, 'header-bearer-openshift', 'sh', S.glCurl, 'Bearer sha256~ OpenShift token', (v) => `curl -H "Authorization: Bearer ${v}" https://api.ocp.acme.internal:6443/apis\n`, 'sha256~' + b64url(32));
  P(F, 'header-api-token', 'sh', S.glCurl, 'Authorization: Api-Token <40 hex>', (v) => `curl -H "Authorization: Api-Token ${v}" --request PUT https://appsecclass.report/api/use/635\n`, hex(40));
  P(F, 'header-token', 'sh', S.glCurl, 'Authorization: Token <40 hex>', (v) => `curl -H "Authorization: Token ${v}" --request PUT https://appsecclass.report/api/use/635\n`, hex(40));
  P(F, 'header-jwt-no-scheme', 'sh', S.glCurl, 'JWT directly in the Authorization header', (v) => `curl -L -H "Authorization:${v}" service1.local\n`, gen.jwt());
  P(F, 'header-apikey-uuid', 'sh', S.glCurl, 'apikey: header (UUID key)', (v) => `curl -X GET \\\n     -H "apikey: ${v}" \\\n     -H "Accept: application/json" \\\n     https://api.acme.io/rest/v1/stats\n`, uuid());
  P(F, 'header-api-token-short', 'sh', S.glCurl, 'Api-Token: header', (v) => `curl -X POST --header "Api-Token: ${v}" https://api.acme.io/v1/jobs\n`, mixed(16));
  P(F, 'header-token-hex', 'sh', S.glCurl, 'Token: header (16 hex)', (v) => `curl -XPOST http://localhost:8080/api/tasks -H "Content-Type: application/x-www-form-urlencoded; charset=UTF-8" -H "Token: ${v}" -d "content=hello-curl"\n`, hex(16));
  P(F, 'header-x-vendor-apikey', 'sh', S.glCurl, 'X-<Vendor>-ApiKey: header', (v) => `curl -X GET https://octopus.corp.net/api/projects \\\n     -H "X-Octopus-ApiKey: API-${v}"\n`, rand(27, UPPER + DIGITS));

  NL(F, 'user-test-test', 'sh', S.glCurl, "gitleaks fps: -u 'test:test' placeholder", "curl -i -u 'test:test'");
  NL(F, 'user-positional-args', 'sh', S.glCurl, 'gitleaks fps: positional shell arguments', '   curl -sL --user "$1:$2" "$3" > "$4"');
  NL(F, 'user-angle-placeholder', 'sh', S.glCurl, 'gitleaks fps: <user:password> placeholder', 'curl -u <user:password> https://test.com/endpoint');
  NL(F, 'user-bracket-placeholder', 'sh', S.glCurl, 'gitleaks fps: [PASSWORD] placeholder', 'curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/');
  NL(F, 'user-no-password', 'sh', S.glCurl, 'gitleaks fps: user only, no password', 'curl -u "myusername" http://localhost:15130/api/check_user/');
  NL(F, 'user-username-token', 'sh', S.glCurl, 'gitleaks fps: username:token words', 'curl -u username:token');
  NL(F, 'user-braced-vars', 'sh', S.glCurl, 'gitleaks fps: ${_username}:${_password}', 'curl -u "${_username}:${_password}"');
  NL(F, 'user-braced-vars-quoted', 'sh', S.glCurl, 'gitleaks fps: "${username}":"${password}"', 'curl -u "${username}":"${password}"');
  NL(F, 'user-var-password', 'sh', S.glCurl, 'gitleaks fps: password from ${APPID}', 'curl -k -X POST -I -u "SRVC_JENKINS:${APPID}"');
  NL(F, 'user-empty-both', 'sh', S.glCurl, 'gitleaks fps: empty user and password', 'curl -u ":" https://localhost:9200');
  NL(F, 'user-env-vars-single-quoted', 'sh', S.glCurl, "gitleaks fps: '$USERNAME:$PASSWORD'", "curl -sw '%{http_code}' -X POST --user '$USERNAME:$PASSWORD' $GItHUB_API_URL/$GIT_COMMIT --data");
  NL(F, 'user-xxx-yyy', 'sh', S.glCurl, 'gitleaks fps: "xxx:yyy"', 'curl --user "xxx:yyy"');
  NL(F, 'user-env-vars', 'sh', S.glCurl, 'gitleaks fps: $GITHUB_USERNAME:$GITHUB_PASSWORD', '           curl -sL --user "$GITHUB_USERNAME:$GITHUB_PASSWORD" "$GITHUB_URL" > "$TESTS_PATH"');
  NL(F, 'user-helm-template', 'yaml', S.glCurl, 'gitleaks fps: Helm template values', 'curl --silent --fail {{- if and $.Values.username $.Values.password }} --user "{{ $.Values.username }}:{{ $.Values.password }}"');
  NL(F, 'user-actions-env', 'yml', S.glCurl, 'gitleaks fps: ${{ env.* }} interpolation', 'curl -XGET -i -u "${{ env.ELK_ID }}:${{ build.env.ELK_PASS }}"');
  NL(F, 'user-actions-needs', 'yml', S.glCurl, 'gitleaks fps: ${{needs.*}} interpolation', 'curl -XGET -i -u "${{needs.vault.outputs.account_id}}:${{needs.vault.outputs.account_password}}"');
  NL(F, 'user-command-substitution', 'sh', S.glCurl, 'gitleaks fps: $(cat …) command substitution', 'curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)"');
  NL(F, 'user-user-pass-digest', 'sh', S.glCurl, 'gitleaks fps: user:pass placeholder', 'curl http://127.0.0.1:5000/file --user user:pass --digest        # digest auth');
  NL(F, 'user-username-password', 'sh', S.glCurl, 'gitleaks fps: "username:password" placeholder', '   curl -X GET --insecure --user "username:password" \\');
  NL(F, 'user-braced-shell-vars', 'sh', S.glCurl, 'gitleaks fps: ${f5user}:${f5pass}', 'curl --silent --insecure --user ${f5user}:${f5pass} \\');
  NL(F, 'user-smtp-no-password', 'sh', S.glCurl, 'gitleaks fps: --user with an address only', 'curl --insecure --ssl-reqd "smtps://smtp.gmail.com" --mail-from "src@gmail.com" --mail-rcpt "dst@gmail.com" --user "src@gmail.com" --upload-file out.txt');
  N(F, 'no-credentials', 'sh', S.glCurl, 'gitleaks fps: curl with JSON data and no credentials', (v) => `#HTTP command line test\n${v}\n\n#UDP command line test\necho -n '{"type":"serve","channel":"/"}' >/dev/udp/127.0.0.1/41234\n`, `curl -X POST -H "Content-Type: application/json" -d '{"id":12345,"geo":{"latitude":28.50,"longitude":-81.14}}' http://<ip>:8080/serve`);
  NL(F, 'header-bearer-x', 'sh', S.glCurl, 'gitleaks fps: Bearer XXXXXXXXXXXX', 'curl https://example.com/micropub -d h=entry -d "content=Hello World" -H "Authorization: Bearer XXXXXXXXXXXX"');
  NL(F, 'header-basic-ellipsis', 'sh', S.glCurl, 'gitleaks fps: Basic ...', 'curl -X POST https://accounts.spotify.com/api/token -d grant_type=client_credentials --header "Authorization: Basic ..."');
  N(F, 'header-bearer-angle', 'sh', S.glCurl, 'gitleaks fps: Bearer <Openverse API token>', (v) => `curl \\\n  -H "${v}" \\\n  "https://api.openverse.org/v1/audio/?q=test"\n`, 'Authorization: Bearer <Openverse API token>');
  N(F, 'header-token-stars', 'sh', S.glCurl, 'gitleaks fps: Token **********', (v) => `curl -v -X POST https://domain/api/v1/authentication/sso/login-url/ \\\n  -H 'Content-Type: application/json' \\\n  -H "${v}" \\\n  -d '{"username": "test", "next": "/luna/"}'\n`, 'Authorization: Token **********');
  NL(F, 'header-basic-expression', 'sh', S.glCurl, 'gitleaks fps: basic {base64(email:password)} pseudo-code', 'curl -XPOST http://localhost:8080/api/token -H "Authorization: basic {base64(email:password[\\n])}" => token');
  N(F, 'header-apikey-var', 'sh', S.glCurl, 'gitleaks fps: apikey: $API_KEY', (v) => `curl -X GET \\\n     -H "${v}" \\\n     -H "Accept: $FORMAT" \\\n"$API_URL/rest/v1/stats_derniere_labellisation"\n`, 'apikey: $API_KEY');
  N(F, 'header-bearer-var', 'sh', S.glCurl, 'gitleaks fps: Bearer $API_KEY on a continuation line', (v) => `$ curl -X POST "http://localhost:8000/v1/chat/completions" \\\n    -H "Content-Type: application/json" \\\n    -H "${v}" \\\n    -d '{"model": "chatglm3-6b-32k"}'\n`, 'Authorization: Bearer $API_KEY');
  NL(F, 'header-bearer-gcloud', 'sh', S.glCurl, 'gitleaks fps: Bearer $(gcloud auth print-access-token)', 'curl -X GET -H "Content-Type: application/json" -H "Authorization: Bearer $(gcloud auth print-access-token)" https://workflowexecutions.googleapis.com/v1/projects/244283331594/locations/us-central1/workflows/sample-workflow/executions');
}

// ===========================================================================
// jenkins — Nosey Parker jenkins.yml, gitleaks generic.go fps (Jenkins credentials ids).
{
  const F = 'jenkins';
  P(F, 'api-token-python', 'py', S.npJenkins, 'Nosey Parker: Jenkins API token (11 + 32 hex) in Python settings', (v) => `jenkins_user = 'root'\njenkins_passwd = '${v}'   # Dev Token\njenkins_url = 'http://10.1.188.121'\n`, gen.jenkinsToken());
  P(F, 'api-token-export', 'sh', S.npJenkins, 'Nosey Parker: JENKINS_TOKEN exported in a shell script', (v) => `export JENKINS_USER=justin-admin-edit-view\nexport JENKINS_TOKEN=${v}\nexport JENKINS=jenkins-cicd.apps.sno.openshiftlabs.net\n`, gen.jenkinsToken());
  P(F, 'api-token-cli', 'sh', S.npJenkins, 'Jenkins API token in a jenkins-cli -auth argument', (v) => `java -jar jenkins-cli.jar -s https://ci.acme.io/ -auth deployer:${v} build deploy-prod -p TAG=v1.4.2\n`, gen.jenkinsToken());
  P(F, 'api-token-python-jenkins', 'py', S.npJenkins, 'Jenkins API token passed to python-jenkins', (v) => `import jenkins\n\nserver = jenkins.Jenkins('https://ci.acme.io', username='svc-release', password='${v}')\n`, gen.jenkinsToken());
  P(F, 'casc-password', 'yaml', S.npJenkins, 'plaintext password in a Configuration-as-Code credentials block', (v) => `credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - usernamePassword:\n              scope: GLOBAL\n              id: "nexus-deploy"\n              username: "deployer"\n              password: "${v}"\n`, humanPw());
  P(F, 'credentials-xml-plaintext', 'xml', S.npJenkins, 'plaintext <password> in a credentials XML used with create-credentials-by-xml', (v) => `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>artifactory-ci</id>\n  <description>CI upload user</description>\n  <username>ci-uploader</username>\n  <password>${v}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n`, pw(20, '!#'));
  P(F, 'jenkinsfile-hardcoded-curl', 'groovy', S.npJenkins, 'Jenkinsfile calling the Jenkins API with a hard-coded user:token', (v) => `pipeline {\n  agent any\n  stages {\n    stage('trigger') {\n      steps {\n        sh "curl -X POST 'https://jenkins.acme.io/job/update-parents/build' --user release-bot:${v}"\n      }\n    }\n  }\n}\n`, gen.jenkinsToken());

  NL(F, 'with-credentials-id', 'groovy', S.glGeneric, 'gitleaks generic fps: withCredentials by credentialsId (UUID reference)', `withCredentials([usernamePassword(credentialsId: '${uuid()}', usernameVariable: 'USERNAME', passwordVariable: 'PASSWORD')]) {`);
  NL(F, 'credentials-id', 'groovy', S.glGeneric, 'gitleaks generic fps: credentialsId reference', `credentialsId: '${uuid()}'`);
  NL(F, 'job-credentials-id', 'groovy', S.glGeneric, 'gitleaks generic fps: jobCredentialsId reference', `jobCredentialsId: '${uuid()}'`);
  N(F, 'environment-credentials-id', 'groovy', S.glGeneric, 'gitleaks generic fps: CREDENTIALS_ID names a stored credential', (v) => `environment {\n\t${v}\n}\n`, 'CREDENTIALS_ID = "K8S_CRED"');
  NL(F, 'build-token-root-doc', 'md', S.npJenkins, 'Nosey Parker negative: changelog text mentioning tokens and a commit hash', `1. ~~Does not play well with [Build Token Root Plugin](https://wiki.jenkins-ci.org/display/JENKINS/Build+Token+Root+Plugin) URL formats.~~ (added with [this commit](https://github.com/morficus/Parameterized-Remote-Trigger-Plugin/commit/${hex(40)})  )`);
  N(F, 'casc-variable', 'yaml', S.npJenkins, 'constructed: CasC password taken from a ${VAR} secret source', (v) => `jenkins:\n  securityRealm:\n    local:\n      users:\n        - id: "admin"\n          password: "${v}"\n`, '${JENKINS_ADMIN_PASSWORD}');
  N(F, 'credentials-xml-encrypted', 'xml', S.npJenkins, 'constructed: credentials.xml value encrypted by the controller ({AQAAAB…}); useless without the instance master key', (v) => `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>artifactory-ci</id>\n  <username>ci-uploader</username>\n  <password>${v}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n`, '{AQAAABAAAAAQ' + b64(48) + '}');
}

// ===========================================================================
// database-url — secretlint database-connection-string fixtures, Nosey Parker odbc.yml,
// trufflehog jdbc test, gitleaks database.go.
{
  const F = 'database-url';
  P(F, 'postgresql-ts', 'ts', S.slDbNgPg, 'secretlint ng.postgresql: postgresql:// URL with password', (v) => `const PG_URI = "postgresql://pguser:${v}@postgres.example.com:5432/production_db";\n`, pw(16));
  P(F, 'postgres-ts', 'ts', S.slDbNgPg, 'secretlint ng.postgresql: postgres:// URL', (v) => `const POSTGRES_URI = "postgres://api_user:${v}@db.internal.com:5432/api_db";\n`, pw(16));
  P(F, 'postgres-percent-encoded', 'env', S.slDbNgPg, 'DATABASE_URL with a percent-encoded password (%40, %23)', (v) => `DATABASE_URL=postgres://app:${v}@db.acme.internal:5432/app?sslmode=require\n`, pct(`${mixed(6)}@${mixed(5)}#${mixed(4)}`));
  P(F, 'postgres-dollar-password', 'env', S.slDbNgPg, 'DATABASE_URL whose password contains $', (v) => `DATABASE_URL=postgresql://svc_ingest:${v}@10.0.3.17:5432/warehouse\n`, `${mixed(5)}$${mixed(6)}$${digits(3)}`);
  P(F, 'sqlalchemy-engine', 'py', S.slDbNgPg, 'secretlint: create_engine with a postgresql URL', (v) => `from sqlalchemy import create_engine\n\nengine = create_engine('postgresql://postgres:${v}@db.example.com:5432/mydb')\n`, pw(12));
  P(F, 'pgpassword-psql', 'sh', S.slDbMore, 'secretlint additional.cases: PGPASSWORD=… psql', (v) => `PGPASSWORD=${v} psql -hdb-postgresql-ams3-58486-do-user-7772205-0.b.db.ondigitalocean.com -Udoadmin -p 25060\n`, pw(16, '@'));
  P(F, 'mysql-url', 'env', S.slDbMore, 'secretlint additional.cases: mysql:// URL', (v) => `CONNECTION_URI="mysql://root:${v}@db.example.com:5434/thegift"\n`, pw(12));
  P(F, 'mysql-cli-password', 'sh', S.slDbMore, 'secretlint additional.cases: mysql --password=', (v) => `mysql --user=doadmin --password=${v} --host=db-mysql-ams3-23775-do-user-7772205-0.a.db.ondigitalocean.com\n`, pw(14, '!@'));
  P(F, 'jdbc-mysql-multihost', 'properties', S.slDbMore, 'secretlint additional.cases: jdbc:mysql with user:pass before a host list', (v) => `spring.datasource.url=jdbc:mysql://sandy:${v}@[myhost1:1111,myhost2:2222]/db\n`, pw(14));
  P(F, 'jdbc-postgres-query-password', 'xml', S.thJdbc, 'trufflehog jdbc: password= in the JDBC query string', (v) => `<data-source name="reporting">\n  <jdbc-url>jdbc:postgresql://pg.acme.internal:5432/reporting?sslmode=require&amp;password=${v}&amp;user=reporter</jdbc-url>\n</data-source>\n`, pw(16));
  P(F, 'jdbc-mysql-tcp', 'go', S.thJdbc, 'trufflehog jdbc: user:pass@tcp(host) DSN', (v) => `package store\n\nconst dsn = "reporter:${v}@tcp(mysql.acme.internal:3306)/orders?parseTime=true"\n`, pw(16));
  P(F, 'mongodb-url', 'env', S.slDbMore, 'secretlint additional.cases: mongodb:// URL', (v) => `CONECTION_URI="mongodb://root:${v}@mongo.example.com:5434/thegift"\n`, pw(12));
  P(F, 'mongodb-srv', 'js', S.slDbMore, 'secretlint additional.cases: mongodb+srv URL', (v) => `mongoose.connect('mongodb+srv://testuser:${v}@cluster0-xm273.mongodb.net/test?retryWrites=true&w=majority');\n`, pw(12));
  P(F, 'sqlserver-appsettings', 'json', S.npOdbc, 'SQL Server connection string with Password= in appsettings.json', (v) => `{\n  "ConnectionStrings": {\n    "DefaultConnection": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=appuser;Password=${v};Encrypt=True;"\n  }\n}\n`, pw(18, '!#'));
  P(F, 'sqlserver-data-source', 'config', S.npOdbc, 'Nosey Parker odbc: Data Source=…;User ID=…;Password=…', (v) => `<add name="Reporting" connectionString="Data Source=190.190.200.100,1433;Network Library=DBMSSOCN;Initial Catalog=myDataBase;User ID=reporting;Password=${v};" />\n`, pw(16));
  P(F, 'odbc-uid-pwd', 'ini', S.npOdbc, 'Nosey Parker odbc: Provider=SQLNCLI;…;Uid=…;Pwd=…', (v) => `conn = Provider=SQLNCLI;Server=sql01,1433;Database=ledger;Uid=ledger_rw;Pwd=${v};\n`, pw(14));
  P(F, 'oledb-concatenated', 'vbs', S.npOdbc, 'Nosey Parker odbc: password after string concatenation', (v) => `adoConn.Open("Provider=SQLOLEDB.1;User ID=specialbill_user; " & "Password =${v};Initial Catalog=SpecialBill_PROD;Data Source=uszdba01;")\n`, pw(14));
  P(F, 'npgsql-connstr', 'cs', S.slDbMore, 'Npgsql Host=…;Username=…;Password=… (secretlint additional.cases shape with a real value)', (v) => `var cs = "Host=pg.acme.internal; Port=5432; Database=orders; Username=orders_app; Password=${v};";\n`, pw(16));
  P(F, 'jdbc-sqlserver-password', 'properties', S.thJdbc, 'trufflehog jdbc: jdbc:sqlserver with ;password=', (v) => `db.url=jdbc:sqlserver://sql.acme.internal:1433;databaseName=Billing;user=billing_app;password=${v};encrypt=true\n`, pw(16));
  P(F, 'redis-url', 'env', S.slDbNgPg, 'redis:// URL with password', (v) => `REDIS_URL=redis://default:${v}@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345\n`, mixed(32));
  P(F, 'amqps-url', 'yml', S.slDbNgPg, 'amqps:// broker URL with password', (v) => `broker:\n  url: amqps://ingest:${v}@b-1234.mq.us-east-1.amazonaws.com:5671\n`, pw(20));
  P(F, 'db-password-dotenv', 'env', S.glDatabase, 'gitleaks database.go: DB_PASSWORD=…', (v) => `DB_HOST=db.acme.internal\nDB_PASSWORD=${v}\n`, rand(20, ALNUM + ':;<@=},!$?^').replace(/^[^a-zA-Z]/, 'Q'));
  P(F, 'compose-postgres-password', 'yml', S.glDatabase, 'POSTGRES_PASSWORD in docker-compose environment', (v) => `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${v}\n`, pw(20));
  P(F, 'pg-password-dotenv', 'env', S.slDbMore, 'secretlint additional.cases: PG_PASSWORD=…', (v) => `PG_USERNAME=root\nPG_PASSWORD=${v}\n`, mixed(10));

  NL(F, 'mongodb-username-password', 'ts', S.slDbOk, 'secretlint ok.valid: username:password template', 'const MONGO_TEMPLATE = "mongodb://username:password@localhost:27017/database";');
  NL(F, 'mysql-var-password', 'ts', S.slDbOk, 'secretlint ok.valid: ${PASSWORD} variable', 'const MYSQL_TEMPLATE = "mysql://user:${PASSWORD}@example.com:3306/db";');
  NL(F, 'postgres-brace-template', 'ts', S.slDbOk, 'secretlint ok.valid: {username}:{password} template', 'const PG_TEMPLATE = "postgresql://{username}:{password}@{{host}}:5432/{database}";');
  NL(F, 'mongodb-no-auth', 'ts', S.slDbOk, 'secretlint ok.valid: no credentials', 'const MONGO_NO_AUTH = "mongodb://localhost:27017/database";');
  NL(F, 'mysql-no-auth', 'ts', S.slDbOk, 'secretlint ok.valid: no credentials', 'const MYSQL_NO_AUTH = "mysql://db.example.com:3306/app";');
  NL(F, 'postgres-no-auth', 'ts', S.slDbOk, 'secretlint ok.valid: no credentials', 'const PG_NO_AUTH = "postgresql://db.server.com:5432/production";');
  NL(F, 'your-username-your-password', 'ts', S.slDbOk, 'secretlint ok.valid: YOUR_USERNAME:YOUR_PASSWORD', 'const CONFIG_EXAMPLE = "mongodb://YOUR_USERNAME:YOUR_PASSWORD@cluster.mongodb.net/test";');
  NL(F, 'replace-with-password', 'ts', S.slDbOk, 'secretlint ok.valid: REPLACE_WITH_PASSWORD', 'const DOC_EXAMPLE = "mysql://admin:REPLACE_WITH_PASSWORD@mysql.server.com:3306/database";');
  NL(F, 'npgsql-your-password', 'cs', S.slDbMore, 'secretlint additional.cases: your_password placeholders', 'Host=your_host; Port=5432; Database=your_database; Username=your_username; Password=your_password;');
  NL(F, 'odbc-my-password', 'txt', S.slDbMore, 'secretlint additional.cases: myPassword placeholder', 'Server=myServerAddress;Database=myDataBase;Uid=myUsername;Pwd=myPassword;');
  NL(F, 'jdbc-sqlserver-placeholders', 'xml', S.thJdbc, 'trufflehog jdbc: MY-USER / MY-PASSWORD placeholders', '<jdbc-url>jdbc:sqlserver://x.x.x.x:1433;databaseName=MY-DB;user=MY-USER;password=MY-PASSWORD;encrypt=false</jdbc-url>');
  NL(F, 'postgres-angle-host', 'xml', S.thJdbc, 'trufflehog jdbc: postgres:postgres@<your-connection-ip-address>', '<jdbc-url>postgresql://postgres:postgres@<your-connection-ip-address>:5432</jdbc-url>');
  NL(F, 'jdbc-ruby-interpolation', 'xml', S.thJdbc, 'trufflehog jdbc: #{uri.user} interpolation', '<jdbc-url>jdbc:postgresql://#{uri.host}#{uri.path}?user=#{uri.user}</jdbc-url>');
  NL(F, 'jdbc-no-credentials', 'xml', S.thJdbc, 'trufflehog jdbc: JDBC URL without credentials', '<jdbc-url>jdbc:postgresql://localhost:5432/postgres</jdbc-url>');
  NL(F, 'odbc-datastore-interpolation', 'rb', S.npOdbc, "Nosey Parker odbc: uid/pwd from #{datastore['…']} interpolation (no value)", `"driver={SQL Server};server=(#{datastore['DBHOST']});database=#{datastore['DBNAME']};uid=#{datastore['DBUID']};pwd=#{datastore['DBPASSWORD']}"`);
  NL(F, 'python-empty-defaults', 'py', S.npOdbc, 'Nosey Parker odbc negative: empty default arguments', "def login(self, user = '', password = '', domain = ''):");
  N(F, 'java-userid-password-words', 'java', S.npOdbc, 'Nosey Parker odbc negative: "userid"/"password" literal words', (v) => `String url = "jdbc:msf:sql://127.0.0.1:8080/sample";\nString userid = "userid";\n${v}\n`, 'String password = "password";');
  NL(F, 'database-url-env-reference', 'env', S.slDbOk, 'constructed: password from ${DB_PASSWORD}', 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app');
  NL(F, 'db-password-bracket-value', 'md', S.glDatabase, 'gitleaks database.go fps: DB_PASSWORD=[value]', 'DB_PASSWORD=[value]');
  NL(F, 'somepwd-x', 'txt', S.glDatabase, 'gitleaks database.go fps: XXXXXXXXXXXXXXX', 'somepwd=XXXXXXXXXXXXXXX');
  NL(F, 'dbd-params-hashes', 'rb', S.npGeneric, 'Nosey Parker generic negative: password=###### placeholder', ":authn_dbd_params => 'host=db_host port=3306 user=apache password=###### dbname=apache_auth',");
  NL(F, 'file-url-credentials', 'txt', S.thUri, 'trufflehog uri "bad proto": credentials in a file:// URL are not used', 'file://user:pass@foo.com:123/wh/at/ever');
}

// ===========================================================================
// cloudflare — gitleaks cloudflare.go, curl.go (Cloudflare token verify).
{
  const F = 'cloudflare';
  P(F, 'global-key-terraform', 'tf', S.glCloudflare, 'global API key (37 hex) in Terraform', (v) => `cloudflare_global_api_key = "${v}"\n`, gen.cfGlobal());
  P(F, 'global-key-yaml', 'yml', S.glCloudflare, 'global API key in YAML', (v) => `CLOUDFLARE_GLOBAL_API_KEY: ${v}\n`, gen.cfGlobal());
  P(F, 'global-key-python', 'py', S.glCloudflare, 'global API key with e-mail in the python-cloudflare client', (v) => `import CloudFlare\n\ncf = CloudFlare.CloudFlare(email='ops@acme.io', key='${v}')\n`, gen.cfGlobal());
  P(F, 'api-token-terraform', 'tf', S.glCloudflare, 'API token (40 chars) as cloudflare_api_key', (v) => `cloudflare_api_key = "${v}"\n`, gen.cfToken());
  P(F, 'api-token-yaml', 'yml', S.glCloudflare, 'API token in YAML', (v) => `CLOUDFLARE_API_KEY: ${v}\n`, gen.cfToken());
  P(F, 'api-token-wrangler-env', 'env', S.glCloudflare, 'API token for wrangler in .env', (v) => `CLOUDFLARE_ACCOUNT_ID=${hex(32)}\nCLOUDFLARE_API_TOKEN=${v}\n`, gen.cfToken());
  P(F, 'api-token-curl-verify', 'sh', S.glCurl, 'gitleaks curl.go: Bearer token to the Cloudflare verify endpoint', (v) => `curl -X GET "https://api.cloudflare.com/client/v4/user/tokens/verify" \\\n     -H "Authorization: Bearer ${v}" \\\n     -H "Content-Type:application/json"\n`, gen.cfToken());
  P(F, 'origin-ca-key', 'yml', S.glCloudflare, 'Origin CA key (v1.0-<24 hex>-<146 hex>)', (v) => `CLOUDFLARE_ORIGIN_CA: ${v}\n`, gen.cfOriginCa());

  NL(F, 'token-placeholder-words', 'env', S.glCloudflare, 'constructed: placeholder written as words', 'CLOUDFLARE_API_TOKEN=your-cloudflare-api-token');
  NL(F, 'token-terraform-variable', 'tf', S.glCloudflare, 'constructed: token from a Terraform variable', 'provider "cloudflare" {\n  api_token = var.cloudflare_api_token\n}'.split('\n')[1].trim());
  N(F, 'zone-id', 'tf', S.glCloudflare, 'constructed near-miss: zone id (32 hex identifier, not 37)', (v) => `cloudflare_zone_id = "${v}"\n`, hex(32));
  N(F, 'account-id', 'env', S.glCloudflare, 'constructed near-miss: account id (32 hex identifier)', (v) => `CLOUDFLARE_ACCOUNT_ID=${v}\n`, hex(32));
}

// ===========================================================================
// heroku — gitleaks heroku.go (v1 UUID with keyword, v2 HRKU-AA…).
{
  const F = 'heroku';
  P(F, 'v2-ts-const', 'ts', S.glHeroku, 'HRKU-AA + 58 token as a TS const', (v) => `const KEY = "${v}";\n`, gen.heroku());
  P(F, 'v2-python', 'py', S.glHeroku, 'HRKU-AA token assigned to API_Key', (v) => `API_Key = "${v}"\n`, gen.heroku());
  P(F, 'v2-dotenv', 'env', S.glHeroku, 'HRKU-AA token in .env', (v) => `HEROKU_API_KEY=${v}\n`, gen.heroku());
  P(F, 'v1-terraform', 'tf', S.glHeroku, 'legacy UUID API key with heroku keyword', (v) => `heroku_api_key = "${v}"\n`, uuid());
  P(F, 'v1-js-upper', 'js', S.glHeroku, 'legacy uppercase UUID key as HEROKU_KEY', (v) => `const HEROKU_KEY = "${v}";\n`, uuid().toUpperCase());
  P(F, 'v1-netrc', 'netrc', S.glHeroku, 'legacy UUID key as the api.heroku.com password in .netrc', (v) => `machine api.heroku.com\n  login ops@acme.io\n  password ${v}\n`, uuid());

  NL(F, 'actions-secret', 'yml', S.glHeroku, 'constructed: key from ${{ secrets.HEROKU_API_KEY }}', 'HEROKU_API_KEY: ${{ secrets.HEROKU_API_KEY }}');
  NL(F, 'v2-x-placeholder', 'env', S.glHeroku, 'constructed: HRKU-AA followed by x', 'HEROKU_API_KEY=HRKU-AA' + 'x'.repeat(58));
  N(F, 'app-id-uuid', 'tf', S.glHeroku, 'constructed near-miss: heroku app id is a UUID identifier', (v) => `heroku_app_id = "${v}"\n`, uuid());
}

// ===========================================================================
// vault — gitleaks hashicorp_vault.go (tps/fps).
{
  const F = 'vault';
  P(F, 'service-token-dotenv', 'env', S.glVault, 'hvs. service token in .env', (v) => `VAULT_ADDR=https://vault.acme.internal:8200\nVAULT_TOKEN=${v}\n`, gen.vaultService());
  P(F, 'legacy-token-yaml', 'yml', S.glVault, 'legacy s. + 24 token', (v) => `token: ${v}\n`, gen.vaultLegacy());
  P(F, 'service-token-cli-flag', 'sh', S.glVault, 'hvs. token as a -vaultToken flag', (v) => `./deploy -vaultToken ${v} -env prod\n`, gen.vaultService());
  P(F, 'service-token-terraform', 'tf', S.glVault, 'hvs. token in the Terraform vault provider', (v) => `provider "vault" {\n  address = "https://vault.acme.internal:8200"\n  token   = "${v}"\n}\n`, gen.vaultService());
  P(F, 'service-token-hvac', 'py', S.glVault, 'hvs. token passed to hvac.Client', (v) => `import hvac\n\nclient = hvac.Client(url="https://vault.acme.internal:8200", token="${v}")\n`, gen.vaultService());
  P(F, 'batch-token-json', 'json', S.glVault, 'hvb. batch token in JSON', (v) => `{"auth": {"client_token": "${v}", "renewable": false}}\n`, gen.vaultBatch());

  NL(F, 'profile-placeholder', 'js', S.glVault, 'gitleaks fps: "s." inside <YOUR_PROFILE> code (word boundary)', "  credentials: new AWS.SharedIniFileCredentials({ profile: '<YOUR_PROFILE>' })");
  NL(F, 'spring-log-line', 'log', S.glVault, 'gitleaks fps: "s." in a Spring log line', 'INFO 4 --- [           main] o.s.b.f.s.DefaultListableBeanFactory     : Overriding bean definition for bean');
  NL(F, 'legacy-low-entropy', 'txt', S.glVault, 'gitleaks fps: s.xxxx…', 's.' + 'x'.repeat(24));
  NL(F, 'legacy-all-upper', 'txt', S.glVault, 'gitleaks fps: s.THISSTRINGISALLUPPERCASE', 's.THISSTRINGISALLUPPERCASE');
  NL(F, 'legacy-all-lower', 'txt', S.glVault, 'gitleaks fps: s.thisstringisalllowercase', 's.thisstringisalllowercase');
  NL(F, 'pascal-case-field', 'cs', S.glVault, 'gitleaks fps: s.AcceptanceTimeoutSeconds', 'var t = s.AcceptanceTimeoutSeconds ;');
  NL(F, 'camel-case-field', 'go', S.glVault, 'gitleaks fps: s.makeKubeConfigController = args', 's.makeKubeConfigController = args');
  NL(F, 'service-low-entropy', 'txt', S.glVault, 'gitleaks fps: hvs.xxxx…', 'hvs.' + 'x'.repeat(90));
  NL(F, 'addr-only', 'env', S.glVault, 'constructed: Vault address and a token variable, no token', 'VAULT_ADDR=https://vault.acme.internal:8200 VAULT_TOKEN="$(cat ~/.vault-token)" vault kv get secret/app');
}

// ===========================================================================
// grafana — gitleaks grafana.go (tps/fps).
{
  const F = 'grafana';
  P(F, 'cloud-token-dotenv', 'env', S.glGrafana, 'Grafana Cloud glc_ token (base64 JSON) in .env', (v) => `GRAFANA_CLOUD_API_KEY=${v}\n`, gen.grafanaCloud());
  P(F, 'cloud-token-loki-key', 'yml', S.glGrafana, 'glc_ token as loki_key', (v) => `loki_key: ${v}\n`, gen.grafanaCloud());
  P(F, 'cloud-token-in-push-url', 'yml', S.glGrafana, 'glc_ token as the password in a Loki push URL (gitleaks TODO case)', (v) => `  loki:\n    endpoint: https://${digits(6)}:${v}@logs-prod4.grafana.net/loki/api/v1/push\n`, gen.grafanaCloud());
  P(F, 'service-account-bearer', 'py', S.glGrafana, "glsa_ service-account token in a 'Bearer' header", (v) => `headers = {'Authorization': 'Bearer ${v}'}\n`, gen.grafanaSa());
  P(F, 'service-account-dotenv', 'env', S.glGrafana, 'glsa_ token in .env', (v) => `GRAFANA_URL=https://acme.grafana.net\nGRAFANA_SA_TOKEN=${v}\n`, gen.grafanaSa());
  P(F, 'legacy-api-key', 'tf', S.glGrafana, 'legacy eyJrIjoi… API key', (v) => `provider "grafana" {\n  url  = "https://grafana.acme.internal"\n  auth = "${v}"\n}\n`, gen.grafanaLegacy());

  NL(F, 'cloud-x', 'env', S.glGrafana, 'gitleaks fps: glc_ low entropy', 'GRAFANA_TOKEN=glc_' + 'x'.repeat(68));
  NL(F, 'cloud-ones', 'env', S.glGrafana, 'gitleaks fps: glc_111…=', '   API_KEY="glc_' + '1'.repeat(42) + '="');
  N(F, 'c-functions-glc', 'c', S.glGrafana, 'gitleaks fps: GLC_ C function names', (v) => `${v}\nstatic void GLC_CreateLightmapTexturesIndividual(void);\n\nvoid GLC_UploadLightmap(int textureUnit, int lightmapnum);\n`, 'static void GLC_CreateLightmapTextureArray(void);');
  N(F, 'c-alias-models-glc', 'c', S.glGrafana, 'gitleaks fps: GLC_ C function definition', (v) => `// Alias models\n${v}\n{\n}\n`, 'void GLC_StateBeginUnderwaterAliasModelCaustics(texture_ref base_texture, texture_ref caustics_texture)');
  NL(F, 'service-account-placeholder', 'md', S.glGrafana, 'gitleaks fps: glsa_XXXX…_AAAAAAAA', 'glsa_' + 'X'.repeat(32) + '_AAAAAAAA');
}

// ===========================================================================
// sentry — trufflehog sentrytoken v1/v2 tests, gitleaks sentry.go.
{
  const F = 'sentry';
  P(F, 'user-token-go', 'go', S.thSentryV2, 'trufflehog v2 valid pattern: sntryu_ user token in Go', (v) => `package client\n\nfunc auth(req *http.Request) {\n\tsentry_token := "${v}"\n\treq.Header.Set("Authorization", fmt.Sprintf("Bearer %s", sentry_token))\n}\n`, gen.sentryUser());
  P(F, 'org-token-vite', 'ts', S.thSentryV2, 'sntrys_ org auth token in a Vite plugin config', (v) => `import { sentryVitePlugin } from '@sentry/vite-plugin';\n\nexport default {\n  plugins: [\n    sentryVitePlugin({\n      org: 'acme',\n      project: 'web',\n      authToken: '${v}',\n    }),\n  ],\n};\n`, gen.sentryOrg('acme'));
  P(F, 'org-token-dotenv', 'env', S.thSentryV2, 'sntrys_ org auth token in .env.sentry-build-plugin style file', (v) => `SENTRY_AUTH_TOKEN=${v}\n`, gen.sentryOrg());
  P(F, 'org-token-workflow', 'yml', S.thSentryV2, 'sntrys_ token hard-coded in a CI workflow', (v) => `jobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      SENTRY_AUTH_TOKEN: ${v}\n    steps:\n      - run: npx @sentry/cli releases new "$GITHUB_SHA"\n`, gen.sentryOrg());
  P(F, 'legacy-hex-token-go', 'go', S.thSentryV1, 'trufflehog v1 valid pattern: 64-hex token near the sentry keyword', (v) => `package client\n\nfunc auth(req *http.Request) {\n\tsentry_token := "${v}"\n\treq.Header.Set("Authorization", fmt.Sprintf("Bearer %s", sentry_token))\n}\n`, hex(64));
  P(F, 'legacy-hex-token-env', 'env', S.glSentry, 'gitleaks sentry.go: 64-hex token with sentry keyword', (v) => `SENTRY_AUTH_TOKEN=${v}\n`, hex(64));
  P(F, 'legacy-dsn-with-secret', 'py', S.glSentry, 'constructed: legacy DSN carrying the secret key (public:secret@)', (v) => `import sentry_sdk\n\nsentry_sdk.init(dsn="https://${hex(32)}:${v}@sentry.io/${digits(7)}")\n`, hex(32));

  N(F, 'user-token-bad-hex', 'go', S.thSentryV2, "trufflehog v2 invalid pattern: sntryu_ with a non-hex 'g'", (v) => `sentry = '${v}'\n`, (() => { const h = hex(64); return 'sn' + 'tryu_' + h.slice(0, 31) + 'g' + h.slice(32); })());
  N(F, 'legacy-fake-marked', 'go', S.thSentryV1, "trufflehog v1 invalid pattern: hex broken by 'fake#…fake'", (v) => `sentry = '${v}'\n`, `${hex(15)}fake#${hex(40)}fake`);
  NL(F, 'auth-token-placeholder', 'env', S.glSentry, 'constructed: placeholder written as words', 'SENTRY_AUTH_TOKEN=your_sentry_auth_token_here');
  NL(F, 'auth-token-from-env', 'js', S.glSentry, 'constructed: token read from process.env', '      authToken: process.env.SENTRY_AUTH_TOKEN,');
}

// ===========================================================================
// plaid — trufflehog plaidkey test, gitleaks plaid.go.
{
  const F = 'plaid';
  P(F, 'secret-dotenv', 'env', S.glPlaid, 'Plaid secret (30 hex) in .env', (v) => `PLAID_SECRET=${v}\nPLAID_ENV=production\n`, gen.plaidSecret());
  P(F, 'secret-python-config', 'py', S.glPlaid, 'Plaid secret in plaid.Configuration api_key', (v) => `import plaid\n\nconfiguration = plaid.Configuration(\n    host=plaid.Environment.Production,\n    api_key={"clientId": PLAID_CLIENT_ID, "secret": "${v}"},\n)\n`, gen.plaidSecret());
  P(F, 'secret-notes', 'txt', S.thPlaid, "trufflehog plaidkey valid pattern: \"plaid secret - '…'\"", (v) => `plaid secret - '${v}'\n`, gen.plaidSecret());
  P(F, 'access-token-production', 'py', S.thPlaid, 'trufflehog plaidkey: access-<env>-<uuid> access token (production)', (v) => `ACCESS_TOKEN = "${v}"\n`, gen.plaidAccess('production'));
  P(F, 'access-token-sandbox-json', 'json', S.thPlaid, 'trufflehog plaidkey valid token shape: access-sandbox-<uuid>', (v) => `{"plaid_access_token": "${v}"}\n`, gen.plaidAccess('sandbox'));

  N(F, 'access-token-non-hex', 'txt', S.thPlaid, 'trufflehog plaidkey invalid token: non-hex characters in the UUID part', (v) => `plaid token - '${v}'\n`, `access-sandbox-g${hex(7)}-fh${hex(2)}-${hex(4)}-au${hex(2)}-7k${hex(4)}z${hex(5)}`);
  NL(F, 'secret-angle-placeholder', 'env', S.glPlaid, 'constructed: <your-plaid-secret> placeholder', 'PLAID_SECRET=<your-plaid-secret>');
  NL(F, 'env-name-only', 'env', S.glPlaid, 'constructed: environment name only', 'PLAID_ENV=sandbox');
}

// ===========================================================================
// huggingface — gitleaks huggingface.go (tps/fps).
{
  const F = 'huggingface';
  P(F, 'cli-login', 'sh', S.glHf, 'hf_ token in huggingface-cli login', (v) => `huggingface-cli login --token ${v}\n`, gen.hf());
  P(F, 'curl-bearer', 'sh', S.glHf, 'hf_ token in a curl Bearer header', (v) => `curl https://api-inference.huggingface.co/models/gpt2 \\\n  -H "Authorization: Bearer ${v}"\n`, gen.hf());
  P(F, 'env-prefix-command', 'sh', S.glHf, 'hf_ token as an inline env var before a command', (v) => `DEV=1 HF_TOKEN=${v} poetry run python app.py\n`, gen.hf());
  P(F, 'use-auth-token', 'py', S.glHf, "hf_ token as use_auth_token='…'", (v) => `model = AutoModel.from_pretrained("acme/private-model", use_auth_token='${v}')\n`, gen.hf());
  P(F, 'ci-constant', 'py', S.glHf, 'hf_ token as a CI constant', (v) => `CI_HUB_USER_TOKEN = "${v}"\n`, gen.hf());
  P(F, 'argparse-default', 'py', S.glHf, 'hf_ token as an argparse default', (v) => `parser.add_argument("--hf_token", type=str, default='${v}', help="Hugging Face Access Token to access PyAnnote gated models")\n`, gen.hf());
  P(F, 'commented-sandbox', 'py', S.glHf, 'hf_ token under a "not critical" comment', (v) => `# Not critical, only usable on the sandboxed CI instance.\nTOKEN = "${v}"\n`, gen.hf());
  P(F, 'org-token-environ', 'py', S.glHf, 'api_org_ token written to os.environ', (v) => `import os\n\nos.environ['HUGGINGFACEHUB_API_TOKEN'] = '${v}'\n`, gen.hfOrg());
  P(F, 'org-token-intentional', 'py', S.glHf, 'api_org_ token with an "intentionally revealing" comment', (v) => `def test_private_space(self):\n    hf_token = "${v}"  # Intentionally revealing this key for testing purposes\n`, gen.hfOrg());
  P(F, 'org-token-backticks', 'md', S.glHf, 'api_org_ token in backticks in Markdown', (v) => `Use \`${v}\` for the org pipeline.\n`, gen.hfOrg());

  NL(F, 'objc-selector', 'm', S.glHf, 'gitleaks fps: Objective-C selector with hf_', '- (id)hf_requiredCharacteristicTypesForDisplayMetadata;');
  NL(F, 'adblock-rule', 'txt', S.glHf, 'gitleaks fps: ad-block filter containing rhf_', 'amazon.de#@#div[data-cel-widget="desktop-rhf_SponsoredProductsRemoteRHFSearchEXPSubsK2ClickPagination"]');
  NL(F, 'homekit-symbol', 'm', S.glHf, 'gitleaks fps: symbol containing hf_', '                            _kHMSymptomhf_generatedByHomeAppForDebuggingPurposesKey,');
  NL(F, 'c-define', 'h', S.glHf, 'gitleaks fps: OSCHF_ macro', '    #define OSCHF_DebugGetExpectedAverageCrystalAmplitude NOROM_OSCHF_DebugGetExpectedAverageCrystalAmplitude');
  NL(F, 'wireshark-field', 'c', S.glHf, 'gitleaks fps: Wireshark hf_ field', '  M_UINT       (ServingCellPriorityParametersDescription_t,  H_PRIO,  2, &hf_servingcellpriorityparametersdescription_h_prio),');
  N(F, 'env-default-x', 'py', S.glHf, 'gitleaks fps: hf_xxx… default in os.environ.get', (v) => `token = os.environ.get("HF_AUTH_TOKEN",\n    "${v}"),\n`, 'hf_' + 'x'.repeat(34));
  N(F, 'env-x-placeholder', 'env', S.glHf, 'gitleaks fps: HUGGINGFACE_API_TOKEN=hf_xxx…', (v) => `# HuggingFace API Token https://huggingface.co/settings/tokens\nHUGGINGFACE_API_TOKEN=${v},\n`, 'hf_' + 'x'.repeat(40));
  NL(F, 'java-api-org-constant', 'java', S.glHf, 'gitleaks fps: API_ORG_EXIST constant', 'public static final String API_ORG_EXIST = "APIOrganizationExist";');
  NL(F, 'js-api-org-controller', 'js', S.glHf, 'gitleaks fps: api_org_controller require', "const api_org_controller = require('../../controllers/api/index').organizations;");
  NL(F, 'html-docs-placeholders', 'html', S.glHf, 'gitleaks fps: docs showing hf_xxxxx and api_org_XXXX… placeholders', '<p>You should see a token <code>hf_xxxxx</code> (old tokens are <code>api_XXXXXXXX</code> or <code>api_org_' + 'X'.repeat(34) + '</code>).</p>');
  N(F, 'libcloud-fixture-method', 'py', S.glHf, 'gitleaks fps: _api_org_<uuid> fixture method name', (v) => `    ${v}\n        body = self.fixtures.load("api_org_96726c78_4ae3_402f_b08b_7a78c6903d2a.xml")\n        return httplib.OK, body, headers, httplib.responses[httplib.OK]\n`, 'def _api_org_96726c78_4ae3_402f_b08b_7a78c6903d2a(self, method, url, body, headers):');
}

// ===========================================================================
// webhook — gitleaks teams.go, Nosey Parker microsoft_teams.yml, trufflehog
// zapierwebhook / microsoftteamswebhook tests. Power Automate and Discord shapes are
// constructed (no suite case); the note says so.
{
  const F = 'webhook';
  const teams = () => `https://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${hex(32)}/${uuid()}`;
  const teamsLegacy = () => `https://outlook.office.com/webhook/${uuid()}@${uuid()}/IncomingWebhook/${hex(32)}/${uuid()}`;
  const flow = () => `https://prod-${digits(2)}.westeurope.logic.azure.com:443/workflows/${hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${b64url(32)}`;
  const zapier = () => `https://hooks.zapier.com/hooks/catch/${digits(7)}/${rand(6, LOWER + DIGITS)}/`;
  P(F, 'teams-dotenv', 'env', S.glTeams, 'Teams incoming webhook (webhookb2) in .env', (v) => `TEAMS_WEBHOOK_URL=${v}\n`, teams());
  P(F, 'teams-python', 'py', S.glTeams, 'Teams webhook posted to with requests', (v) => `import requests\n\nWEBHOOK = "${v}"\nrequests.post(WEBHOOK, json={"text": "nightly sync finished"})\n`, teams());
  P(F, 'teams-csharp', 'cs', S.glTeams, 'Teams webhook URL in C#', (v) => `var webhookUrl = "${v}";\nvar client = new HttpClient();\n`, teams());
  P(F, 'teams-legacy-js-comment', 'js', S.npTeams, 'Nosey Parker example: legacy outlook.office.com webhook in a JS comment', (v) => `//test //url = '${v}';\n`, teamsLegacy());
  P(F, 'teams-legacy-curl', 'sh', S.npTeams, 'Nosey Parker example: legacy webhook in a curl command', (v) => `curl -H "Content-Type: application/json" -d "{\\"text\\": \\"Debut du script deploy.sh \\"}" ${v}\n`, teamsLegacy());
  P(F, 'teams-legacy-yaml', 'yml', S.npTeams, 'Nosey Parker example: legacy webhook in YAML', (v) => `notifications:\n  webhooks: ${v}\n`, teamsLegacy());
  P(F, 'power-automate-trigger', 'env', S.thTeams, 'constructed: Power Automate / Logic Apps HTTP trigger URL with sig= (the SAS signature is the secret)', (v) => `APPROVAL_FLOW_URL=${v}\n`, flow());
  P(F, 'power-automate-json', 'json', S.thTeams, 'constructed: Logic Apps trigger URL with sig= in JSON config', (v) => `{\n  "notify": {\n    "url": "${v}"\n  }\n}\n`, flow());
  P(F, 'zapier-catch-hook', 'js', S.thZapier, 'Zapier catch hook URL (trufflehog zapierwebhook detector shape)', (v) => `await fetch('${v}', { method: 'POST', body: JSON.stringify(order) });\n`, zapier());
  P(F, 'zapier-dotenv', 'env', S.thZapier, 'Zapier catch hook URL in .env', (v) => `ZAPIER_WEBHOOK_URL=${v}\n`, zapier());
  P(F, 'discord-webhook', 'py', S.thTeams, 'constructed: Discord webhook URL (id/token)', (v) => `DISCORD_WEBHOOK = "${v}"\n`, `https://discord.com/api/webhooks/${digits(19)}/${b64url(51)}`);

  NL(F, 'teams-angle-placeholders', 'md', S.glTeams, 'constructed: documentation placeholders in a webhookb2 URL', 'https://<tenant>.webhook.office.com/webhookb2/<GUID>@<GUID>/IncomingWebhook/<ID>/<GUID>');
  NL(F, 'teams-secret-reference', 'yml', S.glTeams, 'constructed: webhook URL from the secrets context', 'TEAMS_WEBHOOK_URL: ${{ secrets.TEAMS_WEBHOOK_URL }}');
  N(F, 'power-automate-no-sig', 'sh', S.thTeams, 'constructed near-miss: Power Platform trigger URL without sig= (cannot be called)', (v) => `WEBHOOK_URL="${v}"\n`, `https://default${hex(30)}.${rand(2, LOWER + DIGITS)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${hex(32)}/triggers/manual/paths/invoke?api-version=1.0`);
  NL(F, 'discord-placeholder', 'md', S.thTeams, 'constructed: YOUR_WEBHOOK_ID/YOUR_WEBHOOK_TOKEN placeholders', 'https://discord.com/api/webhooks/YOUR_WEBHOOK_ID/YOUR_WEBHOOK_TOKEN');
  NL(F, 'zapier-docs-placeholder', 'md', S.thZapier, 'constructed: placeholder path segments', 'POST to https://hooks.zapier.com/hooks/catch/<account-id>/<hook-id>/');
}

// ===========================================================================
// docker — secretlint docker rule fixtures, gitleaks kubernetes.go (.dockercfg),
// gitleaks generic.go fps (build secrets).
{
  const F = 'docker';
  const dockerConfig = (registry, auth) => `{\n  "auths": {\n    "${registry}": {\n      "auth": "${auth}"\n    }\n  }\n}\n`;
  P(F, 'pat-dotenv', 'env', S.slDockerNg, 'secretlint ng.docker-pat: dckr_pat_ token in .env', (v) => `DOCKER_TOKEN=${v}\n`, gen.dockerPat());
  P(F, 'config-json-auths', 'json', S.slDockerNg, 'docker config.json auths entry with base64 user:pass', (v) => dockerConfig('https://index.docker.io/v1/', v), basic('acmebot', pw(18)));
  P(F, 'config-json-ghcr', 'json', S.slDockerNg, 'docker config.json auths for ghcr.io (base64 of user:PAT)', (v) => dockerConfig('ghcr.io', v), basic('acme-ci', gen.ghp()));
  P(F, 'config-json-pat', 'json', S.slDockerNg, 'docker config.json auths with base64 of user:dckr_pat_', (v) => dockerConfig('https://index.docker.io/v1/', v), basic('acmebot', gen.dockerPat()));
  P(F, 'login-password-flag', 'sh', S.slDockerNg, 'docker login -p with a literal password', (v) => `docker login -u acmebot -p ${v} registry.acme.io\n`, pw(18));
  P(F, 'gitlab-ci-login', 'yml', S.slDockerNg, 'docker login with a literal password in .gitlab-ci.yml', (v) => `build:\n  script:\n    - docker login -u "$CI_REGISTRY_USER" -p "${v}" $CI_REGISTRY\n`, pw(20));
  P(F, 'legacy-dockercfg', 'json', S.glK8s, 'legacy .dockercfg with auth and email', (v) => `{"https://index.docker.io/v1/": {"auth": "${v}", "email": "ci@acme.io"}}\n`, basic('acmebot', pw(16)));
  P(F, 'dockerfile-env-password', 'Dockerfile', S.slDockerNg, 'registry password baked into a Dockerfile ENV', (v) => `FROM alpine:3.20\nENV REGISTRY_USER=acmebot\nENV REGISTRY_PASSWORD=${v}\n`, pw(18));

  NL(F, 'token-words', 'env', S.slDockerOk, 'secretlint docker ok.valid: not_a_real_token', 'DOCKER_TOKEN=not_a_real_token');
  NL(F, 'pat-too-short', 'txt', S.slDockerOk, 'secretlint docker ok.valid: dckr_pat_tooshort', 'dckr_pat_tooshort');
  NL(F, 'pat-prefix-only', 'txt', S.slDockerOk, 'secretlint docker ok.valid: bare dckr_pat_ prefix', 'dckr_pat_');
  N(F, 'config-creds-store', 'json', S.slDockerOk, 'constructed: config.json delegating to a credential store, no auth', (v) => `{\n  "auths": {\n    "https://index.docker.io/v1/": {}\n  },\n  ${v}\n}\n`, '"credsStore": "desktop"');
  N(F, 'build-secret-mount', 'Dockerfile', S.glGeneric, 'gitleaks generic fps: RUN --mount=type=secret build secret (no value)', (v) => `# get build time secret for authentication\n${v}\n    JFROG_SECRET=$(cat /run/secrets/jfrog_secret) && \\\n    npm ci\n`, 'RUN --mount=type=secret,id=jfrog_secret \\');
  NL(F, 'login-password-stdin', 'sh', S.slDockerOk, 'constructed: docker login --password-stdin from a variable', 'echo "$DOCKER_PASS" | docker login -u "$DOCKER_USER" --password-stdin');
}

// ===========================================================================
// npm — detect-secrets npm_test.py, trufflehog npmtokenv2 test, gitleaks npm.go.
{
  const F = 'npm';
  P(F, 'npmrc-registry', 'npmrc', S.dsNpm, 'npm_ token (CRC32 checksum) as _authToken in .npmrc', (v) => `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${v}\n`, gen.npm());
  P(F, 'npmrc-artifactory', 'npmrc', S.thNpmV2, 'trufflehog npmtokenv2: npm_ token for an Artifactory registry', (v) => `//artifactory.example.com/:_authToken=${v}\n`, gen.npm());
  P(F, 'npmrc-nexus-port-path', 'npmrc', S.thNpmV2, 'trufflehog npmtokenv2: registry with port and path', (v) => `//nexus.example.com:8081/repository/npm/:_authToken=${v}\n`, gen.npm());
  P(F, 'npmrc-auth-base64', 'npmrc', S.dsNpm, 'detect-secrets: _auth=<base64 user:pass>', (v) => `//private.registry.com/:_auth=${v}\n`, basic('deployer', pw(16)));
  P(F, 'npmrc-legacy-uuid', 'npmrc', S.dsNpm, 'detect-secrets: legacy UUID _authToken', (v) => `//registry.npmjs.org/:_authToken=${v}\n`, uuid());
  P(F, 'npmrc-space-after-equals', 'npmrc', S.dsNpm, 'detect-secrets: "_authToken= value" with a space', (v) => `//registry.npmjs.org/:_authToken= ${v}\n`, gen.npm());
  P(F, 'yarnrc-yml', 'yml', S.glNpm, 'npm_ token as npmAuthToken in .yarnrc.yml', (v) => `npmRegistryServer: "https://registry.npmjs.org"\nnpmAuthToken: "${v}"\n`, gen.npm());
  P(F, 'lockfile-resolved-url', 'json', S.glNpm, 'npm_ token embedded in a package-lock.json resolved URL', (v) => `{\n  "name": "connector",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/@acme/sdk": {\n      "version": "2.3.1",\n      "resolved": "https://ci-bot:${v}@registry.acme.io/@acme/sdk/-/sdk-2.3.1.tgz",\n      "integrity": "sha512-${b64(64)}"\n    }\n  }\n}\n`, gen.npm());
  P(F, 'workflow-node-auth-token', 'yml', S.glNpm, 'npm_ token hard-coded as NODE_AUTH_TOKEN in a workflow', (v) => `      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${v}\n`, gen.npm());
  P(F, 'dockerfile-npmrc-echo', 'Dockerfile', S.glNpm, 'npm_ token echoed into .npmrc in a Dockerfile', (v) => `FROM node:20\nRUN echo "//registry.npmjs.org/:_authToken=${v}" > /root/.npmrc && npm ci\n`, gen.npm());

  NL(F, 'npmrc-env-reference', 'npmrc', S.dsNpm, 'detect-secrets negative: ${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}');
  NL(F, 'npmrc-auth-env-reference', 'npmrc', S.dsNpm, 'detect-secrets negative: _auth=${AUTH_TOKEN}', '//registry.npmjs.org/:_auth=${AUTH_TOKEN}');
  NL(F, 'npmrc-empty-token', 'npmrc', S.dsNpm, 'detect-secrets negative: empty _authToken', '//registry.npmjs.org/:_authToken=');
  NL(F, 'npmrc-empty-auth', 'npmrc', S.dsNpm, 'detect-secrets negative: empty _auth', '//registry.npmjs.org/:_auth=');
  NL(F, 'npmrc-x-placeholder', 'npmrc', S.dsNpm, 'detect-secrets npm_test: npm_xxxxxxxxxxx placeholder (flagged there; no secret)', '//registry.npmjs.org/:_authToken=npm_xxxxxxxxxxx');
  N(F, 'token-invalid-char', 'txt', S.thNpmV2, "trufflehog npmtokenv2 invalid pattern: '?' inside the token", (v) => `npmtokenv2 = '${v}'\n`, (() => { const t = gen.npm(); return t.slice(0, 20) + '?' + t.slice(21); })());
  NL(F, 'npmrc-registry-only', 'npmrc', S.thNpmV2, 'trufflehog npmtokenv2: registry= line, no token', 'registry=https://registry.example.com/');
  N(F, 'lockfile-integrity', 'json', S.dsAzureStorage, 'constructed: lockfile integrity hash (sha512), not a token', (v) => `{\n  "node_modules/left-pad": {\n    "version": "1.3.0",\n    "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n    "integrity": "${v}"\n  }\n}\n`, 'sha512-' + b64(64));
  N(F, 'token-bad-checksum', 'npmrc', S.glNpm, 'constructed near-miss: npm_ shape whose CRC32/base62 checksum does not match', (v) => `//registry.npmjs.org/:_authToken=${v}\n`, (() => { const t = gen.npm(); const last = t.slice(-1); return t.slice(0, -1) + (last === 'A' ? 'B' : 'A'); })());
}

// ===========================================================================
// generic — gitleaks generic.go (tps/fps), detect-secrets keyword_test.py,
// Nosey Parker generic.yml (examples / negative_examples).
{
  const F = 'generic';
  const kw = () => mixed(30, ALNUM + '()[]<>#%!-_');
  P(F, 'api-token-60', 'py', S.glGeneric, 'gitleaks: some_api_token_123 = "<60 alnum>"', (v) => `some_api_token_123 = "${v}"\n`, mixed(60));
  P(F, 'user-auth-base64', 'json', S.glGeneric, 'gitleaks: "user_auth": base64 credential', (v) => `{\n  "user_auth": "${v}"\n}\n`, basic('johndoe', uuid()));
  P(F, 'credentials-hex64', 'json', S.glGeneric, 'gitleaks: "credentials" : 64 hex', (v) => `{"credentials" : "${v}"}\n`, hex(64));
  P(F, 'creds-unquoted', 'env', S.glGeneric, 'gitleaks: creds = <30 alnum>', (v) => `creds = ${v}\n`, mixed(30));
  P(F, 'private-key-field-100', 'yml', S.glGeneric, 'gitleaks: private-key: <100 chars>', (v) => `signing:\n  private-key: ${v}\n`, mixed(100, ALNUM + '-_.='));
  P(F, 'passwd-30', 'conf', S.glGeneric, 'gitleaks: passwd = <30 chars>', (v) => `passwd = ${v}\n`, mixed(30, ALNUM + '-_.='));
  P(F, 'client-secret-hex', 'json', S.glGeneric, 'gitleaks: "client_secret" : 64 hex', (v) => `{\n  "client_secret" : "${v}",\n}\n`, hex(64));
  P(F, 'my-secret-string', 'java', S.glGeneric, 'gitleaks: mySecretString=<30>', (v) => `mySecretString=${v}\n`, mixed(30));
  P(F, 'todo-secret', 'py', S.glGeneric, 'gitleaks: todo_secret_do_not_commit = <30>', (v) => `todo_secret_do_not_commit = ${v}\n`, mixed(30));
  P(F, 'getenv-default-uuid', 'go', S.glGeneric, 'gitleaks: api_token default value in GetEnvOrDefault', (v) => `token := utils.GetEnvOrDefault("api_token", "${v}")\n`, uuid());
  P(F, 'access-token-jwt-ish', 'py', S.glGeneric, "gitleaks: 'access_token': base64 value", (v) => `config = {'access_token': '${v}'}\n`, b64(24));
  P(F, 'go-colon-equals', 'go', S.dsKeyword, 'detect-secrets: apikey := "<secret>" (Go)', (v) => `apikey := "${v}"\n`, kw());
  P(F, 'python-the-password', 'py', S.dsKeyword, 'detect-secrets: the_password= "<secret>"', (v) => `the_password= "${v}"\n`, kw());
  P(F, 'python-dict-secret', 'py', S.dsKeyword, 'detect-secrets: some_dict["secret"] = "<secret>"', (v) => `some_dict["secret"] = "${v}"\n`, kw());
  P(F, 'private-key-semicolon', 'conf', S.dsKeyword, "detect-secrets: private_key '<secret>';", (v) => `private_key '${v}';\n`, kw());
  P(F, 'objc-at-string', 'm', S.dsKeyword, 'detect-secrets: apikey = @"<secret>" (Objective-C)', (v) => `NSString *apikey = @"${v}";\n`, kw());
  P(F, 'yaml-quoted-apikey', 'js', S.dsKeyword, 'detect-secrets: "theapikey": "<secret>"', (v) => `const cfg = {\n  "theapikey": "${v}"\n};\n`, kw());
  P(F, 'java-client-secret-40hex', 'java', S.npGeneric, 'Nosey Parker generic secret: CLIENT_SECRET = "<40 hex>"', (v) => `    private static String CLIENT_SECRET = "${v}";\n`, hex(40));
  P(F, 'api-key-32hex', 'py', S.npGeneric, 'Nosey Parker generic API key: API_KEY = "<32 hex>"', (v) => `API_KEY = "${v}"\n`, hex(32));
  P(F, 'gradle-build-config-field', 'gradle', S.npGeneric, "Nosey Parker generic API key: buildConfigField 'String', 'API_KEY'", (v) => `buildConfigField 'String' , 'API_KEY' , '"${v}"'\n`, hex(32));
  P(F, 'username-password-credential', 'py', S.npGeneric, 'Nosey Parker: UsernamePasswordCredential with a literal password', (v) => `credential = UsernamePasswordCredential(\n    client_id='${uuid()}',\n    username='svc-connector@acme.io',\n    password='${v}',\n    tenant_id='${uuid()}')\n`, humanPw());
  P(F, 'username-password-pair', 'py', S.npGeneric, 'Nosey Parker: hostname/username/password assignments', (v) => `hostname = '10.11.12.13'\nusername = 'ops@acme.io'\npassword = '${v}'\n`, pw(14, '!#%'));
  P(F, 'ruby-hash-password', 'rb', S.npGeneric, "Nosey Parker: :password => '<value>'", (v) => `  :password       => '${v}',\n`, pw(12));
  P(F, 'js-login-call', 'js', S.npGeneric, 'Nosey Parker: then_log_in({username, password})', (v) => `common.then_log_in({username: 'geronimo', password: '${v}'});\n`, mixed(16));
  P(F, 'json-admin-password', 'json', S.npGeneric, 'Nosey Parker: "AdminPassword" in JSON settings', (v) => `{\n  "ApplicationServicesConnection" : {\n    "ServiceAddress" : "https://services-dev.examples.com",\n    "AdminPassword" : "${v}"\n  }\n}\n`, humanPw());
  P(F, 'csharp-pfx-password', 'cs', S.npGeneric, 'Nosey Parker: const PfxPassword = "<value>"', (v) => `private const string DevCertPfxPassword = "${v}";\n`, pw(16, '!'));
  P(F, 'python-vm-password', 'py', S.npGeneric, "Nosey Parker: 'vm_password': \"<value>\"", (v) => `params = {\n    'cluster_name': 'sfrp-cli-01',\n    'vm_password': "${v}",\n}\n`, pw(12, '!@#'));
  P(F, 'perl-hash-password', 'pl', S.npGeneric, "Nosey Parker: password => '<value>' in a Perl hash", (v) => `beta => {\n  host     => 'foo.example.com',\n  user     => 'joe',\n  password => '${v}',\n}\n`, humanPw());
  P(F, 'go-password-colon-equals', 'go', S.npGeneric, 'Nosey Parker: my_password := "<value>"', (v) => `my_password := "${v}"\n`, pw(14, '$'));

  NL(F, 'aws-vpn-endpoint-id', 'tf', S.glGeneric, 'gitleaks generic fps: Terraform reference containing "client"', 'client_vpn_endpoint_id = aws_ec2_client_vpn_endpoint.client-vpn-endpoint.id');
  N(F, 'password-prose', 'txt', S.glGeneric, 'gitleaks generic fps: "password" in prose', (v) => `Use a long ${v}\n\nR5: Regulatory--21\n`, 'password combination.');
  N(F, 'accessor-id', 'json', S.glGeneric, 'gitleaks generic fps: "accessor" field', (v) => `{${v}}\n`, '"accessor":"rA1wk0Y45YCufyfq",');
  NL(F, 'report-access-id', 'yml', S.glGeneric, 'gitleaks generic fps: access_id UUID', `report_access_id: ${uuid()}`);
  NL(F, 'accessibility-option-id', 'js', S.glGeneric, 'gitleaks generic fps: accessibility…Id UUID', `accessibilityYesOptionId = "${uuid()}"`);
  NL(F, 'winforms-name', 'cs', S.glGeneric, 'gitleaks generic fps: PictureBox name containing "api"', 'this.ultraPictureBox1.Name = "ultraPictureBox1";');
  NL(F, 'rapidstring-baseline', 'txt', S.glGeneric, 'gitleaks generic fps: vcpkg baseline line', 'rapidstring:marm64-uwp=fail');
  NL(F, 'api-version-snapshot', 'properties', S.glGeneric, 'gitleaks generic fps: API version string', 'COMMUNICATION_API_VERSION=rc0.13.0_20230412_0712-SNAPSHOT');
  NL(F, 'api-version-sha', 'properties', S.glGeneric, 'gitleaks generic fps: API version pinned to a commit SHA', `MantleAPI_version=${hex(40)}`);
  NL(F, 'maven-api-jar', 'log', S.glGeneric, 'gitleaks generic fps: Maven dependency tree line', '[DEBUG]\t\torg.slf4j.slf4j-api:jar:1.7.8.:compile (version managed from default)');
  NL(F, 'api-url', 'properties', S.glGeneric, 'gitleaks generic fps: apiUrl host', 'apiUrl=apigee.corpint.com');
  NL(F, 'api-name-header', 'json', S.glGeneric, 'gitleaks generic fps: X-API-Name header value', 'X-API-Name": "NRG0-Hermes-INTERNAL-API",');
  NL(F, 'author-email', 'py', S.glGeneric, 'gitleaks generic fps: author field', 'author = "james.fake@ymail.com",');
  NL(F, 'exchange-auth-header', 'eml', S.glGeneric, 'gitleaks generic fps: X-MS-Exchange-Organization-AuthSource header', 'X-MS-Exchange-Organization-AuthSource: sm02915.int.contoso.com');
  NL(F, 'credential-id-json', 'json', S.glGeneric, 'gitleaks generic fps: credentialId identifier', `  "credentialId": "${mixed(22)}",`);
  NL(F, 'credentials-url', 'properties', S.glGeneric, 'gitleaks generic fps: credentials.url host', 'dev.credentials.url=dev-lb1.api.f4ke.com:5215');
  NL(F, 'keyword-field', 'yml', S.glGeneric, 'gitleaks generic fps: keyword: value', 'keyword: "Befaehigung_P2"');
  N(F, 'public-key-base58', 'toml', S.glGeneric, 'gitleaks generic fps: public_key value (public by definition)', (v) => `public_key = "${v}"\n`, rand(43, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'));
  NL(F, 'zig-pubkey-decl', 'zig', S.glGeneric, 'gitleaks generic fps: X509_pubkey_st declaration', 'pub const X509_pubkey_st = struct_X509_pubkey_st;');
  N(F, 'foreign-key-field', 'java', S.glGeneric, 'gitleaks generic fps: foreignKey=<value>', (v) => `foreignKey=${v}\n`, mixed(30));
  N(F, 'key-down-event', 'js', S.glGeneric, 'gitleaks generic fps: key_down_event=<value>', (v) => `key_down_event=${v}\n`, mixed(30));
  N(F, 'issuer-key-hash', 'txt', S.glGeneric, 'gitleaks generic fps: issuerKeyHash (certificate hash)', (v) => `issuerKeyHash=${v}\n`, hex(40));
  NL(F, 'jetbrains-entry-key', 'xml', S.glGeneric, 'gitleaks generic fps: <entry key=…>', '<entry key="jetbrains.mps.v8_elimination" value="executed" />');
  NL(F, 'keystore-file', 'properties', S.glGeneric, 'gitleaks generic fps: keystore file path', 'app.keystore.file=env/cert.p12');
  NL(F, 'keytab-file', 'sh', S.glGeneric, 'gitleaks generic fps: keytab path', '-DKEYTAB_FILE=/tmp/app.keytab');
  NL(F, 'key-size', 'cs', S.glGeneric, 'gitleaks generic fps: KeySize enum', '\tdoc.Security.KeySize = PdfEncryptionKeySize.Key128Bit;');
  NL(F, 'kms-key-id', 'json', S.glGeneric, 'gitleaks generic fps: kms_key_id UUID', `                                "kms_key_id": "${uuid()}",`);
  NL(F, 'key-vault-name', 'json', S.glGeneric, 'gitleaks generic fps: key_vault_name', '\t"key_vault_name": "web21prqodx24021",');
  NL(F, 'yarn-berry-apikey', 'js', S.glGeneric, 'gitleaks generic fps stopword: yarnpkg/berry public apiKey', ',apiKey:"6fe4476ee5a1832882e326b506d14126",');
  NL(F, 'valid-key-chars', 'js', S.glGeneric, 'gitleaks generic fps: alphabet constant', 'const validKeyChars = "0123456789abcdefghijklmnopqrstuvwxyz_-."');
  NL(F, 'key-str-alphabet', 'js', S.glGeneric, 'gitleaks generic fps: base64 alphabet constant', 'const keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"');
  NL(F, 'keypair-alias', 'zig', S.glGeneric, 'gitleaks generic fps: KeyPair alias', 'KeyPair = X25519.KeyPair');
  NL(F, 'keyframe-guid', 'h', S.glGeneric, 'gitleaks generic fps: KeyframeDistance GUID', `AVEncVideoMaxKeyframeDistance, "${uuid()}"`);
  NL(F, 'turkey-timezone', 'py', S.glGeneric, 'gitleaks generic fps: "Turkey" contains "key"', '    "Turkey Standard Time": "Europe/Istanbul",');
  NL(F, 'putty-password-zero', 'ini', S.glGeneric, 'gitleaks generic fps: PuttyPassword=0', 'PuttyPassword=0');
  NL(F, 'secret-name-reference', 'py', S.glGeneric, 'gitleaks generic fps: secret NAME, not value', 'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"');
  NL(F, 'user-secrets-id', 'csproj', S.glGeneric, 'gitleaks generic fps: <UserSecretsId> GUID', `  <UserSecretsId>${uuid()}</UserSecretsId>`);
  NL(F, 'access-token-url', 'py', S.glGeneric, 'gitleaks generic fps: access_token_url endpoint', "    access_token_url='https://github.com/login/oauth/access_token',");
  N(F, 'csrf-token', 'html', S.glGeneric, 'gitleaks generic fps: csrf-token (per-session anti-forgery value)', (v) => `<meta name="csrf-token" content="${v}">\n`, b64(64));
  NL(F, 'maven-jjwt-notes', 'tf', S.glGeneric, 'gitleaks generic fps: io.jsonwebtoken coordinates', 'notes            = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"');
  NL(F, 'client-id-uuid', 'ts', S.glGeneric, 'gitleaks generic fps: clientId UUID', `clientId = "${uuid()}"`);
  N(F, 'empty-env-vars', 'env', S.glGeneric, 'gitleaks generic fps: empty KEY= lines', (v) => `${v}\nDYNATRACE_API_KEY=\n`, 'GITHUB_API_KEY=');
  NL(F, 'import-named-key', 'ts', S.glGeneric, 'gitleaks generic fps: import { …_Key } from', "import { chain_Anvil1_Key, chain_Anvil2_Key } from '../blockchain-tests/pallets/supported-chains/consts';");
  NL(F, 'bitbake-srcrev', 'bb', S.glGeneric, 'gitleaks generic fps: Yocto SRCREV commit hash', `SRCREV_moby = "${hex(40)}"`);
  NL(F, 'empty-quoted-go', 'go', S.dsKeyword, 'detect-secrets negative: theapikey := ""', 'theapikey := ""');
  NL(F, 'fake-in-value', 'go', S.dsKeyword, "detect-secrets negative: 'fake' in the value", 'theapikey := "somefakekey"');
  NL(F, 'some-key-real-secret-word', 'py', S.dsKeyword, 'detect-secrets negative: some_key = "real_secret" (word, not a value)', 'some_key = "real_secret"');
  NL(F, 'fakesecret', 'py', S.dsKeyword, 'detect-secrets negative: "fakesecret"', 'my_password = "fakesecret"');
  NL(F, 'open-default-empty', 'py', S.dsKeyword, 'detect-secrets negative: password = "" default', 'open(self, password = ""):');
  NL(F, 'function-call-value', 'py', S.dsKeyword, 'detect-secrets negative: value is a call expression', 'my_password = foo(hey)you');
  NL(F, 'request-json-value', 'py', S.dsKeyword, "detect-secrets negative: value read from request.json_body['hey']", "my_password = request.json_body['hey']");
  NL(F, 'boolean-value', 'py', S.dsKeyword, 'detect-secrets negative: True', 'my_password = True');
  NL(F, 'kwarg-passthrough', 'py', S.dsKeyword, 'detect-secrets negative: password=password', 'login(username=username, password=password)');
  NL(F, 'private-key-empty', 'conf', S.dsKeyword, 'detect-secrets negative: private_key "";', 'private_key "";');
  NL(F, 'yaml-link-interpolation', 'yml', S.dsKeyword, 'detect-secrets negative: password: ${link}', 'password: ${link}');
  NL(F, 'js-this-apikey', 'js', S.dsKeyword, 'detect-secrets JS negative: apiKey: this.apiKey,', 'apiKey: this.apiKey,');
  NL(F, 'js-readfile-apikey', 'js', S.dsKeyword, "detect-secrets JS negative: apiKey: fs.readFileSync('foo',", "apiKey: fs.readFileSync('foo',");
  NL(F, 'php-input-var', 'php', S.dsKeyword, 'detect-secrets PHP negative: $password = $input;', '$password = $input;');
  NL(F, 'np-username-subshell', 'sh', S.npGeneric, 'Nosey Parker negative: PASSWORD from $(…) command', 'USERNAME=donjuan\nPASSWORD=$($(dirname $0)/../bin/get-django-setting LOCAL_DATABASE_PASSWORD)'.split('\n')[1]);
  NL(F, 'np-password-too-short', 'py', S.npGeneric, 'Nosey Parker negative: password = "123"', 'password = "123"');
  NL(F, 'np-master-password-getter', 'java', S.npGeneric, 'Nosey Parker negative: getter call concatenation', 'sb.append("MasterUserPassword: " + getMasterUserPassword() + ",");');
  NL(F, 'np-pgpassword-var', 'sh', S.npGeneric, 'Nosey Parker negative: PGPASSWORD from a variable', 'export PGPASSWORD="$gdcapi_db_password"');
  NL(F, 'np-puppet-default', 'pp', S.npGeneric, 'Nosey Parker negative: Puppet define with empty default', 'define wget::authfetch($source,$destination,$user,$password="",$timeout="0",$verbose=false) {');
  NL(F, 'np-docs-path', 'json', S.npGeneric, 'Nosey Parker negative: docs URL path containing "password"', '"/en/enterprise/3.0/authentication/keeping-your-account-and-data-secure/creating-a-strong-password":"/en/enterprise-server@3.0/auth"');
  NL(F, 'np-html-escaped-placeholder', 'json', S.npGeneric, 'Nosey Parker negative: &lt;YOURPASSWROD&gt;', '"password": "&lt;YOURPASSWROD&gt;"');
  NL(F, 'np-iam-policy-arn', 'py', S.npGeneric, 'Nosey Parker negative: IAM policy ARN', 'IAMUserChangePassword = "arn:aws:iam::aws:policy/IAMUserChangePassword"');
  NL(F, 'np-css-selector', 'js', S.npGeneric, 'Nosey Parker negative: CSS selector string', 'this.addPassword = "#add-password";');
  NL(F, 'np-php-config-echo', 'php', S.npGeneric, 'Nosey Parker negative: value from a config array', "echo 'password = '.$p['config']['daemon_password'].\"\\n\";");
  NL(F, 'np-ui-labels', 'js', S.npGeneric, 'Nosey Parker negative: UI label strings', 'usernameLabel:"Username or email:",passwordLabel:"Password:",rememberMeLabel:"Remember me:"');
  NL(F, 'np-s2member-field-name', 'html', S.npGeneric, 'Nosey Parker negative: form field name containing access_key', 'name="ws_plugin__s2member_amazon_s3_comp_files_access_key" id="ws-plugin--s2member-amazon-s3-comp-files-access-key"');
}

// ===========================================================================
// kubernetes — gitleaks kubernetes.go (path-scoped tps/fps).
{
  const F = 'kubernetes';
  const b = (s) => Buffer.from(s).toString('base64');
  P(F, 'secret-data-after-kind', 'yaml', S.glK8s, 'kind: Secret then data: password (base64)', (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-user-pass\ntype: Opaque\ndata:\n  password: ${v}\n`, b(pw(18)));
  P(F, 'secret-data-before-kind', 'yml', S.glK8s, 'data: before kind: Secret', (v) => `apiVersion: v1\ndata:\n  password: ${v}\nkind: Secret\nmetadata:\n  name: db-user-pass\n  namespace: default\ntype: Opaque\n`, b(pw(20)));
  P(F, 'secret-data-quoted', 'yaml', S.glK8s, "quoted values ('v1', 'Secret', '<base64>')", (v) => `apiVersion: 'v1'\nkind: 'Secret'\ndata:\n  password: '${v}'\nmetadata:\n  name: 'db-user-pass'\n`, b(pw(16)));
  P(F, 'secret-data-comment', 'yaml', S.glK8s, 'data block with a comment line before the value', (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: heketi-secret\n  namespace: default\ndata:\n  # base64 encoded password. E.g.: echo -n "mypassword" | base64\n  key: ${v}\n`, b(pw(22)));
  P(F, 'dockercfg-literal-block', 'yaml', S.glK8s, 'kubernetes.io/dockercfg with a | literal block', (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: secret-dockercfg\ntype: kubernetes.io/dockercfg\ndata:\n  .dockercfg: |\n    ${v}\n`, b(JSON.stringify({ auths: { 'https://registry.acme.io/v1/': { auth: basic('acmebot', pw(16)) } } })));
  P(F, 'dockerconfigjson-folded', 'yaml', S.glK8s, 'kubernetes.io/dockerconfigjson with a > folded block', (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: >\n    ${v}\n`, b(JSON.stringify({ auths: { 'ghcr.io': { auth: basic('acme-ci', gen.ghp()) } } })));
  P(F, 'secret-string-data', 'yaml', S.glK8s, 'stringData holding a plaintext API key', (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: llm-gateway\ntype: Opaque\nstringData:\n  OPENAI_API_KEY: ${v}\n`, gen.openaiProj());

  N(F, 'empty-single-quotes', 'yml', S.glK8s, "gitleaks k8s fps: htpasswd: ''", (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-auth-data\ntype: Opaque\ndata:\n  ${v}\n`, "htpasswd: ''");
  N(F, 'empty-double-quotes', 'yml', S.glK8s, 'gitleaks k8s fps: htpasswd: ""', (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-auth-data\ntype: Opaque\ndata:\n  ${v}\n`, 'htpasswd: ""');
  N(F, 'template-value', 'yaml', S.glK8s, 'gitleaks k8s fps: {{ htpasswd }} template', (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-auth-data\ntype: Opaque\ndata:\n  ${v}\n`, 'htpasswd: {{ htpasswd }}');
  N(F, 'helm-values-template', 'yaml', S.glK8s, 'gitleaks k8s fps: {{ .Values.Password }}', (v) => `apiVersion: v1\ndata:\n  ${v}\nkind: secret\nmetadata:\n  name: secret-sa-sample\n`, 'password: {{ .Values.Password }}');
  N(F, 'external-secret', 'yaml', S.glK8s, 'gitleaks k8s fps: ExternalSecret (references, no data)', (v) => `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: example\nspec:\n  secretStoreRef:\n    name: example\n    kind: SecretStore\n  data:\n    - remoteRef:\n        ${v}\n        property: foo\n      secretKey: foo\n`, 'key: secret/mysecret');
  N(F, 'sops-secret', 'yaml', S.glK8s, 'gitleaks k8s fps: SopsSecret with ENC[AES256_GCM,…] values', (v) => `apiVersion: isindir.github.com/v1alpha3\nkind: SopsSecret\nmetadata:\n    name: app1-sopssecret\nspec:\n    secretTemplates:\n    -   name: app1\n        stringData:\n            db-password: ${v}\nsops:\n    version: 3.6.1\n`, `ENC[AES256_GCM,data:${b64(6)},iv:${b64(32)},tag:${b64(16)},type:str]`);
  N(F, 'short-value', 'yaml', S.glK8s, 'gitleaks k8s fps: value below the minimum length (YmFyCg==)', (v) => `apiVersion: v1\nkind: secret\ndata:\n  ${v}\nmetadata:\n  name: secret-sa-sample\n`, 'extra: YmFyCg==');
  N(F, 'empty-csrf-data', 'yaml', S.glK8s, 'gitleaks k8s fps: dashboard csrf secret with empty data', (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: kubernetes-dashboard-csrf\n  namespace: kubernetes-dashboard\ntype: Opaque\ndata:\n  ${v}\n`, 'csrf: ""');
}

// ===========================================================================
// private-key — gitleaks privatekey.go, detect-secrets private_key_test.py.
{
  const F = 'private-key';
  P(F, 'rsa-pem', 'pem', S.glPrivateKey, 'RSA PRIVATE KEY block (random body)', (v) => `${v}\n`, gen.rsaPrivateKey());
  P(F, 'pkcs8-pem', 'key', S.glPrivateKey, 'PKCS#8 PRIVATE KEY block', (v) => `${v}\n`, gen.pkcs8PrivateKey());
  P(F, 'ec-pem', 'pem', S.glPrivateKey, 'EC PRIVATE KEY block', (v) => `${v}\n`, gen.ecPrivateKey());
  P(F, 'openssh-key', 'txt', S.glPrivateKey, 'OPENSSH PRIVATE KEY block (id_ed25519 shape)', (v) => `${v}\n`, gen.opensshPrivateKey());
  P(F, 'pem-after-text', 'txt', S.dsPrivateKey, 'detect-secrets: PRIVATE KEY block after some text', (v) => `some text here\n${v}\n`, gen.pkcs8PrivateKey());
  P(F, 'pem-json-escaped', 'json', S.dsPrivateKey, 'detect-secrets: RSA key as a JSON string with \\n escapes', (v) => `{\n  "type": "service_account",\n  "private_key": "${v}"\n}\n`, gen.rsaPrivateKey().replace(/\n/g, '\\n'));
  P(F, 'putty-key-file', 'ppk', S.dsPrivateKey, 'detect-secrets: PuTTY-User-Key-File-2 header', (v) => `${v}: ssh-rsa\nEncryption: none\nComment: deploy@acme\nPublic-Lines: 6\n${b64(270).match(/.{1,64}/g).join('\n')}\nPrivate-Lines: 14\n${b64(660).match(/.{1,64}/g).join('\n')}\nPrivate-MAC: ${hex(40)}\n`, 'PuTTY-User-Key-File-2');

  N(F, 'public-key-pem', 'pem', S.glPrivateKey, 'constructed: PUBLIC KEY block (public by definition)', (v) => `${v}\n`, pem('PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + b64(300).slice(0, 348) + 'IDAQAB'));
  N(F, 'certificate-pem', 'crt', S.glPrivateKey, 'constructed: CERTIFICATE block', (v) => `${v}\n`, pem('CERTIFICATE', 'MIIDazCCAlOgAwIBAgIU' + b64(660).slice(0, 880)));
  N(F, 'ssh-public-key', 'pub', S.dsAzureStorage, 'detect-secrets: ssh-rsa public key line', (v) => `${v}\n`, 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + b64(276).replace(/=+$/, '') + ' deploy@acme');
  N(F, 'pgp-message', 'yaml', S.glK8s, 'gitleaks k8s fps: PGP MESSAGE (sops-encrypted data key), not a key', (v) => `sops:\n    pgp:\n    -   created_at: '2021-10-21T10:56:37Z'\n        enc: |\n            ${v}\n`, pem('PGP MESSAGE', '\n' + b64(420), 64).replace(/\n/g, '\n            '));
  NL(F, 'placeholder-block', 'md', S.glPrivateKey, 'constructed: PEM markers around a placeholder (no key material)', '-----BEGIN RSA PRIVATE KEY-----\n<paste your key here>\n-----END RSA PRIVATE KEY-----');
}

// ===========================================================================
// openai — gitleaks openai.go, curl.go (OpenAI Bearer).
{
  const F = 'openai';
  P(F, 'project-key-dotenv', 'env', S.glOpenai, 'sk-proj- key (T3BlbkFJ marker) in .env', (v) => `OPENAI_API_KEY=${v}\n`, gen.openaiProj());
  P(F, 'project-key-python', 'py', S.glOpenai, 'sk-proj- key passed to the OpenAI client', (v) => `from openai import OpenAI\n\nclient = OpenAI(api_key="${v}")\n`, gen.openaiProj());
  P(F, 'service-account-key', 'ts', S.glOpenai, 'sk-svcacct- key in TypeScript', (v) => `export const openai = new OpenAI({ apiKey: '${v}' });\n`, gen.openaiSvc());
  P(F, 'admin-key', 'yml', S.glOpenai, 'sk-admin- key in YAML', (v) => `openai:\n  admin_key: ${v}\n`, gen.openaiAdmin());
  P(F, 'legacy-key-curl', 'sh', S.glCurl, 'gitleaks curl.go: legacy sk-…T3BlbkFJ… key in a Bearer header', (v) => `curl https://api.openai.com/v1/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${v}" \\\n  -d @request.json\n`, gen.openaiLegacy());
  P(F, 'legacy-key-json', 'json', S.glOpenai, 'legacy sk- key in JSON', (v) => `{"openaiApiKey": "${v}"}\n`, gen.openaiLegacy());

  NL(F, 'ellipsis-placeholder', 'env', S.glOpenai, 'constructed: sk-... placeholder', 'OPENAI_API_KEY=sk-...');
  NL(F, 'x-placeholder', 'env', S.glOpenai, 'constructed: sk-proj-xxxx placeholder', 'OPENAI_API_KEY=sk-proj-' + 'x'.repeat(40));
  NL(F, 'angle-placeholder', 'md', S.glOpenai, 'constructed: <your-openai-key>', 'export OPENAI_API_KEY=<your-openai-key>');
}

// ===========================================================================
// anthropic — gitleaks anthropic.go (tps/fps).
{
  const F = 'anthropic';
  P(F, 'api-key-dotenv', 'env', S.glAnthropic, 'sk-ant-api03-…AA key in .env', (v) => `ANTHROPIC_API_KEY=${v}\n`, gen.anthropic());
  P(F, 'api-key-python', 'py', S.glAnthropic, 'sk-ant-api03 key passed to anthropic.Anthropic', (v) => `import anthropic\n\nclient = anthropic.Anthropic(api_key="${v}")\n`, gen.anthropic());
  P(F, 'admin-key-yaml', 'yml', S.glAnthropic, 'sk-ant-admin01-…AA key in YAML', (v) => `anthropic:\n  admin_key: ${v}\n`, gen.anthropicAdmin());
  P(F, 'oauth-token', 'json', S.glAnthropic, 'sk-ant-oat01- OAuth token', (v) => `{"claudeAiOauth": {"accessToken": "${v}"}}\n`, 'sk-' + 'ant-' + 'oat01-' + mixed(100, B64URL));

  N(F, 'api-key-too-short', 'txt', S.glAnthropic, 'gitleaks fps: too-short sk-ant-api03 key', (v) => `${v}\n`, 'sk-' + 'ant-' + 'api03-' + mixed(60, B64URL) + 'AA');
  N(F, 'api-key-wrong-suffix', 'txt', S.glAnthropic, 'gitleaks fps: wrong suffix (BB instead of AA)', (v) => `${v}\n`, 'sk-' + 'ant-' + 'api03-' + mixed(93, B64URL) + 'BB');
  NL(F, 'oauth-too-short', 'py', S.glAnthropic, 'gitleaks fps: sk-ant-oat01-tooShort', 'anthropic_token = "sk-ant-oat01-tooShort"');
}

// ===========================================================================
// jfrog — gitleaks jfrog.go.
{
  const F = 'jfrog';
  P(F, 'api-key-helm-set', 'sh', S.glJfrog, 'API key (AKCp + 69) in a helm --set argument', (v) => `helm upgrade --install app ./chart --set imagePullSecretJfrog.password=${v}\n`, gen.jfrogApiKey());
  P(F, 'identity-token-env', 'env', S.glJfrog, 'identity token (64 alnum) with artifactory keyword', (v) => `ARTIFACTORY_ACCESS_TOKEN=${v}\n`, gen.jfrogIdentity());
  P(F, 'identity-token-tuple', 'py', S.glJfrog, 'gitleaks: "artifactory", "<64>" tuple', (v) => `CREDS = ("artifactory", "${v}")\n`, gen.jfrogIdentity());
  P(F, 'identity-token-jfrog-cli', 'sh', S.glJfrog, 'identity token passed to jf config add', (v) => `jf config add acme --url=https://acme.jfrog.io --access-token=${v} --interactive=false\n`, gen.jfrogIdentity());

  NL(F, 'url-only', 'env', S.glJfrog, 'constructed: Artifactory URL, no token', 'ARTIFACTORY_URL=https://acme.jfrog.io/artifactory');
  NL(F, 'env-reference', 'yml', S.glJfrog, 'constructed: token from ${ARTIFACTORY_API_KEY}', 'ARTIFACTORY_API_KEY: ${ARTIFACTORY_API_KEY}');
}


// ===========================================================================
// More contexts for the same formats. Each cites the suite whose rule/test the
// value format comes from; the surrounding syntax follows gitleaks'
// GenerateSampleSecrets idea of one secret in many languages and file types.
{
  let F = 'github';
  P(F, 'pat-netrc', 'netrc', S.glGithub, 'fine-grained PAT as the github.com password in .netrc', (v) => `machine github.com\n  login acme-bot\n  password ${v}\n`, gen.githubFineGrained());
  P(F, 'installation-token-remote', 'yml', S.glGithub, 'installation token (ghs_) in a workflow git remote set-url', (v) => `      - run: git remote set-url origin https://x-access-token:${v}@github.com/acme/site.git\n`, gen.ghs());
  P(F, 'pat-csharp', 'cs', S.glGithub, 'classic PAT as an Octokit.net credential', (v) => `var client = new GitHubClient(new ProductHeaderValue("sync")) { Credentials = new Credentials("${v}") };\n`, gen.ghp());
  P(F, 'pat-mcp-config', 'json', S.glGithub, 'classic PAT in an MCP server config env block', (v) => `{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github"],\n      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${v}" }\n    }\n  }\n}\n`, gen.ghp());

  F = 'slack';
  P(F, 'bot-terraform', 'tf', S.glSlack, 'bot token in a Terraform provider block', (v) => `provider "slack" {\n  token = "${v}"\n}\n`, gen.slackBot());
  P(F, 'user-ts', 'ts', S.glSlack, 'user token as a TS constant', (v) => `export const SLACK_USER_TOKEN = '${v}';\n`, gen.slackUser());
  P(F, 'webhook-jenkinsfile', 'groovy', S.dsSlack, 'incoming webhook URL in a Jenkinsfile post step', (v) => `post {\n  failure {\n    sh "curl -X POST -d '{\\"text\\":\\"build failed\\"}' ${v}"\n  }\n}\n`, gen.slackWebhook());
  P(F, 'bot-k8s-configmap', 'yaml', S.glSlack, 'bot token in a ConfigMap (not a Secret)', (v) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notifier\ndata:\n  SLACK_BOT_TOKEN: "${v}"\n`, gen.slackBot());

  F = 'azure';
  P(F, 'storage-python-connstr', 'py', S.dsAzureStorage, 'storage connection string passed to BlobServiceClient', (v) => `from azure.storage.blob import BlobServiceClient\n\nsvc = BlobServiceClient.from_connection_string("DefaultEndpointsProtocol=https;AccountName=procurelake;AccountKey=${v};EndpointSuffix=core.windows.net")\n`, gen.azureStorageKey());
  P(F, 'cosmos-connstr', 'env', S.npAzure, 'Cosmos DB AccountEndpoint;AccountKey= connection string', (v) => `COSMOS_CONNECTION_STRING=AccountEndpoint=https://acme-orders.documents.azure.com:443/;AccountKey=${v};\n`, gen.azureStorageKey());
  P(F, 'storage-key-terraform', 'tf', S.dsAzureStorage, 'storage account key in a Terraform backend block', (v) => `terraform {\n  backend "azurerm" {\n    storage_account_name = "acmetfstate"\n    container_name       = "tfstate"\n    key                  = "prod.terraform.tfstate"\n    access_key           = "${v}"\n  }\n}\n`, gen.azureStorageKey());
  P(F, 'entra-secret-msal-js', 'js', S.thEntra, 'Entra client secret in an MSAL confidential client config', (v) => `const msalConfig = {\n  auth: {\n    clientId: '${uuid()}',\n    authority: 'https://login.microsoftonline.com/${uuid()}',\n    clientSecret: '${v}',\n  },\n};\n`, gen.entraSecret());
  P(F, 'entra-secret-az-login', 'sh', S.glAzure, 'Entra client secret in az login --service-principal', (v) => `az login --service-principal -u ${uuid()} -p ${v} --tenant ${uuid()}\n`, gen.entraSecret());

  F = 'aws';
  P(F, 'key-id-java', 'java', S.glAws, 'AKIA key id in a Java BasicAWSCredentials call', (v) => `AWSCredentials creds = new BasicAWSCredentials("${v}", System.getenv("AWS_SECRET_ACCESS_KEY"));\n`, gen.awsKeyId());
  P(F, 'secret-workflow-env', 'yml', S.glAws, 'secret access key hard-coded in a workflow env block', (v) => `    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: ${v}\n`, gen.awsSecret());
  P(F, 'key-id-dockerfile', 'Dockerfile', S.glAws, 'AKIA key id in a Dockerfile ENV', (v) => `FROM python:3.12-slim\nENV AWS_ACCESS_KEY_ID=${v}\n`, gen.awsKeyId());

  F = 'curl';
  P(F, 'user-api-key-colon', 'sh', S.glCurl, 'curl -u apikey: (key as user, empty password)', (v) => `curl -u "${v}:" https://api.stripe-like.example/v1/charges\n`, mixed(32));
  P(F, 'header-x-api-key', 'sh', S.glCurl, 'X-Api-Key: header', (v) => `curl -s https://api.acme.io/v2/orders -H "X-Api-Key: ${v}"\n`, mixed(40));

  F = 'database-url';
  P(F, 'mssql-url', 'env', S.slDbMore, 'mssql:// URL with the sa password', (v) => `MSSQL_URL=mssql://sa:${v}@sql.acme.internal:1433/orders\n`, pw(18, '!'));
  P(F, 'asyncpg-url', 'py', S.slDbNgPg, 'postgresql+asyncpg:// SQLAlchemy URL', (v) => `DATABASE_URL = "postgresql+asyncpg://agent:${v}@pg.acme.internal:5432/agent"\n`, pw(20));
  P(F, 'pymysql-url', 'py', S.slDbMore, 'mysql+pymysql:// SQLAlchemy URL with a percent-encoded password', (v) => `engine = create_engine("mysql+pymysql://etl:${v}@mysql.acme.internal:3306/warehouse")\n`, pct(`${mixed(7)}/${mixed(5)}?${digits(3)}`));
  P(F, 'sqlserver-env-password', 'env', S.npOdbc, 'SQL Server Password= in a .env connection string', (v) => `SQLSERVER_CONNECTION=Server=sql01.acme.internal;Database=ledger;User Id=ledger_app;Password=${v};TrustServerCertificate=True\n`, pw(18, '!#'));
  P(F, 'mongodb-compose', 'yml', S.slDbMore, 'mongodb URL in docker-compose environment', (v) => `services:\n  api:\n    environment:\n      MONGO_URL: mongodb://api:${v}@mongo:27017/api?authSource=admin\n`, pw(16));

  F = 'vault';
  P(F, 'service-token-k8s-env', 'yaml', S.glVault, 'hvs. token as a container env value', (v) => `        env:\n          - name: VAULT_TOKEN\n            value: "${v}"\n`, gen.vaultService());
  P(F, 'legacy-token-dotenv', 'env', S.glVault, 'legacy s. token in .env', (v) => `VAULT_TOKEN=${v}\n`, gen.vaultLegacy());

  F = 'grafana';
  P(F, 'service-account-terraform', 'tf', S.glGrafana, 'glsa_ token in the Terraform grafana provider', (v) => `provider "grafana" {\n  url  = "https://acme.grafana.net"\n  auth = "${v}"\n}\n`, gen.grafanaSa());

  F = 'heroku';
  P(F, 'v2-workflow', 'yml', S.glHeroku, 'HRKU-AA token hard-coded in a deploy workflow', (v) => `      - uses: akhileshns/heroku-deploy@v3.13.15\n        with:\n          heroku_api_key: ${v}\n          heroku_app_name: acme-api\n`, gen.heroku());

  F = 'sentry';
  P(F, 'org-token-sentryclirc', 'ini', S.thSentryV2, 'sntrys_ token in .sentryclirc', (v) => `[auth]\ntoken=${v}\n`, gen.sentryOrg());

  F = 'plaid';
  P(F, 'secret-node-config', 'js', S.glPlaid, 'Plaid secret in a plaid-node Configuration', (v) => `const config = new Configuration({\n  basePath: PlaidEnvironments.production,\n  baseOptions: { headers: { 'PLAID-CLIENT-ID': process.env.PLAID_CLIENT_ID, 'PLAID-SECRET': '${v}' } },\n});\n`, gen.plaidSecret());

  F = 'huggingface';
  P(F, 'hub-login-python', 'py', S.glHf, 'hf_ token passed to huggingface_hub.login', (v) => `from huggingface_hub import login\n\nlogin(token="${v}")\n`, gen.hf());
  P(F, 'dotenv', 'env', S.glHf, 'hf_ token in .env', (v) => `HF_TOKEN=${v}\n`, gen.hf());
  P(F, 'notebook-cell', 'ipynb', S.glHf, 'hf_ token inside a notebook cell source line', (v) => `{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "hf_token = \\"${v}\\"\\n"\n   ]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`, gen.hf());

  F = 'webhook';
  P(F, 'teams-powershell', 'ps1', S.glTeams, 'Teams webhook in PowerShell Invoke-RestMethod', (v) => `Invoke-RestMethod -Method Post -ContentType 'application/json' -Body $payload -Uri '${v}'\n`, `https://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${hex(32)}/${uuid()}`);
  P(F, 'slack-workflow-trigger', 'env', S.dsSlack, 'Slack workflow trigger URL (hooks.slack.com/triggers/…)', (v) => `SLACK_TRIGGER_URL=${v}\n`, `https://hooks.slack` + `.com/triggers/T${rand(10, UPPER + DIGITS)}/${digits(13)}/${hex(32)}`);
  P(F, 'power-automate-platform', 'ts', S.thTeams, 'constructed: Power Platform direct trigger URL with sig=', (v) => `const FLOW_URL = '${v}';\n`, `https://default${hex(30)}.${rand(2, LOWER + DIGITS)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${hex(32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${b64url(32)}`);

  F = 'docker';
  P(F, 'pat-compose-env', 'yml', S.slDockerNg, 'dckr_pat_ token in docker-compose environment', (v) => `services:\n  puller:\n    environment:\n      DOCKERHUB_TOKEN: ${v}\n`, gen.dockerPat());
  P(F, 'pat-login-stdin-literal', 'sh', S.slDockerNg, 'dckr_pat_ token echoed into docker login', (v) => `echo "${v}" | docker login -u acmebot --password-stdin\n`, gen.dockerPat());

  F = 'npm';
  P(F, 'npmrc-user-level', 'npmrc', S.glNpm, 'npm_ token in a user-level .npmrc with scope registry', (v) => `@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${v}\nalways-auth=true\n`, gen.npm());
  P(F, 'js-config-token', 'js', S.thNpmV2, 'npm_ token in a JS publish script', (v) => `const token = '${v}';\nexecSync(\`npm publish --//registry.npmjs.org/:_authToken=\${token}\`);\n`, gen.npm());

  F = 'generic';
  const tok = () => mixed(32);
  P(F, 'xml-api-token', 'xml', S.glGeneric, 'api token in an XML element', (v) => `<settings>\n  <apiToken>${v}</apiToken>\n</settings>\n`, tok());
  P(F, 'batch-set', 'bat', S.glGeneric, 'api token in a Windows batch set', (v) => `set API_TOKEN=${v}\n`, tok());
  P(F, 'powershell-env', 'ps1', S.glGeneric, 'api token assigned to $env: in PowerShell', (v) => `$env:API_TOKEN = "${v}"\n`, tok());
  P(F, 'kotlin-val', 'kt', S.glGeneric, 'api token as a Kotlin val', (v) => `val apiToken = "${v}"\n`, tok());
  P(F, 'rust-let', 'rs', S.glGeneric, 'api token as a Rust let binding', (v) => `let api_token = "${v}";\n`, tok());
  P(F, 'php-assign', 'php', S.glGeneric, 'api token as a PHP variable', (v) => `<?php\n$api_token = '${v}';\n`, tok());
  P(F, 'swift-let', 'swift', S.glGeneric, 'api token as a Swift constant', (v) => `let apiToken = "${v}"\n`, tok());
  P(F, 'toml-key', 'toml', S.glGeneric, 'api secret in TOML', (v) => `[service]\napi_secret = "${v}"\n`, tok());
  P(F, 'ruby-constant', 'rb', S.glGeneric, 'api key as a Ruby constant', (v) => `API_KEY = '${v}'\n`, tok());
  P(F, 'yaml-auth-token', 'yaml', S.glGeneric, 'auth token in YAML', (v) => `crm:\n  base_url: https://crm.acme.io\n  auth_token: ${v}\n`, tok());
  P(F, 'llm-provider-key-dotenv', 'env', S.glGeneric, 'LLM provider API key (no vendor prefix) with an _API_KEY name', (v) => `MISTRAL_API_KEY=${v}\n`, mixed(32));
  P(F, 'connector-secret-json', 'json', S.glGeneric, 'connector client secret in JSON (generic secret keyword)', (v) => `{\n  "connector": "coupa",\n  "client_secret": "${v}"\n}\n`, mixed(40, ALNUM + '-_'));

  F = 'kubernetes';
  P(F, 'secret-multi-doc', 'yaml', S.glK8s, 'Secret data in the second document of a multi-document file', (v) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  LOG_LEVEL: info\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  API_TOKEN: ${v}\n`, Buffer.from(mixed(32)).toString('base64'));

  F = 'openai';
  P(F, 'project-key-dockerfile', 'Dockerfile', S.glOpenai, 'sk-proj- key baked into a Dockerfile ENV', (v) => `FROM python:3.12-slim\nENV OPENAI_API_KEY=${v}\n`, gen.openaiProj());
  P(F, 'project-key-langchain', 'py', S.glOpenai, 'sk-proj- key passed to LangChain ChatOpenAI', (v) => `from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4o", openai_api_key="${v}")\n`, gen.openaiProj());
  P(F, 'project-key-notebook', 'ipynb', S.glOpenai, 'sk-proj- key inside a notebook cell', (v) => `{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "import os\\n",\n    "os.environ[\\"OPENAI_API_KEY\\"] = \\"${v}\\"\\n"\n   ]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`, gen.openaiProj());

  F = 'anthropic';
  P(F, 'api-key-ts', 'ts', S.glAnthropic, 'sk-ant-api03 key in the TS SDK constructor', (v) => `const client = new Anthropic({ apiKey: '${v}' });\n`, gen.anthropic());
  P(F, 'api-key-mcp-config', 'json', S.glAnthropic, 'sk-ant-api03 key in an agent/MCP config env block', (v) => `{\n  "env": {\n    "ANTHROPIC_API_KEY": "${v}"\n  }\n}\n`, gen.anthropic());

  F = 'jfrog';
  P(F, 'api-key-gradle-properties', 'properties', S.glJfrog, 'JFrog API key as artifactory_password in gradle.properties', (v) => `artifactory_user=ci\nartifactory_password=${v}\n`, gen.jfrogApiKey());

  F = 'cloudflare';
  P(F, 'api-token-wrangler-toml', 'toml', S.glCloudflare, 'API token in a wrangler vars block', (v) => `[vars]\nCLOUDFLARE_API_TOKEN = "${v}"\n`, gen.cfToken());

  F = 'jenkins';
  P(F, 'api-token-groovy-init', 'groovy', S.npJenkins, 'Jenkins API token in an init.groovy script', (v) => `def jenkinsToken = '${v}'\n`, gen.jenkinsToken());


  F = 'sentry';
  P(F, 'user-token-dotenv', 'env', S.thSentryV2, 'sntryu_ user token in .env', (v) => `SENTRY_TOKEN=${v}\n`, gen.sentryUser());
  F = 'plaid';
  P(F, 'access-token-ts', 'ts', S.thPlaid, 'production access token in a TS fixture', (v) => `const item = { accessToken: '${v}', institution: 'ins_3' };\n`, gen.plaidAccess('production'));
  F = 'heroku';
  P(F, 'v2-netrc', 'netrc', S.glHeroku, 'HRKU-AA token as the git.heroku.com password in .netrc', (v) => `machine git.heroku.com\n  login ops@acme.io\n  password ${v}\n`, gen.heroku());
  F = 'grafana';
  P(F, 'cloud-token-alloy', 'alloy', S.glGrafana, 'glc_ token as basic_auth password in an Alloy/Agent config', (v) => `prometheus.remote_write "default" {\n  endpoint {\n    url = "https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push"\n    basic_auth {\n      username = "${digits(7)}"\n      password = "${v}"\n    }\n  }\n}\n`, gen.grafanaCloud());
  F = 'vault';
  P(F, 'batch-token-env', 'env', S.glVault, 'hvb. batch token in .env', (v) => `VAULT_TOKEN=${v}\n`, gen.vaultBatch());
  F = 'docker';
  P(F, 'k8s-cli-create-secret', 'sh', S.slDockerNg, 'registry password in kubectl create secret docker-registry', (v) => `kubectl create secret docker-registry regcred --docker-server=registry.acme.io --docker-username=acmebot --docker-password=${v}\n`, pw(20));
  F = 'jfrog';
  P(F, 'identity-token-npmrc', 'npmrc', S.glJfrog, 'JFrog identity token as _authToken for an Artifactory npm registry', (v) => `//acme.jfrog.io/artifactory/api/npm/npm-virtual/:_authToken=${v}\n`, gen.jfrogIdentity());
  F = 'webhook';
  P(F, 'zapier-python', 'py', S.thZapier, 'Zapier catch hook URL in Python', (v) => `ZAP_URL = "${v}"\nrequests.post(ZAP_URL, json=lead)\n`, `https://hooks.zapier.com/hooks/catch/${digits(7)}/${rand(6, LOWER + DIGITS)}/`);
  F = 'private-key';
  P(F, 'pgp-private-key-block', 'asc', S.glPrivateKey, 'PGP PRIVATE KEY BLOCK', (v) => `${v}\n`, pem('PGP PRIVATE KEY BLOCK', '\nlQOYBF' + b64(900).slice(0, 1180), 64).replace('-----\n\n', '-----\n\n'));
}

// ---------------------------------------------------------------------------
// Emit.
function render() {
  const files = new Map();
  for (const c of cases) {
    if (files.has(c.file)) throw new Error(`two cases write ${c.file}`);
    files.set(c.file, c.content);
  }
  const labels = cases
    .map(({ file, family, line, secret, source, note }) => ({ file, family, line, secret, source, note }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return { files, labelsText: JSON.stringify({ cases: labels }, null, 2) + '\n' };
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d)) {
      const full = join(d, e);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(HERE, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

const { files, labelsText } = render();
if (process.argv.includes('--check')) {
  const problems = [];
  const present = new Set(listFiles(OUT_DIR));
  for (const [file, content] of files) {
    if (!present.has(file)) problems.push(`missing ${file}`);
    else if (readFileSync(join(HERE, file), 'utf8') !== content) problems.push(`differs ${file}`);
    present.delete(file);
  }
  for (const extra of present) problems.push(`unexpected ${extra}`);
  if (!existsSync(LABELS_FILE) || readFileSync(LABELS_FILE, 'utf8') !== labelsText) problems.push('labels.json differs');
  if (problems.length) {
    console.error(`corpus out of date (${problems.length}):\n  ` + problems.slice(0, 20).join('\n  '));
    process.exit(1);
  }
  console.log(`corpus up to date: ${files.size} files`);
} else {
  rmSync(OUT_DIR, { recursive: true, force: true });
  for (const [file, content] of files) {
    const full = join(HERE, file);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  writeFileSync(LABELS_FILE, labelsText);
  const pos = cases.filter((c) => c.secret).length;
  console.log(`wrote ${cases.length} cases (${pos} positive, ${cases.length - pos} negative) in ${new Set(cases.map((c) => c.family)).size} families`);
}

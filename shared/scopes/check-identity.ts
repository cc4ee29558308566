import type { FileSet } from '../files/file-set.js';
import type { RawFinding } from '../model/finding.js';
import { isTypeScriptLike } from './extract/extract-typescript-scopes.js';
import { isWorkflowPath } from './extract/extract-workflow-scopes.js';
import type { ConnectorAuth } from './read-connector-auth.js';
import { scopesRules } from './scopes-rules.js';

/** CI configuration files other than GitHub workflows that set cloud credentials. */
const OTHER_PIPELINES =
  /(^|\/)(\.gitlab-ci\.ya?ml|bitbucket-pipelines\.ya?ml|azure-pipelines\.ya?ml|\.circleci\/config\.ya?ml|\.buildkite\/pipeline\.ya?ml|Jenkinsfile)$/;

/** First names that, as a secret's first word, make it someone's own token (`ALICE_GITHUB_TOKEN`). */
const FIRST_NAMES = new Set(
  'alice bob carol dave david john jane james mary michael sarah peter paul anna chris alex dan daniel kevin laura emma lisa mike steve eric brian jason matt matthew nick ryan adam andrew tim joe jack lucas sophie julia maria jose carlos ahmed ali olivia liam noah ethan mia ava isabella jessica jennifer thomas robert william richard joseph charles karen nancy susan linda barbara elizabeth patricia'.split(
    ' ',
  ),
);

const SHORT_LIVED_AUTH = /workload|oidc|federat|managed|iam[_ -]?role|irsa|keyless|^none$/i;

/** Why a secret or variable name reads as a personal credential, or undefined. */
export function personalTokenReason(name: string): string | undefined {
  const n = name.toUpperCase();
  if (n === 'GITHUB_TOKEN') return undefined;
  if (/(^|_)PAT(_|$)/.test(n) || /(^|_)PATS?$/.test(n)) return 'a personal access token (PAT)';
  if (/PERSONAL/.test(n)) return 'named as a personal token';
  if (/(^|_)CLASSIC(_|$)/.test(n)) return 'a classic personal access token';
  if (/(^|_)XOXP(_|$)/.test(n)) return 'a Slack user token';
  if (/(^|_)USER_(OAUTH_|ACCESS_)?TOKEN(_|$)/.test(n) || /(^|_)USER_OAUTH(_|$)/.test(n)) return 'a user OAuth token';
  if (/^MY_|_MY_/.test(n) && /(TOKEN|KEY|SECRET|PASSWORD)/.test(n)) return "named as someone's own";
  const first = n.split('_')[0]?.toLowerCase() ?? '';
  if (FIRST_NAMES.has(first) && /(TOKEN|KEY|SECRET|PAT|PASSWORD|CREDENTIAL)/.test(n)) return 'named after a person';
  return undefined;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

function lineMatches(text: string, re: RegExp): Hit[] {
  const out: Hit[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1] as string;
    const start = m.index + m[0].indexOf(name);
    out.push({ start, end: start + name.length, name });
  }
  return out;
}

/**
 * The identity checks: static cloud keys in pipelines where workload identity
 * (OIDC) fits; long-lived personal credentials in pipelines, connector code and
 * manifests; one credential shared by several connectors or environments; a
 * stored credential without rotation. Returns findings located in `files`.
 *
 * @param files      head file set
 * @param paths      paths to check
 * @param connectors connector manifests read from `paths`
 */
export function checkIdentity(files: FileSet, paths: readonly string[], connectors: readonly ConnectorAuth[]): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const path of paths) {
    const text = files.get(path);
    if (text === undefined) continue;
    const pipeline = isWorkflowPath(path) || OTHER_PIPELINES.test(path);
    if (pipeline) {
      // Static cloud keys: the key names of the official actions and the SDKs' environment variables.
      const fromSecret = String.raw`\s*:\s*["']?(?:\$\{\{\s*secrets\.|\$\{?[A-Za-z_]|\(\(|\$\{\{\s*vars\.)`;
      const clouds: [string, RegExp][] = [
        ['aws', new RegExp(String.raw`^[ \t-]*(aws-access-key-id|AWS_ACCESS_KEY_ID)${fromSecret}`, 'gm')],
        [
          'gcp',
          new RegExp(
            String.raw`^[ \t-]*(credentials_json|service_account_key|GOOGLE_APPLICATION_CREDENTIALS_JSON|GOOGLE_CREDENTIALS|GCP_SA_KEY|GCLOUD_SERVICE_KEY)${fromSecret}`,
            'gm',
          ),
        ],
        ['azure', new RegExp(String.raw`^[ \t-]*(creds|AZURE_CLIENT_SECRET|AZURE_CREDENTIALS|client-secret|ARM_CLIENT_SECRET)${fromSecret}`, 'gm')],
      ];
      for (const [cloud, re] of clouds) {
        const hits = lineMatches(text, re);
        if (cloud === 'aws' && hits.length === 0)
          hits.push(...lineMatches(text, new RegExp(String.raw`^[ \t-]*(aws-secret-access-key|AWS_SECRET_ACCESS_KEY)${fromSecret}`, 'gm')));
        // `creds` and `credentials_json` are the inputs of azure/login and google-github-actions/auth.
        const owner = cloud === 'gcp' ? /google-github-actions\/|GOOGLE|GCP|GCLOUD/ : cloud === 'azure' ? /azure\/login|AZURE|ARM_/ : /./;
        if (!owner.test(text)) continue;
        for (const h of hits)
          findings.push({
            ruleId: scopesRules.staticCloudKey.id,
            messageId: cloud,
            path,
            range: { start: h.start, end: h.end },
            data: { key: h.name },
          });
      }
      // `secrets.X` anywhere, then `$X` / `${X}` outside workflow files.
      const references = [
        ...lineMatches(text, /\bsecrets\.([A-Za-z0-9_]+)/g),
        ...(isWorkflowPath(path) ? [] : lineMatches(text, /\$\{?([A-Z][A-Z0-9_]{2,})\}?/g)),
      ];
      for (const h of references) {
        const why = personalTokenReason(h.name);
        if (why)
          findings.push({
            ruleId: scopesRules.personalToken.id,
            messageId: 'secret',
            path,
            range: { start: h.start, end: h.end },
            data: { name: h.name, why },
          });
      }
    } else if (isTypeScriptLike(path) || /\.pyw?$/i.test(path)) {
      if (!/env/.test(text)) continue;
      const re =
        /(?:process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\]|os\.environ\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\]|os\.(?:environ\.get|getenv)\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["'])/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = (m[1] ?? m[2] ?? m[3] ?? m[4]) as string;
        const why = personalTokenReason(name);
        if (!why) continue;
        const start = m.index + m[0].lastIndexOf(name);
        findings.push({
          ruleId: scopesRules.personalToken.id,
          messageId: 'env',
          path,
          range: { start, end: start + name.length },
          data: { name, why },
        });
      }
    }
  }

  // Manifests: personal credentials, sharing, rotation.
  const byRef = new Map<string, ConnectorAuth[]>();
  for (const c of connectors) {
    const ref = c.credentialRef;
    const type = c.authType?.value ?? '';
    if (/personal|(^|[_-])pat($|[_-])|user[_-]?(oauth|token)|classic/i.test(type)) {
      const at = c.authType ?? { start: c.authRange.start, end: c.authRange.end };
      findings.push({
        ruleId: scopesRules.personalToken.id,
        messageId: 'manifest',
        path: c.path,
        range: { start: at.start, end: at.end },
        data: { connector: c.name, why: `auth type \`${type}\`` },
      });
    } else if (ref) {
      const why = /[\w.+-]+@[\w-]+\.[\w.]+/.test(ref.value)
        ? "the reference names a person's email address"
        : /(^|\/)(users?|home|~)[/:]?[a-z]/i.test(ref.value)
          ? "the reference is under a user's path"
          : personalTokenReason(ref.value.split(/[/:]/).pop()?.replace(/[-.]/g, '_') ?? '');
      if (why)
        findings.push({
          ruleId: scopesRules.personalToken.id,
          messageId: 'manifest',
          path: c.path,
          range: { start: ref.start, end: ref.end },
          data: { connector: c.name, why },
        });
    }
    if (ref && !/workload|oidc|federat|managed/i.test(type)) {
      const key = `${c.credentialSource ?? ''}\u0000${ref.value}`;
      const list = byRef.get(key);
      if (list) list.push(c);
      else byRef.set(key, [c]);
      const envs = c.environments.map((e) => e.value);
      if (envs.length > 1 && !/\$\{|\{\{|<[a-z_-]+>|\{env|\{environment|\$[A-Z_]*ENV/i.test(ref.value)) {
        findings.push({
          ruleId: scopesRules.sharedCredential.id,
          messageId: 'environments',
          path: c.path,
          range: { start: ref.start, end: ref.end },
          data: { connector: c.name, ref: ref.value, count: envs.length, environments: envs.join(', ') },
        });
      }
    }
    if (c.hasAuth && (c.authType || ref) && !c.rotation && !SHORT_LIVED_AUTH.test(c.authType?.value ?? '')) {
      findings.push({ ruleId: scopesRules.noRotation.id, messageId: 'missing', path: c.path, range: c.authRange, data: { connector: c.name } });
    }
  }
  for (const list of byRef.values()) {
    const names = [...new Set(list.map((c) => c.name))];
    if (names.length < 2) continue;
    for (const c of list) {
      const ref = c.credentialRef as NonNullable<ConnectorAuth['credentialRef']>;
      findings.push({
        ruleId: scopesRules.sharedCredential.id,
        messageId: 'connectors',
        path: c.path,
        range: { start: ref.start, end: ref.end },
        data: { connector: c.name, ref: ref.value, others: names.filter((n) => n !== c.name).join(', ') },
      });
    }
  }
  return findings;
}

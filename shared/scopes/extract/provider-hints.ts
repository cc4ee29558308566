import type { ScopeProvider } from '../scope-model.js';

/** Package / module names (JS and Python) whose import says which provider a file talks to. */
const MODULE_HINTS: readonly (readonly [RegExp, ScopeProvider])[] = [
  [
    /^(googleapis|google-auth-library|@google-cloud\/|@googleapis\/|google\.oauth2|google_auth_oauthlib|googleapiclient|google\.auth|gspread)/,
    'google',
  ],
  [/^(@azure\/msal-|@microsoft\/microsoft-graph-client|@azure\/identity|@microsoft\/teams|msal|msgraph|azure\.identity)/, 'microsoft'],
  [/^(@slack\/|slack_sdk|slack_bolt|slack)/, 'slack'],
  [/^(octokit|@octokit\/|probot|github$|githubkit|github\.|@actions\/github)/, 'github'],
  [/^(jsforce|@jsforce\/|simple_salesforce|salesforce)/, 'salesforce'],
  [/^(@hubspot\/|hubspot)/, 'hubspot'],
  [/^(@shopify\/|shopify)/, 'shopify'],
  [/^(jira\.js|jira-client|confluence-api|@atlassian\/|atlassian|jira)/, 'atlassian'],
  [/^(stripe)/, 'stripe'],
  [/^(@aws-sdk\/|aws-sdk|boto3|botocore)/, 'aws'],
];

/** The provider a module name points to, if any. */
export function providerOfModule(name: string): ScopeProvider | undefined {
  return MODULE_HINTS.find(([re]) => re.test(name))?.[1];
}

/** SDK calls and constructors (JS and Python names) that take scopes, with the provider they belong to. */
const CALL_HINTS: Readonly<Record<string, ScopeProvider>> = {
  generateAuthUrl: 'google',
  GoogleAuth: 'google',
  JWT: 'google',
  OAuth2Client: 'google',
  from_service_account_file: 'google',
  from_service_account_info: 'google',
  from_client_secrets_file: 'google',
  from_client_config: 'google',
  Flow: 'google',
  InstalledAppFlow: 'google',
  getAuthCodeUrl: 'microsoft',
  acquireTokenByClientCredential: 'microsoft',
  acquireTokenSilent: 'microsoft',
  acquireTokenByCode: 'microsoft',
  acquireTokenOnBehalfOf: 'microsoft',
  acquireTokenByUsernamePassword: 'microsoft',
  acquireTokenInteractive: 'microsoft',
  acquireTokenByDeviceCode: 'microsoft',
  acquireTokenPopup: 'microsoft',
  acquireTokenRedirect: 'microsoft',
  loginPopup: 'microsoft',
  loginRedirect: 'microsoft',
  TokenCredentialAuthenticationProvider: 'microsoft',
  acquire_token_for_client: 'microsoft',
  acquire_token_silent: 'microsoft',
  acquire_token_by_authorization_code: 'microsoft',
  get_authorization_request_url: 'microsoft',
  initiate_auth_code_flow: 'microsoft',
  InstallProvider: 'slack',
  generateInstallUrl: 'slack',
  handleInstallPath: 'slack',
  AuthorizeUrlGenerator: 'slack',
  OAuthSettings: 'slack',
  createInstallationAccessToken: 'github',
  create_installation_access_token: 'github',
  createAppAuth: 'github',
  shopifyApi: 'shopify',
  shopifyApp: 'shopify',
};

/** The provider an SDK call or constructor name points to, if any. */
export function providerOfCall(name: string): ScopeProvider | undefined {
  return Object.prototype.hasOwnProperty.call(CALL_HINTS, name) ? CALL_HINTS[name] : undefined;
}

/** Hosts of OAuth authorization endpoints, by provider. */
const AUTH_HOSTS: readonly (readonly [RegExp, ScopeProvider])[] = [
  [/(^|\.)accounts\.google\.com$/, 'google'],
  [/(^|\.)login\.microsoftonline\.com$|(^|\.)login\.live\.com$/, 'microsoft'],
  [/(^|\.)slack\.com$/, 'slack'],
  [/(^|\.)github\.com$/, 'github'],
  [/(^|\.)salesforce\.com$|(^|\.)force\.com$/, 'salesforce'],
  [/(^|\.)hubspot\.com$/, 'hubspot'],
  [/(^|\.)myshopify\.com$/, 'shopify'],
  [/(^|\.)atlassian\.com$/, 'atlassian'],
  [/(^|\.)stripe\.com$/, 'stripe'],
];

/** The provider of an OAuth authorization URL's host, if known. */
export function providerOfHost(host: string): ScopeProvider | undefined {
  const h = host.toLowerCase();
  return AUTH_HOSTS.find(([re]) => re.test(h))?.[1];
}

/** Property / keyword-argument names that hold scopes in SDK options. */
export const SCOPE_KEYS: ReadonlySet<string> = new Set([
  'scope',
  'scopes',
  'userScopes',
  'user_scopes',
  'botScopes',
  'bot_scopes',
  'oauthScopes',
  'oauth_scopes',
  'scopeList',
  'requestedScopes',
  'requested_scopes',
  'defaultScopes',
  'default_scopes',
  'SCOPES',
]);

/**
 * Whether a variable's name says it holds requested scopes (`SCOPES`, `slackScopes`,
 * `jiraCoreScopes`, `GMAIL_SCOPE`, `DEFAULT_SCOPES`). Names of allow-lists used to
 * validate what a caller asks for (`VALID_SCOPES`, `allowedScopes`, `SUPPORTED_SCOPES`)
 * are not: they grant nothing (docs/rules/scopes/unresolved.md, "Not requests").
 */
export function isScopeConstantName(name: string): boolean {
  if (!/(?:^|_)scopes?$|[a-z0-9]Scopes?$/i.test(name)) return false;
  return !/^(?:valid|allowed|allow|supported|known|available|accepted|permitted|granted|required|expected|all|invalid|forbidden|denied|blocked)(?:_|[A-Z]|$)/i.test(
    name,
  );
}

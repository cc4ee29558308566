import type { SecretDetector } from '../secret-detector.js';
import { anthropicKey } from './anthropic-key.js';
import { awsSecretAccessKey } from './aws-secret-access-key.js';
import { awsSessionToken } from './aws-session-token.js';
import { azureConnectionString } from './azure-connection-string.js';
import { azureOpenaiKey } from './azure-openai-key.js';
import { azureSasToken } from './azure-sas-token.js';
import { commandLineCredential } from './command-line-credential.js';
import { committedDotenv } from './committed-dotenv.js';
import { connectionUrl } from './connection-url.js';
import { genericAssignment } from './generic-assignment.js';
import { googleApiKey } from './google-api-key.js';
import { googleOauthClientSecret } from './google-oauth-client-secret.js';
import { hardcodedPassword } from './hardcoded-password.js';
import { hubspotToken } from './hubspot-token.js';
import { jwtSecret } from './jwt-secret.js';
import { jwtToken } from './jwt-token.js';
import { kubernetesSecret } from './kubernetes-secret.js';
import { openaiKey } from './openai-key.js';
import { pemPrivateKey } from './pem-private-key.js';
import { stripeKey } from './stripe-key.js';
import { stripeTestKey } from './stripe-test-key.js';
import { stripeWebhookSecret } from './stripe-webhook-secret.js';
import { twilioKey } from './twilio-key.js';
import { vendorToken } from './vendor-token.js';

/**
 * Tollgate's own secret detectors, run after secretlint's preset. Order does not
 * matter: overlapping candidates are resolved by priority in the analyzer.
 * `pemPrivateKey`, `anthropicKey`, `openaiKey`, `awsSecretAccessKey` and
 * `connectionUrl` extend rules the secretlint bridge declares (`secrets/private-key`,
 * `secrets/anthropic-key`, `secrets/openai-key`, `secrets/aws-secret-access-key`,
 * `secrets/database-url` / `secrets/basic-auth-url`).
 */
export const SECRET_DETECTORS: readonly SecretDetector[] = [
  committedDotenv,
  stripeKey,
  stripeTestKey,
  stripeWebhookSecret,
  googleApiKey,
  googleOauthClientSecret,
  hubspotToken,
  twilioKey,
  azureConnectionString,
  azureSasToken,
  azureOpenaiKey,
  jwtSecret,
  jwtToken,
  awsSecretAccessKey,
  awsSessionToken,
  kubernetesSecret,
  pemPrivateKey,
  anthropicKey,
  openaiKey,
  connectionUrl,
  commandLineCredential,
  vendorToken,
  genericAssignment,
  hardcodedPassword,
];

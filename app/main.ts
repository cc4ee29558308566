import { run } from 'probot';
import { readAppConfig } from './app-config.js';
import tollgateApp from './index.js';
import { createTollgateOctokit } from './tollgate-octokit.js';

// `npm start`: Probot's server, configured by Probot's standard environment variables
// (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST, LOG_LEVEL,
// GHE_HOST / GHE_PROTOCOL, REDIS_URL), webhooks at /api/github/webhooks.
await run(tollgateApp, { Octokit: createTollgateOctokit(readAppConfig(process.env)) });

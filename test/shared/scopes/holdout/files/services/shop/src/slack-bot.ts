import { App } from '@slack/bolt';

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientId: process.env.SLACK_CLIENT_ID,
  clientSecret: process.env.SLACK_CLIENT_SECRET,
  stateSecret: 'state-secret-not-a-credential',
  scopes: ['app_mentions:read', 'chat:write', 'reactions:write'],
  installerOptions: { userScopes: ['search:read'] },
});

export default app;

const jsforce = require('jsforce');

const oauth2 = new jsforce.OAuth2({
  loginUrl: 'https://login.salesforce.com',
  clientId: process.env.SF_CLIENT_ID,
  redirectUri: 'https://crm-sync.acme.example/oauth/callback',
});

function authorizeUrl(state) {
  return oauth2.getAuthorizationUrl({ scope: 'api refresh_token', state });
}

module.exports = { authorizeUrl };

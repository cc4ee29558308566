import jsforce from 'jsforce';

// Integration user for the supplier-CRM sync (username-password flow).
const SF_LOGIN_URL = 'https://procure-ai.my.salesforce.com';
const SF_USERNAME = 'integration@procure-ai.example';
const SF_PASSWORD = 'Cobalt&Orchid6400';
const SF_SECURITY_TOKEN = 'bdOIZrhrztICkR3ngnNyPdts';

export async function connect() {
  const conn = new jsforce.Connection({
    loginUrl: SF_LOGIN_URL,
    oauth2: {
      clientId: process.env.SF_CLIENT_ID,
      clientSecret: '24CE573CB7E79E33B59CA0A3DA205F127399083635A1CF184369601BDBE723BF',
      redirectUri: 'https://procure-ai.example/oauth/callback',
    },
  });
  await conn.login(SF_USERNAME, SF_PASSWORD + SF_SECURITY_TOKEN);
  return conn;
}

const config = new Configuration({
  basePath: PlaidEnvironments.production,
  baseOptions: { headers: { 'PLAID-CLIENT-ID': process.env.PLAID_CLIENT_ID, 'PLAID-SECRET': '157fe421da697ca2e368adf4473fd2' } },
});

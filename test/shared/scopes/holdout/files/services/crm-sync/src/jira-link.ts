// Jira OAuth 2.0 (3LO) consent link for the CRM -> Jira escalation feature.
export function jiraConsentUrl(clientId: string, state: string): string {
  return (
    'https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=' +
    encodeURIComponent(clientId) +
    '&scope=read%3Ajira-work%20write%3Ajira-work&redirect_uri=https%3A%2F%2Fcrm.acme.example%2Fjira&state=' +
    state +
    '&response_type=code&prompt=consent'
  );
}

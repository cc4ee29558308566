curl -X GET https://octopus.corp.net/api/projects \
     -H "X-Octopus-ApiKey: API-644LQL1BQBFMMZVGP1S863P4EMI"

curl -X GET \
     -H "apikey: 0d30477e-e7c4-4bb4-a4e2-5bb5499721ab" \
     -H "Accept: application/json" \
     https://api.acme.io/rest/v1/stats

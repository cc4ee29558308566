curl --user kevin:'PCVoR5F3jrHi8s12' -iX PATCH -H "Content-Type: application/json" -d @body.json https://api.acme.io/v1/me

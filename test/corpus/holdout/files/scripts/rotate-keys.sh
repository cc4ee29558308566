#!/usr/bin/env bash
# Rotates connector credentials stored in Secrets Manager.
set -euo pipefail

SECRET_ARN="arn:aws:secretsmanager:eu-central-1:497857660098:secret:prod/connectors-kaaSCe"
aws secretsmanager get-secret-value --secret-id "$SECRET_ARN" --query SecretString --output text > /tmp/connectors.json

export PGPASSWORD='BQpCqz5oj.9mOj8CbN~L'
psql -h procure-prod.internal -U procure_admin -c "select rotate_connector_keys();"

curl -sf -H "Authorization: Bearer ${HUBSPOT_TOKEN}" https://api.hubapi.com/account-info/v3/details
export STRIPE_API_KEY=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

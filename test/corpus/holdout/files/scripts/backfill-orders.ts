import { stripe } from '../packages/connectors/stripe/src/billing.js';

// One-off: backfill orders created during the 2024-08 outage.
const SLACK_ALERTS = 'https://hooks.slack.com/services/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';
const IDEMPOTENCY_PREFIX = '8f8ebd8d-6b69-4916-b929-1b6aae0c28a2';

for await (const charge of stripe.charges.list({ created: { gte: 1722470400 } })) {
  await fetch(SLACK_ALERTS, { method: 'POST', body: JSON.stringify({ text: `backfilled ${charge.id}` }) });
}

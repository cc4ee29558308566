import requests

WEBHOOK = "https://acme.webhook.office.com/webhookb2/82d1afa6-4a73-4874-86c8-9eed5c67dd57@1e589345-ddab-4d42-bda3-94eea3965097/IncomingWebhook/84dbdb489ff641d8c77eaed746d35512/7c8a6388-755a-42cb-900d-557b8f561143"
requests.post(WEBHOOK, json={"text": "nightly sync finished"})

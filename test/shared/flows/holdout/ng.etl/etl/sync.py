"""Nightly CRM -> warehouse sync."""
import logging
import ssl

import requests
from google.cloud import pubsub_v1, bigquery
from hubspot import HubSpot
import cohere  # PLANT(flows/undeclared-system)

log = logging.getLogger(__name__)
API_BASE = "http://partner-feed.acme-data.net/v2"  # PLANT(flows/plaintext-http)


def fetch_accounts(api_token: str):
    log.info("fetching accounts with token %s", api_token)  # PLANT(flows/credentials-in-logs)
    response = requests.get(f"{API_BASE}/accounts", headers={"Authorization": f"Bearer {api_token}"}, verify=False)  # PLANT(flows/tls-verification-off)
    return response.json()


def legacy_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # PLANT(flows/weak-tls)
    return ctx


def summarise(accounts, prompt):
    co = cohere.ClientV2()
    print(f"sending prompt {prompt}")  # PLANT(flows/prompt-in-logs)
    return co.chat(model="command-r", messages=[{"role": "user", "content": prompt}])


def run():
    hub = HubSpot(access_token=None)
    publisher = pubsub_v1.PublisherClient()
    client = bigquery.Client()
    accounts = fetch_accounts("unused")
    log.info("synced %d accounts", len(accounts))
    return hub, publisher, client

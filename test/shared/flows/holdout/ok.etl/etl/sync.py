"""Nightly CRM -> warehouse sync."""
import logging
import ssl

import requests
from google.cloud import pubsub_v1, bigquery
from hubspot import HubSpot
import cohere

log = logging.getLogger(__name__)
API_BASE = "https://partner-feed.acme-data.net/v2"
LOCAL_MOCK = "http://localhost:9000/v2"
XML_NS = "http://www.w3.org/2001/XMLSchema"


def fetch_accounts(api_token: str):
    log.info("fetching accounts (token set: %s)", bool(api_token))
    response = requests.get(f"{API_BASE}/accounts", headers={"Authorization": f"Bearer {api_token}"}, verify=True, timeout=30)
    return response.json()


def modern_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def summarise(accounts, prompt):
    co = cohere.ClientV2()
    print(f"sending prompt of {len(prompt)} characters")  # the prompt itself is never logged
    return co.chat(model="command-r", messages=[{"role": "user", "content": prompt}])


def run():
    hub = HubSpot(access_token=None)
    publisher = pubsub_v1.PublisherClient()
    client = bigquery.Client()
    accounts = fetch_accounts("unused")
    log.info("synced %d accounts", len(accounts))
    return hub, publisher, client

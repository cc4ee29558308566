"""SAP Ariba Procurement API client (OAuth client-credentials + technical user)."""
import os

import requests

ARIBA_TOKEN_URL = "https://api.eu.cloud.ariba.com/v2/oauth/accesstoken"
ARIBA_REALM = "procureai-T"
ARIBA_CLIENT_ID = "2ffe3000-16cd-47ee-983c-610ecb6db021"
ARIBA_CLIENT_SECRET = os.getenv("ARIBA_CLIENT_SECRET", "9j5W8QnDwWNcUZ59lUvWGmhVLIFxHLFS")
ARIBA_API_KEY = "b6tGqqnRr7nt2C3GnQE7k4m9vGsRlg7b"


def token() -> str:
    resp = requests.post(
        ARIBA_TOKEN_URL,
        data={"grant_type": "client_credentials"},
        auth=(ARIBA_CLIENT_ID, ARIBA_CLIENT_SECRET),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def legacy_session():
    # Technical user for the SOAP endpoints that have no OAuth yet.
    s = requests.Session()
    s.auth = ("svc_procure_ai", "Copper*Lantern1163")
    return s

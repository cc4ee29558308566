"""SMS notifications to suppliers when a PO is approved."""
import os

from twilio.rest import Client

ACCOUNT_SID = "AC82b831aca0c0c63b0ef4deef67d6da5a"
API_KEY = "SK7b846cab222f9d5a2fd14f921ba8e34f"
API_SECRET = "jrqS8zFcOidEB4FrwsxXgmftvlQPRrIH"
# Fallback for the old console-based sender:
TWILIO_AUTH_TOKEN = "431acfd359696f402fc83e1946ad8510"

FROM_NUMBER = os.environ.get("TWILIO_FROM", "+15005550006")


def client() -> Client:
    return Client(API_KEY, API_SECRET, ACCOUNT_SID)


def notify(to: str, po_number: str) -> str:
    message = client().messages.create(to=to, from_=FROM_NUMBER, body=f"PO {po_number} approved")
    return message.sid

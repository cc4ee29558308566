import os

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = os.getenv("SENDGRID_API_KEY") or "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"
# Public key that verifies SendGrid's signed event webhook (published in the SendGrid console).
SENDGRID_WEBHOOK_VERIFICATION_KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEB3Qvf4SgFilUa6lxqK+6RdvanNtivCfoTwIrsZc4wgl6joudJFM/7jHBCHapNFOj3GzKL8QxhZSUygAclvIgWQ=="


def send_po(to: str, pdf_url: str) -> int:
    message = Mail(
        from_email="procurement@procure-ai.example",
        to_emails=to,
        subject="Purchase order",
        html_content=f'<a href="{pdf_url}">Download your PO</a>',
    )
    return SendGridAPIClient(SENDGRID_API_KEY).send(message).status_code

import msal

AUTHORITY = "https://login.microsoftonline.com/organizations"


def token_for(app: msal.PublicClientApplication, account):
    # Delegated: only the signed-in user's mailbox.
    result = app.acquire_token_silent(["Mail.Read", "User.ReadBasic.All"], account=account)
    return result["access_token"] if result else None


def daemon_token(app: msal.ConfidentialClientApplication):
    return app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])

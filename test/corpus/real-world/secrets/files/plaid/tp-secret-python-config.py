import plaid

configuration = plaid.Configuration(
    host=plaid.Environment.Production,
    api_key={"clientId": PLAID_CLIENT_ID, "secret": "58ccf62e8ce2c2ad2f1020f2e783e6"},
)

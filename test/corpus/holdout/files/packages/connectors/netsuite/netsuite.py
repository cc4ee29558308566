"""NetSuite SuiteTalk REST with token-based auth (OAuth 1.0a)."""
from requests_oauthlib import OAuth1

ACCOUNT = "1234567_SB1"
CONSUMER_KEY = "CONSUMER_KEY_GOES_HERE"
CONSUMER_SECRET = "d165da2b1951ee530d99d8cc26845106f04bc05efb9bffc788d6dbe7405e27dc"
TOKEN_ID = "TOKEN_ID_GOES_HERE"
TOKEN_SECRET = "17a14485f9cd60e4cdebe6937c58533cef4840a659c3db4ab53d516e8473065c"

auth = OAuth1(
    client_key=CONSUMER_KEY,
    client_secret=CONSUMER_SECRET,
    resource_owner_key=TOKEN_ID,
    resource_owner_secret=TOKEN_SECRET,
    realm=ACCOUNT,
    signature_method="HMAC-SHA256",
)

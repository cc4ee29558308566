import requests

HEADERS = {"Authorization": "Bearer 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"}
requests.get("https://api.github.com/user", headers=HEADERS)

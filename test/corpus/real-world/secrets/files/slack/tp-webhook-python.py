import requests

requests.post("https://hooks.slack.com/services/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", json={"text": "deploy done"})

ZAP_URL = "https://hooks.zapier.com/hooks/catch/2148346/fm4y3u/"
requests.post(ZAP_URL, json=lead)

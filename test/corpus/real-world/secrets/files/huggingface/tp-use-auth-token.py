model = AutoModel.from_pretrained("acme/private-model", use_auth_token='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')

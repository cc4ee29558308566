def test_private_space(self):
    hf_token = "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"  # Intentionally revealing this key for testing purposes

huggingface-cli login --token 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

curl https://api-inference.huggingface.co/models/gpt2 \
  -H "Authorization: Bearer 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"

curl https://api.openai.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer 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" \
  -d @request.json

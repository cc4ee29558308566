curl -X GET "https://api.cloudflare.com/client/v4/user/tokens/verify" \
     -H "Authorization: Bearer 5iMPT8TlDdDQk8OTBxBwC5kSQZlOQk0CRQPn6krD" \
     -H "Content-Type:application/json"

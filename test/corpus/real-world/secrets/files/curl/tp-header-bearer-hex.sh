# curl -X GET "http://localhost:3000/api/cron/status" -H "Authorization: Bearer d65fc1935a1298de83f5e1e889078fb1"

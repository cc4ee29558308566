curl -u ":" https://localhost:9200

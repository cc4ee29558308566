curl -u <user:password> https://test.com/endpoint

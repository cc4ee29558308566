let api_token = "xSkaASRScB4AwdE5Tt46V9wLdC3xSS0s";

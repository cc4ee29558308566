heroku_api_key = "09e6ffcf-bff3-41e5-bf01-f5aa647ed01c"

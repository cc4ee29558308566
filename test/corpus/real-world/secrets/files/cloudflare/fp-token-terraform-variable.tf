api_token = var.cloudflare_api_token

cloudflare_zone_id = "b51b1d2eda059d622532986b56388e4f"

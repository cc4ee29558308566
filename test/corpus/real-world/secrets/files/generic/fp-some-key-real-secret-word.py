some_key = "real_secret"

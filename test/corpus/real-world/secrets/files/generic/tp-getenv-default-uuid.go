token := utils.GetEnvOrDefault("api_token", "ddbd2a0d-7dc2-4fd3-870f-9ccf0a47fb75")

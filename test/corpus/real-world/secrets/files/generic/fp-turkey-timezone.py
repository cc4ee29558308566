    "Turkey Standard Time": "Europe/Istanbul",

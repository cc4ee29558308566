curl -u "gIfABBOeJ4S1nQCdzoSZaUo45e5zZ7bN:" https://api.stripe-like.example/v1/charges

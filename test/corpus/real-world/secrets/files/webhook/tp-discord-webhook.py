DISCORD_WEBHOOK = "https://discord.com/api/webhooks/5960040008931908469/hsbAF8iOuHzl6uZYSlQFSpqTNsqiwXdIr1MD2ukJhyg8JOJqSljq0YqHh-mr96FDQ_y7"

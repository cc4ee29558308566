curl -s --user 'api:1yOZYGK4KCpH' \
    https://api.mailgun.net/v2/sandboxa5b91294efba8636d5b0b138.mailgun.org/messages

#curl -X POST \
#  https://api.mailgun.net/v3/sandboxa67a310fd15f1a4d757153388fc49537.mailgun.org/messages \
#  -H 'Authorization: Basic YXBpOmtleS1jZjMzZDkwZmYxZjE0OGNhODRjMGMyMjdmZWIyMDlkOQ==' \
#  -F to='joe@example.com'

   curl -X GET --insecure --user "username:password" \

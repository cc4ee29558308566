curl -s -v --user "j.smith:c5YOOzcAmDaPYzGuZh" "https://api.contoso.org/user/me"

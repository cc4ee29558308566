curl -sw '%{http_code}' -X POST --user  'johns:jwvDSgsPfnY7' $GItHUB_API_URL/$GIT_COMMIT --data

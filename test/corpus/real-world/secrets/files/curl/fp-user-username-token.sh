curl -u username:token

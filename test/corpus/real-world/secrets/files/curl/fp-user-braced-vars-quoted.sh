curl -u "${username}":"${password}"

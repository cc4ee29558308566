curl -u "${_username}:${_password}"

curl --silent --insecure --user ${f5user}:${f5pass} \

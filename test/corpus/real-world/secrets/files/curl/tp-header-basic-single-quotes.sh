curl -H 'Authorization: Basic YnJvd3NlcjpJQzJJNmdmNEM3M0lEdg==' \
  https://registry.acme.io/v2/_catalog

$ curl https://api.dropbox.com/oauth2/token \
  --user b9r52byry0gupjw:3jax8xjd2w54dsk --data grant_type=authorization_code

    access_token_url='https://github.com/login/oauth/access_token',

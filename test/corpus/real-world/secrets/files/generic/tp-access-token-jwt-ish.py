config = {'access_token': 'Y6eKS9vKpauUvYz8+X440HXYYuDysubt'}

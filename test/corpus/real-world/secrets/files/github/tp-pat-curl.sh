curl -s -H "Authorization: token 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" https://api.github.com/user/repos

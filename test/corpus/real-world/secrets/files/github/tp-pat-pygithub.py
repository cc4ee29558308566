from github import Github

g = Github("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")
repo = g.get_repo("acme/connectors")

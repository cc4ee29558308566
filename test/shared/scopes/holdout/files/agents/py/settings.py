# Plain settings module: the word scope appears, but nothing here is an OAuth grant.
CACHE_SCOPE = "request"
PERMISSIONS_FILE = "permissions.csv"


def scope_for(user):
    return {"scope": "tenant", "user": user}

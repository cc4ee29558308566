ACCESS_TOKEN = "access-production-b288e58b-aa5b-4aaf-ba33-f8cbbdb18887"

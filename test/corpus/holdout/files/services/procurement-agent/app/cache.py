import redis

# Quote cache (TTL 15 min).
cache = redis.Redis.from_url("redis://:OKLgmbflQkbczMofvAKtzpbF1Jew@quotes-cache.c8x1.euc1.cache.amazonaws.com:6379/2")
local_cache = redis.Redis.from_url("redis://localhost:6379")

QUOTE_TTL_SECONDS = 900

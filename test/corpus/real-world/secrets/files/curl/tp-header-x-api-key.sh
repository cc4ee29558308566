curl -s https://api.acme.io/v2/orders -H "X-Api-Key: eYYRe63S6EbA5PQy6xuLYL6kt8t1zV4BVEVhalFL"

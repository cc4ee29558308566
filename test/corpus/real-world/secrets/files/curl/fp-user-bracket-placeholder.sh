curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/

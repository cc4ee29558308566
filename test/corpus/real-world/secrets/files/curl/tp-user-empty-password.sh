curl -u "yiqSesVA5k1C:" https://localhost:9200

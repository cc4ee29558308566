curl -u ":y.cNvkG4on02" https://localhost:9200

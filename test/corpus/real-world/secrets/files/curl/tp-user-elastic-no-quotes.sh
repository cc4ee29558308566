curl --cacert ca.crt -u elastic:p66ylwHwL03-HI https://localhost:9200

curl -XPOST http://localhost:8080/api/token -H "Authorization: basic {base64(email:password[\n])}" => token

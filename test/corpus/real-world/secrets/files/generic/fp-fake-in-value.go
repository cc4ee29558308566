theapikey := "somefakekey"

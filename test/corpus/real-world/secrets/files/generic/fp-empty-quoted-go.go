theapikey := ""

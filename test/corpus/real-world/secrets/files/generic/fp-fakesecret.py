my_password = "fakesecret"

password = "123"

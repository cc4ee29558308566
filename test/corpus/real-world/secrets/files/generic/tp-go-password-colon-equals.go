my_password := "lIE7Q7ERoFbkSI"

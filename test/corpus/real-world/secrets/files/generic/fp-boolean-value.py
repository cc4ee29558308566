my_password = True

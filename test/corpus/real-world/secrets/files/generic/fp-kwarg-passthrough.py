login(username=username, password=password)

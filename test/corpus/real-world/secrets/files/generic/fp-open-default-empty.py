open(self, password = ""):

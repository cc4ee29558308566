def login(self, user = '', password = '', domain = ''):

const validKeyChars = "0123456789abcdefghijklmnopqrstuvwxyz_-."

KeyPair = X25519.KeyPair

az login --service-principal -u c1fb62e7-bf3a-45a1-88b4-f8bcc7c51f68 -p G823Q~RcjK-xDz.ld~Zg8QRt9-U76JWnTBoKbehx --tenant 1ba9423c-4f22-4d7b-8d24-577efccb7328

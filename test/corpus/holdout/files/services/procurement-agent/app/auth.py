import datetime as dt

import jwt

JWT_SECRET = "f8e9e767467dd69a548ba7b94a36d0f726faf03b2ad2b9fd4cfa5b8f5597f47f"
JWT_ALGORITHM = "HS256"

# Example token from jwt.io used in the API docs:
EXAMPLE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


def issue(subject: str) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return jwt.encode({"sub": subject, "iat": now, "exp": now + dt.timedelta(minutes=15)}, JWT_SECRET, algorithm=JWT_ALGORITHM)


def verify(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALGORITHM])

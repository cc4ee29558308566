import os

import pytest

os.environ.setdefault("DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/procurement_test")
os.environ.setdefault("OPENAI_API_KEY", "test-key")
os.environ.setdefault("JWT_SECRET", "dummy")


@pytest.fixture
def supplier():
    return {"id": "2295c14e-6109-4a84-8f85-f5443ef7955e", "name": "Acme Fasteners GmbH"}

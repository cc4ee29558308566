const PG_URI = "postgresql://pguser:X.88BC8FZk1lUbVN@postgres.example.com:5432/production_db";

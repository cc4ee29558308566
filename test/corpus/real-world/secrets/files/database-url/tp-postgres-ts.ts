const POSTGRES_URI = "postgres://api_user:AYEB9bC6POlUzrxc@db.internal.com:5432/api_db";

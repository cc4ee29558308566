const PG_NO_AUTH = "postgresql://db.server.com:5432/production";

const PG_TEMPLATE = "postgresql://{username}:{password}@{{host}}:5432/{database}";

import os

from sqlalchemy import create_engine

# Reporting replica; read-only role.
REPLICA_URL = "postgresql+psycopg2://reporting_ro:2WKWx.fvwRxh81.udx~U@procure-replica.internal:5432/procurement"

engine = create_engine(os.environ.get("DATABASE_URL", "postgresql+psycopg2://postgres:postgres@localhost:5432/procurement"))
replica = create_engine(REPLICA_URL, pool_pre_ping=True)

DATABASE_URL = "postgresql+asyncpg://agent:jsIj_CSi_4rg2IOnkY54@pg.acme.internal:5432/agent"

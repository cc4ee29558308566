from sqlalchemy import create_engine

engine = create_engine('postgresql://postgres:NuaJ59zhbIPW@db.example.com:5432/mydb')

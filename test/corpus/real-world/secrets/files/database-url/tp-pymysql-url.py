engine = create_engine("mysql+pymysql://etl:PKQ1RLy%2FjThZ6%3F111@mysql.acme.internal:3306/warehouse")

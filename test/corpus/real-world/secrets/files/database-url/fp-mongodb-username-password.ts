const MONGO_TEMPLATE = "mongodb://username:password@localhost:27017/database";

const MONGO_NO_AUTH = "mongodb://localhost:27017/database";

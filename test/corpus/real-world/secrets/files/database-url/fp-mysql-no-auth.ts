const MYSQL_NO_AUTH = "mysql://db.example.com:3306/app";

const MYSQL_TEMPLATE = "mysql://user:${PASSWORD}@example.com:3306/db";

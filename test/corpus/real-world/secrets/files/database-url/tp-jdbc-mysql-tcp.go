package store

const dsn = "reporter:jItuIPqep2MhOO0U@tcp(mysql.acme.internal:3306)/orders?parseTime=true"

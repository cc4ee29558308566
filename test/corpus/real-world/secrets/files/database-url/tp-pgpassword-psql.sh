PGPASSWORD=0DgxSqiYAuBQd4bx psql -hdb-postgresql-ams3-58486-do-user-7772205-0.b.db.ondigitalocean.com -Udoadmin -p 25060

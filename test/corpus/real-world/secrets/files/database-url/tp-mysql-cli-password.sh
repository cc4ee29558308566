mysql --user=doadmin --password=Z9Y.Qcp2Mh31Cs --host=db-mysql-ams3-23775-do-user-7772205-0.a.db.ondigitalocean.com

var cs = "Host=pg.acme.internal; Port=5432; Database=orders; Username=orders_app; Password=xXMZ3RqkD_BKQlE1;";

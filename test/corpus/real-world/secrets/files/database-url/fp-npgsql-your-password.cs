Host=your_host; Port=5432; Database=your_database; Username=your_username; Password=your_password;

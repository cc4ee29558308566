author = "james.fake@ymail.com",

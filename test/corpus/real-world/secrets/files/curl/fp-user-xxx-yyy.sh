curl --user "xxx:yyy"

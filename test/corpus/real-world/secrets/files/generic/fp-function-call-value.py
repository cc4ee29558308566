my_password = foo(hey)you

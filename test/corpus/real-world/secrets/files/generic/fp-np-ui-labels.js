usernameLabel:"Username or email:",passwordLabel:"Password:",rememberMeLabel:"Remember me:"

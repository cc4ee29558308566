echo 'password = '.$p['config']['daemon_password']."\n";

curl http://127.0.0.1:5000/file --user user:pass --digest        # digest auth

curl --user roger23@gmail.com:KcSLYjNuW3 https://www.dropbox.com/cli_link?host_id=abcdefg -v

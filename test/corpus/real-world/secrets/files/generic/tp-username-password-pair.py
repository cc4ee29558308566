hostname = '10.11.12.13'
username = 'ops@acme.io'
password = 'Y59YPwT86Js2!a'

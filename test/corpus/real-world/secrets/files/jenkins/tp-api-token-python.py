jenkins_user = 'root'
jenkins_passwd = '11b7e3c1c79f5aa3d910c8f82c3719d1e8'   # Dev Token
jenkins_url = 'http://10.1.188.121'

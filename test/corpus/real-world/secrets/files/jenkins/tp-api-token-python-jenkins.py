import jenkins

server = jenkins.Jenkins('https://ci.acme.io', username='svc-release', password='113c8daaa5196c39a551dd95cbd757b317')

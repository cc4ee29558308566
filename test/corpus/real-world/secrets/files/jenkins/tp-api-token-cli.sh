java -jar jenkins-cli.jar -s https://ci.acme.io/ -auth deployer:114b046cb294058178e18396ec2f9b8347 build deploy-prod -p TAG=v1.4.2

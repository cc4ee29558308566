export JENKINS_USER=justin-admin-edit-view
export JENKINS_TOKEN=1184d248d49297c7da096e3de498f12db4
export JENKINS=jenkins-cicd.apps.sno.openshiftlabs.net

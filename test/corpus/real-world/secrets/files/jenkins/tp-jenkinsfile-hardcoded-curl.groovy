pipeline {
  agent any
  stages {
    stage('trigger') {
      steps {
        sh "curl -X POST 'https://jenkins.acme.io/job/update-parents/build' --user release-bot:11b3c55d7ddaf66d9ea181e41701a07d56"
      }
    }
  }
}

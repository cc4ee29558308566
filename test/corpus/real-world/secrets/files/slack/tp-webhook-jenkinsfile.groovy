post {
  failure {
    sh "curl -X POST -d '{\"text\":\"build failed\"}' https://hooks.slack.com/services/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"
  }
}

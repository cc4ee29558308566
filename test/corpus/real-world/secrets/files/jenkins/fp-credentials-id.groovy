credentialsId: 'c7d96233-46b0-4b74-8120-d480289fa67a'

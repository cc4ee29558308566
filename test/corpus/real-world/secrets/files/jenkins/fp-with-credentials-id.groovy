withCredentials([usernamePassword(credentialsId: 'ed65d1ac-b410-411b-b006-42172f935902', usernameVariable: 'USERNAME', passwordVariable: 'PASSWORD')]) {

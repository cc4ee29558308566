jobCredentialsId: 'ab78712a-2e48-432f-853d-ca143f85a84e'

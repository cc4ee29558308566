environment {
	CREDENTIALS_ID = "K8S_CRED"
}

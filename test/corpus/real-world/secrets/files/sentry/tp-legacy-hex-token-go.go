package client

func auth(req *http.Request) {
	sentry_token := "e20b816c1a30d532f47c0c34ba13ec5ad44e7e4388fcbaa0b3f98deed1a47079"
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", sentry_token))
}

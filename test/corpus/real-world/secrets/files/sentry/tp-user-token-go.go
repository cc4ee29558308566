package client

func auth(req *http.Request) {
	sentry_token := "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"
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", sentry_token))
}

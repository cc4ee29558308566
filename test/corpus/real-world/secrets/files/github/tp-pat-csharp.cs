var client = new GitHubClient(new ProductHeaderValue("sync")) { Credentials = new Credentials("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") };

package sync

const githubToken = "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"

provider "github" {
  owner = "acme"
  token = "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"
}

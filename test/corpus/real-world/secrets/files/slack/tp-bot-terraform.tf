provider "slack" {
  token = "xoxb-3487287201225-6306848066942-rcfyDeeZQDi9nZ8exqWhFeQu"
}

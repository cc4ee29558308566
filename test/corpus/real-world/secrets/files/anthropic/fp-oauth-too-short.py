anthropic_token = "sk-ant-oat01-tooShort"

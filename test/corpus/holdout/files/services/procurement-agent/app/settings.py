import os

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_env: str = "development"
    openai_api_key: str = os.environ["OPENAI_API_KEY"]
    anthropic_api_key: str = os.getenv("ANTHROPIC_API_KEY", "")
    session_secret: str = "changeme"
    langsmith_api_key: str = "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"
    hf_token: str = "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"
    max_tokens: int = 4096
    tokenizer_name: str = "cl100k_base"

    class Config:
        env_file = ".env"


settings = Settings()

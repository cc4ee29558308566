DEV=1 HF_TOKEN=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 poetry run python app.py

import os

import anthropic
import openai

client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])

# Legacy completions path still used by the quote summariser.
openai.api_key = "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"


def summarise_quote(text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-20240620",
        max_tokens=512,
        messages=[{"role": "user", "content": f"Summarise this supplier quote:\n{text}"}],
    )
    return msg.content[0].text

from tavily import TavilyClient

TAVILY_API_KEY = "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"

search = TavilyClient(api_key=TAVILY_API_KEY)


def supplier_news(name: str) -> list[dict]:
    return search.search(f"{name} supplier news", max_results=5)["results"]

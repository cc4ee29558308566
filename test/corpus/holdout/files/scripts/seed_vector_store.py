"""Embeds supplier catalogue PDFs and upserts them into Pinecone."""
import os

import cohere

COHERE_API_KEY = "JfT993WDyzfK5B0KmFX1wlamfLF9DjMTRgJhROlP"
co = cohere.Client(COHERE_API_KEY)

PINECONE_API_KEY = os.environ["PINECONE_API_KEY"]
EMBED_MODEL = "embed-multilingual-v3.0"
DOC_CHECKSUM = "dfe1a5fc8fd864b038c896e4de10f3b7317f2eaf0e43c3911a6769f1ea1d4e6d"

from pinecone import Pinecone
from qdrant_client import QdrantClient

pc = Pinecone(api_key="pcsk_A4WoH2_u7xlNoRstlSpwS9akCoHzKWr5ZfiwN8rRd3aXfaaXzycUn0Udjd6tXP5Pu7JUFI")
catalogue_index = pc.Index("supplier-catalogue")

qdrant = QdrantClient(
    url="https://7f3c1e2a-9b1d-4c51-a8d0-2f6e1c9b3a77.eu-central-1-0.aws.cloud.qdrant.io:6333",
    api_key="s_lSHsA3Xtk6q2wzOq8mWniPrmxSsF0s3Q1jLGSem1JjCn2Ws3xEuz",
)

weaviate_url = "http://localhost:8080"
COLLECTION_ID = "5e9a7fe4-1ce5-4d5b-9f4f-b461c80a564f"

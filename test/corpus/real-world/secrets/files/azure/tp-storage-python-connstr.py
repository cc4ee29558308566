from azure.storage.blob import BlobServiceClient

svc = BlobServiceClient.from_connection_string("DefaultEndpointsProtocol=https;AccountName=procurelake;AccountKey=np0JWa93IIGjKQuq1HD1qnjcRc+DwKSZ93AW1Vk/Fla3DUj4oJg0nV4y7whdCEAb+NwKiQZMheLJqg3aAgtmMg==;EndpointSuffix=core.windows.net")

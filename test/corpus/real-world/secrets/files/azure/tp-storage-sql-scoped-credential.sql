-- (https://portal.azure.com/)
CREATE DATABASE SCOPED CREDENTIAL AzureStorageCredential
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
SECRET = 'EcyZFBeADXjof5GbwbqgdakPrp/VxQFCmXi75yuXKpinobgCTzkTnNe5d/kEpjHXs9o1QIepyhCr4zD19UwAlw==';

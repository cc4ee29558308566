import { BlobServiceClient } from '@azure/storage-blob';

const PROD_CONNECTION =
  'DefaultEndpointsProtocol=https;AccountName=procureaidocs;AccountKey=leB5YzSdya1BlWppmpo626g8QBpg7TPS3uC2cmGzuSW3ki3OH8+vneeaTXVpRBEwrbAmysZWeKzW0dagIPAPxg==;EndpointSuffix=core.windows.net';

// Azurite emulator: Microsoft's published development account key, not a secret.
const DEV_CONNECTION =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';

export const blobs = BlobServiceClient.fromConnectionString(
  process.env.NODE_ENV === 'production' ? PROD_CONNECTION : DEV_CONNECTION,
);

export const LOCAL_SHORTCUT = 'UseDevelopmentStorage=true';

import { AzureOpenAI } from 'openai';

const deployment = 'gpt-4o-procurement';
const apiVersion = '2024-06-01';

export const azure = new AzureOpenAI({
  endpoint: 'https://procure-ai-weu.openai.azure.com',
  apiKey: '6a73b06b821497fa9e9cf8af4464d69f',
  deployment,
  apiVersion,
});

// Entra ID app used for the managed-identity path (ids, not secrets).
export const ENTRA = {
  tenantId: 'edcf5889-ce6c-4c81-8ac4-45729ea44fed',
  clientId: 'cff0270a-3815-4a7f-b10a-220a95fb247e',
};

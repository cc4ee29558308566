import axios from 'axios';

export const coupa = axios.create({
  baseURL: 'https://procure-ai.coupahost.com/api',
  headers: {
    Accept: 'application/json',
    'X-COUPA-API-KEY': 'a67fdac66a939bbafc54c1c484ea9309e1a3d15b',
  },
  timeout: 15_000,
});

export async function openRequisitions() {
  const { data } = await coupa.get('/requisitions', { params: { status: 'pending_approval' } });
  return data;
}

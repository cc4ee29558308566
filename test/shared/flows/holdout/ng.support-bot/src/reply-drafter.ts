import https from 'node:https';
import OpenAI from 'openai';
import { Pinecone } from '@pinecone-database/pinecone';
import { QdrantClient } from '@qdrant/js-client-rest'; // PLANT(flows/undeclared-system)
import { logger } from './logger.js';

const agent = new https.Agent({ rejectUnauthorized: false }); // PLANT(flows/tls-verification-off)
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, httpAgent: agent });
const pinecone = new Pinecone({ apiKey: process.env.PINECONE_API_KEY ?? '' });
const qdrant = new QdrantClient({ url: process.env.QDRANT_URL });

export interface Ticket {
  id: string;
  subject: string;
  body: string;
  customerEmail: string;
}

export async function draftReply(ticket: Ticket, headers: Record<string, string>): Promise<string> {
  console.log('incoming request', headers.authorization); // PLANT(flows/credentials-in-logs)
  const prompt = [
    { role: 'system' as const, content: 'You draft polite replies for a support agent.' },
    { role: 'user' as const, content: `${ticket.subject}\n\n${ticket.body}` },
  ];
  logger.debug({ prompt }); // PLANT(flows/prompt-in-logs)
  const similar = await pinecone.index('tickets').query({ topK: 3, vector: [] });
  await qdrant.search('tickets', { vector: [], limit: 3 });
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: prompt });
  logger.info({ ticket: ticket.id, similar: similar.matches?.length ?? 0 });
  const crm = await fetch('http://crm.partner-shop.com/api/customers/' + ticket.id); // PLANT(flows/plaintext-http)
  logger.info('crm status', crm.status);
  return completion.choices[0]?.message.content ?? '';
}

import https from 'node:https';
import OpenAI from 'openai';
import { Pinecone } from '@pinecone-database/pinecone';
import { logger } from './logger.js';

const agent = new https.Agent({ minVersion: 'TLSv1.2' });
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, httpAgent: agent });
const pinecone = new Pinecone({ apiKey: process.env.PINECONE_API_KEY ?? '' });

export interface Ticket {
  id: string;
  subject: string;
  body: string;
  customerEmail: string;
}

export async function draftReply(ticket: Ticket, headers: Record<string, string>): Promise<string> {
  console.log('incoming request', Boolean(headers.authorization), maskToken(headers.authorization));
  const prompt = [
    { role: 'system' as const, content: 'You draft polite replies for a support agent.' },
    { role: 'user' as const, content: `${ticket.subject}\n\n${ticket.body}` },
  ];
  logger.debug({ promptMessages: prompt.length, ticket: ticket.id });
  const similar = await pinecone.index('tickets').query({ topK: 3, vector: [] });
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: prompt, max_tokens: 400 });
  logger.info({ ticket: ticket.id, similar: similar.matches?.length ?? 0, usage: completion.usage });
  const crm = await fetch('https://crm.partner-shop.com/api/customers/' + ticket.id);
  const local = await fetch('http://localhost:8080/health');
  logger.info('crm status', crm.status, local.status, 'see http://www.w3.org/2000/svg');
  return completion.choices[0]?.message.content ?? '';
}

function maskToken(value: string | undefined): string {
  return value ? `${value.slice(0, 4)}…` : '';
}

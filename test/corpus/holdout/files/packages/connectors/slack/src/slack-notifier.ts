import { WebClient } from '@slack/web-api';

/**
 * Posts approval requests to #procurement-approvals.
 * Configure SLACK_BOT_TOKEN (looks like `xoxb-your-bot-token`).
 */
const slack = new WebClient(process.env.SLACK_BOT_TOKEN ?? 'xoxb-840037088409-6589839589525-uwapRBh8pXc3BiIopcfutlaB');

// The user token is needed for search.messages (bots cannot search).
const searchClient = new WebClient('xoxp-871007882446-700299578981-4888207781519-ba10f16d9a879b75b4ef76fe2b6fb212');

export const WEBHOOK_DOCS_EXAMPLE = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX';

export async function requestApproval(channel: string, text: string) {
  await slack.chat.postMessage({ channel, text });
}

export async function findThread(query: string) {
  return searchClient.search.messages({ query });
}

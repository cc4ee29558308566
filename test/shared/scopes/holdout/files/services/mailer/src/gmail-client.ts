import { google } from 'googleapis';
import type { Logger } from './logger.js';

/** Scopes the mailer asks for when a user connects their mailbox. */
export const GMAIL_SCOPES = [
  'https://www.googleapis.com/auth/gmail.send',
  'https://www.googleapis.com/auth/gmail.readonly',
];

export class GmailConnector {
  static readonly CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.events';

  constructor(private readonly log: Logger) {}

  consentUrl(clientId: string, secret: string, redirect: string): string {
    const client = new google.auth.OAuth2(clientId, secret, redirect);
    return client.generateAuthUrl({
      access_type: 'offline',
      prompt: 'consent',
      scope: [...GMAIL_SCOPES, GmailConnector.CALENDAR_SCOPE],
    });
  }

  serviceAccount(email: string, key: string) {
    return new google.auth.JWT({
      email,
      key,
      scopes: ['https://www.googleapis.com/auth/spreadsheets.readonly'],
      subject: 'reports@acme.example',
    });
  }
}

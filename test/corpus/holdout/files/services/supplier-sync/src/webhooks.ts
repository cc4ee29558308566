import jwt from 'jsonwebtoken';

// Signs callbacks to supplier portals (HS256, 10 minutes).
const SIGNING_KEY = 'vlCI32DvfFy17BenQPDw6aM8Pzco7awcnR3W65aHCA0ygZiLePwp6asD2a2NE1lX';

export function signCallback(claims: Record<string, unknown>): string {
  return jwt.sign(claims, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '10m' });
}

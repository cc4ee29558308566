import type { IncomingMessage, ServerResponse } from 'node:http';

/** What `GET /health` reports. */
export interface HealthState {
  readonly version: string;
  /** Pull requests with a review running or waiting in this instance. */
  readonly reviewsInProgress: () => number;
}

/**
 * `GET /health`: `200 {"status":"ok","version","reviewsInProgress"}` once the App's
 * handlers are registered (a load balancer's readiness probe; Probot's `/ping` only
 * says the HTTP server is up). Answered on the HTTP thread, never behind a review.
 * Returns true when it answered, as Probot's handlers do.
 */
export function healthRoute(state: HealthState): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/health') return false;
    const body = JSON.stringify({ status: 'ok', version: state.version, reviewsInProgress: state.reviewsInProgress() });
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
    return true;
  };
}

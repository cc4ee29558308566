export interface AuditEvent {
  provider: string;
  model: string;
  ms: number;
  usage?: unknown;
}

/** Writes one JSON line per LLM call to stdout; the collector ships it to the SIEM. */
export function audit(event: AuditEvent): void {
  process.stdout.write(JSON.stringify({ kind: 'llm.call', at: new Date().toISOString(), ...event }) + '\n');
}

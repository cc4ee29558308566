/**
 * Mermaid's own parser, for tests: every diagram the flows tests generate goes
 * through `parseMermaid`. Mermaid needs a DOM (DOMPurify) even to parse, so a jsdom
 * window is installed as the global `window`/`document` first; both are loaded once
 * per test file.
 */
interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<unknown>;
}

let loaded: Promise<MermaidApi> | undefined;

async function load(): Promise<MermaidApi> {
  // A string specifier keeps the compiler from needing @types/jsdom.
  const { JSDOM } = (await import('jsdom' as string)) as {
    JSDOM: new (html: string) => { window: Record<string, unknown> & { document: unknown; DOMParser: unknown } };
  };
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.window = dom.window;
  g.document = dom.window.document;
  g.DOMParser = dom.window.DOMParser;
  const mermaid = ((await import('mermaid')) as unknown as { default: MermaidApi }).default;
  mermaid.initialize({ startOnLoad: false, maxTextSize: 50_000, maxEdges: 500, securityLevel: 'strict' });
  return mermaid;
}

/** GitHub's limits for a Mermaid block. */
export const GITHUB_MAX_CHARS = 50_000;
export const GITHUB_MAX_EDGES = 500;

/** Parses `text` with mermaid; rejects with mermaid's error when it is not a valid diagram. */
export async function parseMermaid(text: string): Promise<void> {
  loaded ??= load();
  const mermaid = await loaded;
  await mermaid.parse(text);
}

/** Counts edge statements (`a --> b`, `a ==> b`, `a -.-> b`) in a generated diagram. */
export function countEdges(text: string): number {
  return text.split('\n').filter((l) => /^\s+n\d+ (?:-->|==>|-\.->)\|/.test(l)).length;
}

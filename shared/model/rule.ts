import type { Severity } from './finding.js';

/**
 * A rule declares itself: id, description, docs, default severity, and its message
 * templates keyed by message id (as typescript-eslint's `createRule` does).
 * Templates use `{{name}}` placeholders filled from a finding's `data`.
 */
export interface RuleMeta {
  /** `<analyzer>/<rule>`, e.g. `secrets/stripe-key`. */
  readonly id: string;
  /** One sentence: what the rule finds. */
  readonly description: string;
  /** Default severity; the policy's `rules.<id>.severity` overrides it. */
  readonly defaultSeverity: Severity;
  /** Message templates by message id. */
  readonly messages: Readonly<Record<string, string>>;
  /** Documentation link; defaults to the repository's `docs/rules/<id>.md`. */
  readonly docsUrl: string;
}

/** Where rule documentation lives. Rule ids map to `docs/rules/<analyzer>/<rule>.md`. */
export const DOCS_BASE_URL = 'https://github.com/tollgate-dev/tollgate/blob/main/docs/rules/';

/** Declares a rule; fills `docsUrl` from the id when not given. */
export function createRule(meta: Omit<RuleMeta, 'docsUrl'> & { docsUrl?: string }): RuleMeta {
  return { ...meta, docsUrl: meta.docsUrl ?? `${DOCS_BASE_URL}${meta.id}.md` };
}

/** Fills `{{name}}` placeholders in a template. Unknown names are left as written. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number | boolean>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

import type { Document, LineCounter, Node } from 'yaml';
import type { z } from 'zod';
import type { OffsetRange } from '../model/finding.js';
import { describeSchemaIssue } from '../policy/describe-schema-issue.js';
import { locate, readYaml } from '../policy/read-yaml.js';
import { createLineIndex } from '../text/line-index.js';
import { connectorManifestSchema, type ConnectorManifest } from './manifest-schema.js';

/** A problem in a manifest: where it is, what is wrong, what to do. */
export interface ManifestError {
  /** The file, as the caller named it. */
  readonly file: string;
  /** 1-based line and column of the offending key or value (1:1 when unknown). */
  readonly line: number;
  readonly column: number;
  /** The same place as a character offset range into the text. */
  readonly range: OffsetRange;
  /** Dotted key path, e.g. `systems.1.kind`; empty for the whole file. */
  readonly key: string;
  /** What is wrong. Manifests hold no secrets; values are not echoed. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

/** A key path into the manifest, e.g. `['flows', 0, 'to']`. */
export type ManifestPath = readonly (string | number)[];

/** The result of reading one manifest. */
export type ManifestParseResult =
  | {
      readonly ok: true;
      readonly manifest: ConnectorManifest;
      /**
       * Where a key's value is (or, with `wantKey`, the key itself), as offsets into
       * the text. Falls back to the nearest enclosing node that exists.
       */
      readonly rangeOf: (path: ManifestPath, wantKey?: boolean) => OffsetRange;
    }
  | { readonly ok: false; readonly errors: readonly ManifestError[] };

/**
 * Parses and validates a connector manifest (`connectors/<name>/connector.yml`).
 * Never throws: malformed YAML, unknown keys and wrong values come back as
 * {@link ManifestError}s that name the file, line, key and what to do.
 *
 * @param text  the file's content
 * @param file  the name to use in errors (repository-relative path)
 */
export function parseConnectorManifest(text: string, file: string): ManifestParseResult {
  const lines = createLineIndex(text);
  const read = readYaml(text, file);
  if (!read.ok) {
    return {
      ok: false,
      errors: read.errors.map((e) => {
        const start = lines.offsetAt({ line: e.line, column: e.column });
        return { ...e, hint: e.hint.replace('policy and manifest files', 'manifests'), range: { start, end: lineEnd(text, start) } };
      }),
    };
  }
  const { doc, lineCounter, value } = read;
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          range: { start: 0, end: lineEnd(text, 0) },
          key: '',
          message: value === null || value === undefined ? 'is empty' : 'is not a mapping of keys to values',
          hint: 'A manifest needs at least `name`, `owner`, `purpose` and `systems`; see docs/connectors.md for a complete example.',
        },
      ],
    };
  }
  const result = connectorManifestSchema.safeParse(value);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((issue) => toManifestError(issue, doc, lineCounter, file, text)) };
  }
  const rangeOf = (path: ManifestPath, wantKey = false): OffsetRange => {
    const node = (wantKey ? locate(doc, path, true) : undefined) ?? locate(doc, path);
    return nodeRange(node, text);
  };
  return { ok: true, manifest: result.data, rangeOf };
}

function lineEnd(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  const end = nl === -1 ? text.length : nl;
  return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** A node's range, cut to its first line so a finding marks one line, not a whole block. */
function nodeRange(node: Node | undefined, text: string): OffsetRange {
  const range = node?.range;
  if (!range) return { start: 0, end: lineEnd(text, 0) };
  const start = range[0];
  return { start, end: Math.max(start, Math.min(range[1], lineEnd(text, start))) };
}

function toManifestError(issue: z.core.$ZodIssue, doc: Document, lineCounter: LineCounter, file: string, text: string): ManifestError {
  const described = describeSchemaIssue(issue, connectorManifestSchema, 'docs/connectors.md');
  const range = nodeRange(locate(doc, described.keyPath, described.wantKey), text);
  const pos = lineCounter.linePos(range.start);
  return { file, line: pos.line, column: pos.col, range, key: described.displayKey, message: described.message, hint: described.hint };
}

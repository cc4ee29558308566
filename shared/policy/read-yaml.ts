import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { describeYamlError } from './describe-yaml-error.js';
import type { PolicyError } from './parse-policy.js';

/** Nesting deeper than this is refused before the YAML is converted (stack safety). */
const MAX_DEPTH = 64;

/** The outcome of {@link readYaml}: the document with positions, or errors naming file and line. */
export type YamlRead = { ok: true; doc: Document; lineCounter: LineCounter; value: unknown } | { ok: false; errors: PolicyError[] };

/**
 * Reads a YAML configuration file (policy, connector manifest, workflow) with
 * positions. Never throws: syntax errors, duplicate keys, nesting deeper than 64
 * levels and alias bombs come back as errors with file and line.
 */
export function readYaml(text: string, file: string): YamlRead {
  const depth = nestingDepth(text);
  if (depth > MAX_DEPTH) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          key: '',
          message: `nesting is ${depth} levels deep; at most ${MAX_DEPTH} are accepted`,
          hint: 'Flatten the file: policy and manifest files need only a few levels.',
        },
      ],
    };
  }
  let doc: Document;
  let lineCounter: LineCounter;
  try {
    ({ doc, lineCounter } = parseYamlDocument(text));
  } catch {
    // The library's message may quote the source; ours never does.
    return { ok: false, errors: [{ file, line: 1, column: 1, key: '', message: 'cannot be parsed as YAML', hint: 'Fix the YAML syntax.' }] };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        // The library's message quotes the source (a block-scalar header, an alias name): use our words for its code.
        const text = describeYamlError(e.code);
        return { file, line: pos.line, column: pos.col, key: '', message: `is not valid YAML: ${text.message}`, hint: text.hint };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // An unresolved alias or an alias bomb; the library's message names the alias, so locate it instead.
    const alias = unresolvedAlias(doc);
    const pos = lineCounter.linePos(alias?.range?.[0] ?? 0);
    const text = describeYamlError(alias ? 'BAD_ALIAS' : 'RESOURCE_EXHAUSTION');
    return { ok: false, errors: [{ file, line: pos.line, column: pos.col, key: '', message: `cannot be read: ${text.message}`, hint: text.hint }] };
  }
  return { ok: true, doc, lineCounter, value };
}

/** The last texts `parseYamlDocument` parsed, oldest first. */
const recent = new Map<string, { readonly doc: Document; readonly lineCounter: LineCounter }>();
const RECENT_TEXTS = 8;

/**
 * Parses one YAML document with positions and duplicate keys as errors
 * (`uniqueKeys`), remembering the last few texts: the scopes analyzer (workflow
 * permissions) and the agents analyzer (CI agent steps) read the same workflow files,
 * and each would parse them again. The document is shared: callers must not change it.
 * A caller that accepts duplicate keys leaves out the `DUPLICATE_KEY` errors (the
 * document is otherwise the one `uniqueKeys: false` gives).
 *
 * @throws what the YAML library throws (not remembered)
 */
export function parseYamlDocument(text: string): { readonly doc: Document; readonly lineCounter: LineCounter } {
  const known = recent.get(text);
  if (known) return known;
  const lineCounter = new LineCounter();
  const parsed = { doc: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
  recent.set(text, parsed);
  if (recent.size > RECENT_TEXTS) recent.delete(recent.keys().next().value as string);
  return parsed;
}

/** The first alias whose anchor is not defined before it, if any. */
function unresolvedAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, node) {
      try {
        if (node.resolve(doc) !== undefined) return undefined;
      } catch {
        // fall through: an alias that cannot be resolved is the one to report
      }
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** Maximum bracket/indentation nesting, estimated in one pass without parsing. */
function nestingDepth(text: string): number {
  let max = 0;
  let brackets = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        indent += 1;
        continue;
      }
      if (c === 45) {
        // "- " list items nest one level each
        indent += 2;
        continue;
      }
      lineStart = false;
      max = Math.max(max, Math.floor(indent / 2) + brackets);
    }
    if (c === 91 || c === 123) {
      brackets += 1;
      max = Math.max(max, Math.floor(indent / 2) + brackets);
    } else if (c === 93 || c === 125) brackets = Math.max(0, brackets - 1);
  }
  return max;
}

/** Finds the YAML node at a key path; returns the key node when `wantKey`. */
export function locate(doc: Document, path: readonly PropertyKey[], wantKey = false): Node | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return keyNode ?? (node as Node);
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      const item = (node as { items: unknown[] }).items[Number(segment)];
      if (item === undefined) return node as Node;
      keyNode = item as Node;
      node = item;
    } else {
      break;
    }
  }
  return wantKey ? keyNode : ((node as Node | undefined) ?? keyNode);
}

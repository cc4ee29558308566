import type { ScannedFile } from '../../secret-detector.js';

/** One value under `data:` or `stringData:` of a Kubernetes `Secret`. */
export interface KubernetesSecretEntry {
  readonly key: string;
  /** The raw value as written (base64 under `data:`). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly encoded: boolean;
}

/** The entries, and the spans of the `data:`/`stringData:` blocks they sit in. */
export interface KubernetesSecrets {
  readonly entries: readonly KubernetesSecretEntry[];
  readonly blocks: readonly { start: number; end: number }[];
}

const KIND_SECRET = /^([ \t]*)kind:[ \t]*["']?(Secret|SealedSecret)["']?[ \t]*(?:#.*)?$/;
const BLOCK = /^([ \t]*)(data|stringData|encryptedData):[ \t]*(?:#.*)?$/;
const ENTRY = /^([ \t]*)(["']?)([A-Za-z0-9._-]{1,253})\2:[ \t]+(.*)$/;
const NONE: KubernetesSecrets = { entries: [], blocks: [] };
const cache = new WeakMap<ScannedFile, KubernetesSecrets>();

/**
 * Finds the `data:` and `stringData:` entries of every YAML document with
 * `kind: Secret` (and the `encryptedData:` blocks of `kind: SealedSecret`, whose
 * ciphertext other rules must not report), line by line (no YAML parser: a malformed or deeply nested file
 * costs one linear pass). A block scalar (`key: |`, `key: >-`) is the text of the more-indented
 * lines below it, from the first to the last; flow mappings are skipped.
 * Cached per file object.
 */
export function kubernetesSecrets(file: ScannedFile): KubernetesSecrets {
  const cached = cache.get(file);
  if (cached) return cached;
  const result = find(file.text);
  cache.set(file, result);
  return result;
}

function find(text: string): KubernetesSecrets {
  if (!/kind:[ \t]*["']?(?:Sealed)?Secret\b/.test(text)) return NONE;
  const entries: KubernetesSecretEntry[] = [];
  const blocks: { start: number; end: number }[] = [];
  // Split into documents at `---` lines, remembering offsets.
  const lines: { text: string; start: number }[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ''), start });
    start = end + 1;
  }
  let docStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    const isBoundary =
      i === lines.length ||
      /^(?:---|\.\.\.)\s*$/.test((lines[i] as { text: string }).text) ||
      /^```/.test((lines[i] as { text: string }).text.trim());
    if (!isBoundary) continue;
    scanDocument(lines.slice(docStart, i), entries, blocks);
    docStart = i + 1;
  }
  return { entries, blocks };
}

function scanDocument(
  lines: readonly { text: string; start: number }[],
  entries: KubernetesSecretEntry[],
  blocks: { start: number; end: number }[],
): void {
  let kindIndent: number | undefined;
  let sealed = false;
  for (const l of lines) {
    const k = KIND_SECRET.exec(l.text);
    if (k) {
      kindIndent = (k[1] as string).length;
      sealed = k[2] === 'SealedSecret';
      break;
    }
  }
  if (kindIndent === undefined) return;
  for (let i = 0; i < lines.length; i++) {
    const b = BLOCK.exec((lines[i] as { text: string }).text);
    // Secret: `data:` beside `kind:`; SealedSecret: `spec.encryptedData:`, nested.
    if (!b || (sealed ? b[2] !== 'encryptedData' : (b[1] as string).length !== kindIndent)) continue;
    const blockIndent = (b[1] as string).length;
    // A SealedSecret's `encryptedData` is ciphertext: its span is kept (other rules skip it), its entries are not.
    const ciphertext = sealed || b[2] === 'encryptedData';
    const encoded = b[2] === 'data';
    const blockStart = (lines[i] as { start: number }).start;
    let blockEnd = blockStart;
    let childIndent: number | undefined;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] as { text: string; start: number };
      if (line.text.trim() === '' || /^\s*#/.test(line.text)) continue;
      const indent = line.text.length - line.text.trimStart().length;
      if (indent <= blockIndent) break;
      blockEnd = line.start + line.text.length;
      if (childIndent === undefined) childIndent = indent;
      if (indent !== childIndent) continue;
      const e = ENTRY.exec(line.text);
      if (!e) continue;
      let raw = (e[4] as string).trimEnd();
      let offset = e[0].length - (e[4] as string).length;
      if (/^[|>][-+0-9]{0,3}[ \t]*(?:#.*)?$/.test(raw)) {
        // A block scalar (`.dockerconfigjson: |`): the value is the more-indented lines below.
        const block = blockScalar(lines, j, indent);
        if (block && !ciphertext) entries.push({ key: e[3] as string, ...block, encoded });
        continue;
      }
      if (raw.startsWith('|') || raw.startsWith('>') || raw.startsWith('{') || raw.startsWith('[') || raw === '') continue;
      const hash = raw.search(/[ \t]#/);
      if (hash !== -1) raw = raw.slice(0, hash).trimEnd();
      if ((raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) || (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2)) {
        raw = raw.slice(1, -1);
        offset += 1;
      }
      if (raw === '' || ciphertext) continue;
      entries.push({ key: e[3] as string, value: raw, start: line.start + offset, end: line.start + offset + raw.length, encoded });
    }
    blocks.push({ start: blockStart, end: blockEnd });
  }
}

/** The lines of a block scalar whose indicator ends line `at` (indented more than `indent`), as one span. */
function blockScalar(
  lines: readonly { text: string; start: number }[],
  at: number,
  indent: number,
): { value: string; start: number; end: number } | undefined {
  let first: { text: string; start: number } | undefined;
  let last: { text: string; start: number } | undefined;
  for (let k = at + 1; k < lines.length; k++) {
    const line = lines[k] as { text: string; start: number };
    if (line.text.trim() === '') continue;
    if (line.text.length - line.text.trimStart().length <= indent) break;
    first ??= line;
    last = line;
  }
  if (!first || !last) return undefined;
  const start = first.start + (first.text.length - first.text.trimStart().length);
  const end = last.start + last.text.trimEnd().length;
  return { value: textBetween(lines, start, end), start, end };
}

/** The text of the document between two offsets, rebuilt from its lines (joined with `\n`). */
function textBetween(lines: readonly { text: string; start: number }[], start: number, end: number): string {
  const parts: string[] = [];
  for (const l of lines) {
    const lineEnd = l.start + l.text.length;
    if (lineEnd < start || l.start > end) continue;
    parts.push(l.text.slice(Math.max(0, start - l.start), Math.min(l.text.length, end - l.start)));
  }
  return parts.join('\n');
}

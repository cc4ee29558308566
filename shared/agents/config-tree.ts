import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { parseYamlDocument } from '../policy/read-yaml.js';

/** A JSON/YAML value with the offsets it was read from. */
export type ConfigNode =
  | { readonly kind: 'object'; readonly start: number; readonly end: number; readonly entries: readonly ConfigEntry[] }
  | { readonly kind: 'array'; readonly start: number; readonly end: number; readonly items: readonly ConfigNode[] }
  | { readonly kind: 'scalar'; readonly start: number; readonly end: number; readonly value: string | number | boolean | null };

/** One key of an object, with the key's own offsets. */
export interface ConfigEntry {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: ConfigNode;
}

/** Why a configuration file could not be read, and where. */
export interface ConfigError {
  readonly offset: number;
  readonly message: string;
}

/** Deeper than this is refused (stack safety); agent configs need a few levels. */
const MAX_DEPTH = 64;

/**
 * Reads a JSON-with-comments file (VS Code's `mcp.json`, Cursor, Claude Desktop):
 * `//` and `/* *\/` comments and trailing commas are accepted. Never throws.
 */
export function readJsonc(text: string): { node?: ConfigNode; error?: ConfigError } {
  let i = 0;
  const n = text.length;
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { offset: i });
  };
  const skip = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
      else if (c === 47 && text[i + 1] === '/') {
        const e = text.indexOf('\n', i);
        i = e === -1 ? n : e;
      } else if (c === 47 && text[i + 1] === '*') {
        const e = text.indexOf('*/', i + 2);
        i = e === -1 ? n : e + 2;
      } else return;
    }
  };
  const str = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n') fail('line break in a string');
      if (c === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
        if (e === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0);
          i += 6;
        } else {
          out += e !== undefined ? (map[e] ?? e) : '';
          i += 2;
        }
        continue;
      }
      out += c;
      i++;
      if (i - start > 1_000_000) fail('string too long');
    }
  };
  const value = (depth: number): ConfigNode => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skip();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: ConfigEntry[] = [];
      for (;;) {
        skip();
        if (text[i] === '}') {
          i++;
          return { kind: 'object', start, end: i, entries };
        }
        if (text[i] !== '"') fail('expected a key');
        const keyStart = i;
        const key = str();
        const keyEnd = i;
        skip();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        const v = value(depth + 1);
        entries.push({ key, keyStart, keyEnd, value: v });
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const items: ConfigNode[] = [];
      for (;;) {
        skip();
        if (text[i] === ']') {
          i++;
          return { kind: 'array', start, end: i, items };
        }
        items.push(value(depth + 1));
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail('expected "," or "]"');
      }
    }
    if (c === '"') {
      const s = str();
      return { kind: 'scalar', start, end: i, value: s };
    }
    const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (!m) fail('unexpected character');
    i += (m as RegExpExecArray)[0].length;
    const raw = (m as RegExpExecArray)[0];
    return { kind: 'scalar', start, end: i, value: raw === 'true' ? true : raw === 'false' ? false : raw === 'null' ? null : Number(raw) };
  };
  try {
    const node = value(0);
    skip();
    if (i < n) fail('unexpected text after the value');
    return { node };
  } catch (error) {
    const offset = (error as { offset?: number }).offset ?? 0;
    return { error: { offset, message: error instanceof Error ? error.message : 'cannot be parsed' } };
  }
}

/** Reads a YAML file into the same tree; aliases are left out. Never throws. */
export function readYamlTree(text: string): { node?: ConfigNode; error?: ConfigError } {
  try {
    // Duplicate keys are not an error here (the tree keeps both entries).
    const { doc } = parseYamlDocument(text);
    const first = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    if (first) return { error: { offset: first.pos[0], message: 'is not valid YAML' } };
    if (!doc.contents) return {};
    return { node: convert(doc.contents as YamlNode, 0) };
  } catch {
    return { error: { offset: 0, message: 'cannot be parsed as YAML' } };
  }
}

function convert(node: YamlNode, depth: number): ConfigNode | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const [start, end] = node.range ?? [0, 0];
  if (isMap(node)) {
    const entries: ConfigEntry[] = [];
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const [ks, ke] = pair.key.range ?? [start, start];
      const v = pair.value ? convert(pair.value as YamlNode, depth + 1) : { kind: 'scalar' as const, start: ke, end: ke, value: null };
      if (v) entries.push({ key: String(pair.key.value), keyStart: ks, keyEnd: ke, value: v });
    }
    return { kind: 'object', start, end, entries };
  }
  if (isSeq(node)) {
    const items: ConfigNode[] = [];
    for (const item of node.items) {
      const v = item ? convert(item as YamlNode, depth + 1) : undefined;
      if (v) items.push(v);
    }
    return { kind: 'array', start, end, items };
  }
  if (isScalar(node)) {
    const v = node.value;
    return {
      kind: 'scalar',
      start,
      end,
      value: typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v === null ? null : String(v),
    };
  }
  return undefined;
}

/** The value of `key` in an object node. */
export function entryOf(node: ConfigNode | undefined, key: string): ConfigEntry | undefined {
  return node?.kind === 'object' ? node.entries.find((e) => e.key === key) : undefined;
}

/** A scalar's value as a string (numbers and booleans spelled out), else undefined. */
export function scalarText(node: ConfigNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

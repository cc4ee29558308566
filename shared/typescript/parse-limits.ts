/** Which bound a file broke: its size, its bracket nesting, or the parser's stack. */
export type ParseLimitReason = 'size' | 'nesting' | 'stack';

/** A broken bound: what was measured (`value`) against what is allowed (`max`); 0 and 0 for `stack`. */
export interface ParseLimit {
  readonly reason: ParseLimitReason;
  readonly value: number;
  readonly max: number;
}

/**
 * Largest TS/JS file the analyzers parse, in UTF-16 code units (512 Ki). Parsing is
 * linear, but a file this large is generated or bundled, and a pathological one
 * (half a megabyte of `"`, each a statement with a syntax error) costs seconds.
 */
export const MAX_PARSE_CHARS = 512 * 1024;

/**
 * Deepest bracket nesting (`(`, `[`, `{`, `${`) the analyzers parse. The compiler's
 * parser and the analyzers' walks recurse per level and run out of stack between
 * 400 and 800 levels on Node's default main-thread stack; hand-written code stays
 * far below 256.
 */
export const MAX_PARSE_NESTING = 256;

/**
 * Checks a TS/JS text against the parse bounds before the compiler sees it.
 * Deterministic (no clock): the same text always gives the same answer. Nesting is
 * counted by a small lexer that skips comments and string and template text, so
 * brackets inside them do not count; a regular expression literal is not
 * recognised, which can only over-count by the brackets it holds.
 *
 * @returns the first bound broken, or undefined when the file may be parsed
 */
export function checkParseLimits(text: string): ParseLimit | undefined {
  if (text.length > MAX_PARSE_CHARS) return { reason: 'size', value: text.length, max: MAX_PARSE_CHARS };
  // Nesting cannot go deeper than the number of opening brackets: most files have too
  // few for the bound to matter, and counting them is cheaper than lexing.
  if (!hasMoreOpeners(text, MAX_PARSE_NESTING)) return undefined;
  const depth = maxNesting(text);
  if (depth > MAX_PARSE_NESTING) return { reason: 'nesting', value: depth, max: MAX_PARSE_NESTING };
  return undefined;
}

/** Whether `text` holds more than `count` opening brackets (`(`, `[`, `{`), wherever they are. */
function hasMoreOpeners(text: string, count: number): boolean {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 40 /* ( */ || c === 91 /* [ */ || c === 123) /* { */ && ++seen > count) return true;
  }
  return false;
}

/** The deepest bracket nesting of a text, skipping comments, strings and template text. */
function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  /** For each open `${`, the depth it was opened at: its `}` returns to template text. */
  const templates: number[] = [];
  const n = text.length;
  let i = 0;
  const skipTemplateText = (): void => {
    // From inside a template's text to its end (`) or to a `${` (which opens a level).
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) i += 2;
      else if (c === 96 /* ` */) {
        i += 1;
        return;
      } else if (c === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */) {
        i += 2;
        depth += 1;
        if (depth > max) max = depth;
        templates.push(depth);
        return;
      } else i += 1;
    }
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === 34 /* " */ || c === 39 /* ' */) {
      i += 1;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === c || d === 10 /* \n */) {
          i += 1;
          break;
        } else i += 1;
      }
    } else if (c === 96) {
      i += 1;
      skipTemplateText();
    } else if (c === 40 /* ( */ || c === 91 /* [ */ || c === 123 /* { */) {
      depth += 1;
      if (depth > max) max = depth;
      i += 1;
    } else if (c === 41 /* ) */ || c === 93 /* ] */ || c === 125 /* } */) {
      i += 1;
      if (c === 125 && templates.length > 0 && templates[templates.length - 1] === depth) {
        templates.pop();
        depth -= 1;
        skipTemplateText();
      } else if (depth > 0) depth -= 1;
    } else i += 1;
  }
  return max;
}

/** Thrown by `parseTypeScript` for a file it will not parse; callers report the file as not analyzed. */
export class FileTooComplexError extends Error {
  readonly path: string;
  readonly limit: ParseLimit;
  constructor(path: string, limit: ParseLimit) {
    super(`file not parsed: ${limit.reason} limit (${limit.value} > ${limit.max})`);
    this.path = path;
    this.limit = limit;
    this.name = 'FileTooComplexError';
  }
}

/**
 * The parse limit an error from parsing or walking a syntax tree stands for: the
 * limit of a `FileTooComplexError`, `stack` for a stack overflow (a walk of a tree
 * deeper than the pre-check measures, e.g. a long `if` chain), else undefined.
 */
export function parseLimitOf(error: unknown): ParseLimit | undefined {
  if (error instanceof FileTooComplexError) return error.limit;
  if (error instanceof RangeError && /call stack/i.test(error.message)) return { reason: 'stack', value: 0, max: 0 };
  return undefined;
}

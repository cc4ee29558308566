import { createRule } from '../../model/rule.js';
import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { lineAt } from './support/line-at.js';
import { foundCandidate } from './support/found-candidate.js';
import { matchAll } from './support/match-all.js';

/** Flags that take `user:password` (curl, wget, httpie, jenkins-cli). */
const USER_FLAG = /(?<=[\s'"`(])(-u|--user|--proxy-user|--http-user|-auth|-a|--auth)(?:[ \t]+|=)/dg;
/** An `Authorization` header value: an optional scheme, then the credential. */
const AUTH_HEADER = /Authorization:[ \t]{0,4}(?:[A-Za-z][A-Za-z-]{1,20}[ \t]+)?([A-Za-z0-9._~+/=-]{16,400})(?![A-Za-z0-9._~+/=-])/dgi;
/** A command that sends credentials over HTTP. `-a`/`--auth` only count for httpie. */
const HTTP_COMMAND = /\bcurl\b|\bwget\b|jenkins-cli|\bhttps?[ \t]+(?:-|GET|POST|PUT|PATCH|DELETE|[a-z]+:\/\/)/;
const HTTPIE = /\bhttps?[ \t]+(?:-|GET|POST|PUT|PATCH|DELETE|[a-z]+:\/\/)/;

/** One shell word from `from` to the first unquoted blank or the end of the line, quotes removed. */
function shellWord(text: string, from: number): { chars: string; offsets: number[] } {
  let quote: string | undefined;
  let chars = '';
  const offsets: number[] = [];
  for (let i = from; i < text.length && i < from + 600; i++) {
    const c = text[i] as string;
    if (c === '\n' || c === '\r') break;
    if (quote !== undefined) {
      if (c === quote) {
        quote = undefined;
        continue;
      }
    } else {
      if (c === '"' || c === "'") {
        quote = c;
        continue;
      }
      if (c === ' ' || c === '\t' || c === ';' || c === '|' || c === '&' || c === ')' || c === '`') break;
    }
    chars += c;
    offsets.push(i);
  }
  return { chars, offsets };
}

/** The command a line belongs to: the line and the lines before it that end in `\` (a shell continuation). */
function commandText(text: string, offset: number): string {
  let line = lineAt(text, offset);
  let command = line.text;
  for (let n = 0; n < 20 && line.start > 1; n++) {
    const previous = lineAt(text, line.start - 1);
    if (!/\\[ \t]*\r?$/.test(previous.text)) break;
    command = `${previous.text}\n${command}`;
    line = previous;
  }
  return command;
}

/** A password or token, not a word: 8+ characters mixing letters and digits or cases, or 16+ hex. */
function looksLikeCredential(value: string): boolean {
  if (value.length < 8 || /[$<>[\]{}]|\{\{/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((r) => r.test(value)).length;
  return classes >= 2 || /^[0-9a-f]{16,}$/i.test(value);
}

/**
 * Credentials written into HTTP commands: `curl -u user:password` (and `--user`,
 * `--proxy-user`, wget `--http-user`, httpie `-a`, `jenkins-cli -auth user:token`),
 * whatever the quoting, on a continuation line too; and `Authorization:` header
 * values in such commands. Reports the password, or the user part when the
 * password is empty (`curl -u "<api key>:"` sends the key as the user name).
 */
export const commandLineCredential: SecretDetector = {
  rule: createRule({
    id: 'secrets/command-line-credential',
    description: 'A password or token written into an HTTP command line (curl -u, --user, -auth, an Authorization header).',
    defaultSeverity: 'error',
    messages: {
      found:
        'Credential {{masked}} is written into a command line ({{kind}}). Read it from an environment variable or a credentials file (curl --netrc-file, -K), then rotate it.',
    },
  }),
  keywords: ['curl', 'wget', 'jenkins-cli', 'http', 'authorization'],
  *detect(file) {
    const { text } = file;
    const out: SecretCandidate[] = [];
    for (const m of matchAll(text, USER_FLAG, 0)) {
      const flag = m.match[1] as string;
      const command = commandText(text, m.start);
      if (!HTTP_COMMAND.test(command) || ((flag === '-a' || flag === '--auth') && !HTTPIE.test(command))) continue;
      const word = shellWord(text, m.end);
      const colon = word.chars.indexOf(':');
      if (colon === -1) continue;
      let from = colon + 1;
      let to = word.chars.length;
      if (from === to) [from, to] = [0, colon];
      // `"{id}":"{secret}"`: braces around each part are decoration.
      if (word.chars[from] === '{' && word.chars[to - 1] === '}') [from, to] = [from + 1, to - 1];
      const value = word.chars.slice(from, to);
      if (!looksLikeCredential(value)) continue;
      const start = word.offsets[from] as number;
      const end = (word.offsets[to - 1] as number) + 1;
      if (text.slice(start, end) !== value) continue;
      out.push(foundCandidate(this.rule.id, { start, end, value }, flag, 15));
    }
    for (const m of matchAll(text, AUTH_HEADER)) {
      if (!HTTP_COMMAND.test(commandText(text, m.start)) || !looksLikeCredential(m.value)) continue;
      out.push(foundCandidate(this.rule.id, m, 'Authorization header', 15));
    }
    yield* out;
  },
};

/** One suppression comment found in a file. */
export interface InlineSuppression {
  readonly kind: 'inline' | 'legacy-marker';
  /** 1-based line of the comment itself. */
  readonly commentLine: number;
  /** 1-based line whose findings it suppresses. */
  readonly targetLine: number;
  /** Rule ids or patterns (`secrets/*`, `*`) it names. Legacy markers name `secrets/*`. */
  readonly rules: readonly string[];
  /** The reason given; empty when none was (then it suppresses nothing and is itself reported). */
  readonly reason: string;
  /** Offsets of the marker in the file, for reporting a missing reason. */
  readonly start: number;
  readonly end: number;
}

const INLINE = /tollgate-ignore(-next-line)?[ \t]+([A-Za-z0-9*][\w\-/*]*(?:[ \t]*,[ \t]*[A-Za-z0-9*][\w\-/*]*)*)[ \t]*(?::[ \t]*(.*))?/;
const LEGACY_SAME = /secretlint-disable-line|gitleaks:allow/;
const LEGACY_NEXT = /secretlint-disable-next-line/;
const COMMENT_START = /^\s*(?:\/\/|#|\/\*|<!--|--|\*|;|%|'|REM\b)/;
const COMMENT_END = /\s*(?:\*\/|-->|#}|%>)\s*$/;

/**
 * Finds suppression comments:
 *
 * - `tollgate-ignore <rule-id>[, <rule-id>...]: <reason>` suppresses those rules on
 *   its own line; when the comment stands alone on its line, on the next non-blank
 *   line instead. `tollgate-ignore-next-line ...` always targets the next line.
 *   Rule ids may end in `/*` (a whole analyzer) or be `*`.
 * - The markers teams already use — `secretlint-disable-line`, `gitleaks:allow`
 *   (same line) and `secretlint-disable-next-line` — suppress secret rules only.
 *
 * Scans line by line with anchored, linear regular expressions.
 */
export function findInlineSuppressions(text: string): InlineSuppression[] {
  if (!text.includes('tollgate-ignore') && !text.includes('secretlint-disable') && !text.includes('gitleaks:allow')) return [];
  const out: InlineSuppression[] = [];
  const lines = text.split('\n');
  let offset = 0;
  const nextNonBlank = (from: number): number => {
    for (let i = from; i < lines.length; i++) if ((lines[i] as string).trim() !== '') return i + 1;
    return from + 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const lineNo = i + 1;
    const m = line.includes('tollgate-ignore') ? INLINE.exec(line) : null;
    if (m) {
      const before = line.slice(0, m.index);
      const standalone = COMMENT_START.test(before + ' ') && before.replace(/[\s/#*<!\-;%']/g, '') === '';
      const nextLine = m[1] !== undefined || standalone;
      const reason = (m[3] ?? '').replace(COMMENT_END, '').trim();
      out.push({
        kind: 'inline',
        commentLine: lineNo,
        targetLine: nextLine ? nextNonBlank(i + 1) : lineNo,
        rules: (m[2] as string)
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
        reason,
        start: offset + m.index,
        end: offset + m.index + m[0].length,
      });
    } else if (LEGACY_NEXT.test(line)) {
      const idx = line.search(LEGACY_NEXT);
      out.push({
        kind: 'legacy-marker',
        commentLine: lineNo,
        targetLine: nextNonBlank(i + 1),
        rules: ['secrets/*'],
        reason: 'secretlint-disable-next-line',
        start: offset + idx,
        end: offset + idx + 28,
      });
    } else if (LEGACY_SAME.test(line)) {
      const idx = line.search(LEGACY_SAME);
      const marker = line.includes('gitleaks:allow') ? 'gitleaks:allow' : 'secretlint-disable-line';
      out.push({
        kind: 'legacy-marker',
        commentLine: lineNo,
        targetLine: lineNo,
        rules: ['secrets/*'],
        reason: marker,
        start: offset + idx,
        end: offset + idx + marker.length,
      });
    }
    offset += line.length + 1;
  }
  return out;
}

/** True when a rule pattern (`id`, `prefix/*`, `*`) covers `ruleId`. */
export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === '*' || pattern === ruleId) return true;
  return pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1));
}

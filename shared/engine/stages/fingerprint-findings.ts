import type { Finding, OffsetRange } from '../../model/finding.js';
import { formatMessage } from '../../model/rule.js';
import { fingerprint } from '../fingerprint.js';
import { maskLine } from '../mask-line.js';
import type { LineHashedFinding } from './hash-primary-lines.js';

/** A published finding, and whether the engine pinned it (pinned findings cannot be suppressed). */
export interface FingerprintedFinding {
  readonly finding: Finding;
  readonly pinned: boolean;
}

/**
 * Turns located findings into published ones: the message rendered from the rule's
 * template, and a fingerprint of the finding's first line with the finding's own
 * characters and every secret on the line masked (`maskLine`). A whole-file secret
 * finding and a pinned finding on a file that was not read hash no line. Identical
 * inputs in a file are told apart by their occurrence index, in the given order.
 * GitHub's line hash (`hashPrimaryLines`), when the finding has one, is passed on.
 */
export function fingerprintFindings(
  findings: readonly LineHashedFinding[],
  secretRanges: ReadonlyMap<string, readonly OffsetRange[]>,
): FingerprintedFinding[] {
  const occurrences = new Map<string, number>();
  return findings.map(({ raw, rule, severity, location, index, pinnedText, lineHash }) => {
    const lineText = index.lineText(location.startLine);
    const lineStart = index.offsetAt({ line: location.startLine, column: 1 });
    // A finding over several lines masks the rest of its first line.
    const ownRange = location.endLine === location.startLine ? raw.range : { start: raw.range.start, end: lineStart + lineText.length };
    const wholeFile = raw.range.start === raw.range.end && raw.range.start === 0 && raw.ruleId.startsWith('secrets/');
    const maskedLine = maskLine(lineText, lineStart, [ownRange, ...(secretRanges.get(raw.path) ?? [])], wholeFile || pinnedText === '');
    const key = [raw.ruleId, raw.path, maskedLine.trim(), raw.fingerprintHint ?? ''].join('\u0000');
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const finding: Finding = {
      ruleId: raw.ruleId,
      messageId: raw.messageId,
      severity,
      path: raw.path,
      range: raw.range,
      location,
      message: formatMessage(rule.messages[raw.messageId] ?? raw.messageId, raw.data),
      fingerprint: fingerprint({
        ruleId: raw.ruleId,
        path: raw.path,
        maskedLine,
        occurrence,
        ...(raw.fingerprintHint ? { hint: raw.fingerprintHint } : {}),
      }),
      data: raw.data ?? {},
      docsUrl: rule.docsUrl,
      ...(lineHash !== undefined ? { lineHash } : {}),
    };
    return { finding, pinned: pinnedText !== undefined };
  });
}

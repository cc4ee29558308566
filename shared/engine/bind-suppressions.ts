import { lineInSpans, type ChangeSet } from '../diff/parse-unified-diff.js';
import type { RawFinding } from '../model/finding.js';
import type { InlineSuppression } from '../suppressions/find-inline-suppressions.js';
import { createLineIndex } from '../text/line-index.js';
import { engineRules } from './engine-rules.js';

/** Suppressions that still bind to what they were written for, and findings for the ones that moved. */
export interface BoundSuppressions {
  readonly byPath: Map<string, InlineSuppression[]>;
  readonly moved: RawFinding[];
}

/**
 * Binds each suppression comment to the content it was written for. In a review, a
 * comment that targets another line (`tollgate-ignore-next-line`, or a comment alone
 * on its line) and that the change did not touch, while the line it now targets was
 * added by the change, was written for other content: it is dropped (the new line's
 * findings are reported) and reported itself as `suppressions/moved` on that line.
 * A suppression written or rewritten in the change is a reviewed suppression change
 * (the `suppression-changed` fact) and binds. Scans (no `changes`) keep every comment.
 */
export function bindSuppressions(
  byPath: ReadonlyMap<string, readonly InlineSuppression[]>,
  changes: ChangeSet | undefined,
  texts: ReadonlyMap<string, string>,
): BoundSuppressions {
  const out = new Map<string, InlineSuppression[]>();
  const moved: RawFinding[] = [];
  for (const [path, list] of byPath) {
    const added = changes?.get(path)?.addedLines;
    if (!added) {
      out.set(path, [...list]);
      continue;
    }
    const kept: InlineSuppression[] = [];
    for (const s of list) {
      const stale = s.targetLine !== s.commentLine && lineInSpans(added, s.targetLine) && !lineInSpans(added, s.commentLine);
      if (!stale) {
        kept.push(s);
        continue;
      }
      const index = createLineIndex(texts.get(path) ?? '');
      const start = index.offsetAt({ line: s.targetLine, column: 1 });
      moved.push({
        ruleId: engineRules.suppressionMoved.id,
        messageId: 'moved',
        path,
        range: { start, end: start + index.lineText(s.targetLine).length },
        data: { commentLine: s.commentLine, rules: s.rules.join(', ') },
      });
    }
    if (kept.length > 0) out.set(path, kept);
  }
  return { byPath: out, moved };
}

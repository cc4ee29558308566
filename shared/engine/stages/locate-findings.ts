import type { FileSet } from '../../files/file-set.js';
import type { LineRange } from '../../model/finding.js';
import { createLineIndex, type LineIndex } from '../../text/line-index.js';
import type { PipelineFinding } from './pipeline-finding.js';

/** A finding with its 1-based position, and the line index of the text it points into. */
export interface LocatedFinding extends PipelineFinding {
  readonly location: LineRange;
  readonly index: LineIndex;
}

/**
 * Positions each finding (1-based lines and columns, see `createLineIndex`) in the
 * head text of its path, or, for a pinned finding, in its pinned text. One line index
 * per path is built, on first use.
 */
export function locateFindings(findings: readonly PipelineFinding[], head: FileSet): LocatedFinding[] {
  const indexes = new Map<string, LineIndex>();
  const indexFor = (path: string): LineIndex => {
    let index = indexes.get(path);
    if (!index) {
      index = createLineIndex(head.get(path) ?? '');
      indexes.set(path, index);
    }
    return index;
  };
  return findings.map((finding) => {
    const index = finding.pinnedText !== undefined ? createLineIndex(finding.pinnedText) : indexFor(finding.raw.path);
    return { ...finding, location: index.rangeAt(finding.raw.range), index };
  });
}

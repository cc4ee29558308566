import type { ReviewResult } from '../engine/run-review.js';
import type { Analyzer } from './analyzer.js';

/**
 * The typed data `analyzer` left in `result` (keyed by its id), or undefined when
 * it did not run or returned none. The one place the untyped `ReviewResult.data`
 * is read back as an analyzer's data type.
 */
export function analyzerData<TData>(result: Pick<ReviewResult, 'data'>, analyzer: Pick<Analyzer<TData>, 'id' | 'analyze'>): TData | undefined {
  return result.data[analyzer.id] as TData | undefined;
}

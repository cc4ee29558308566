import type { Analyzer, AnalyzerContext } from '../../analyzer/analyzer.js';
import { runPerFile } from '../../analyzer/run-per-file.js';
import { engineRules } from '../engine-rules.js';
import type { FileResultCache } from '../file-result-cache.js';
import { pipelineFinding, type PipelineFinding } from './pipeline-finding.js';
import { quoteSafely } from '../../text/quote-safely.js';

/** What the analyzers reported: findings in analyzer order, and typed data by analyzer id. */
export interface AnalyzersOutput {
  readonly findings: PipelineFinding[];
  readonly data: Record<string, unknown>;
}

/**
 * Runs each analyzer in turn, each in isolation: one that throws becomes a single
 * `tollgate/analyzer-failed` finding (`failed`) and the others still report. A
 * finding of a rule the analyzer does not declare is dropped and reported as
 * `tollgate/analyzer-failed` (`unknownRule`), except `tollgate/file-not-analyzed`,
 * which any analyzer may report; the engine tags it with the analyzer's id. With
 * `cache`, an analyzer with a per-file phase runs through it (see `runPerFile`).
 */
export async function runAnalyzers(analyzers: readonly Analyzer[], context: AnalyzerContext, cache?: FileResultCache): Promise<AnalyzersOutput> {
  const findings: PipelineFinding[] = [];
  const data: Record<string, unknown> = {};
  for (const analyzer of analyzers) {
    const own = new Map(analyzer.rules.map((r) => [r.id, r]));
    try {
      const result = analyzer.perFile && cache ? await runPerFile(analyzer.perFile, analyzer.id, context, cache) : await analyzer.analyze(context);
      if (result.data !== undefined) data[analyzer.id] = result.data;
      for (const raw of result.findings) {
        const rule = own.get(raw.ruleId);
        if (rule) findings.push(pipelineFinding(raw, rule));
        else if (raw.ruleId === engineRules.fileNotAnalyzed.id)
          findings.push(pipelineFinding({ ...raw, data: { ...raw.data, analyzer: analyzer.id } }, engineRules.fileNotAnalyzed));
        else
          findings.push(
            pipelineFinding(
              {
                ruleId: engineRules.analyzerFailed.id,
                messageId: 'unknownRule',
                path: raw.path,
                range: raw.range,
                data: { analyzer: analyzer.id, rule: raw.ruleId },
              },
              engineRules.analyzerFailed,
            ),
          );
      }
    } catch (error) {
      findings.push(
        pipelineFinding(
          {
            ruleId: engineRules.analyzerFailed.id,
            messageId: 'failed',
            path: '.',
            range: { start: 0, end: 0 },
            data: { analyzer: analyzer.id, error: describeError(error) },
          },
          engineRules.analyzerFailed,
        ),
      );
    }
  }
  return { findings, data };
}

/**
 * An error's class and first line, masked and trimmed to 200 characters: an
 * analyzer's exception may quote the input it choked on (a parser's message does),
 * so the text goes through `quoteSafely` like any quote of file content.
 */
function describeError(error: unknown): string {
  if (error instanceof Error) return quoteSafely(`${error.name}: ${error.message.split('\n')[0] ?? ''}`, 200);
  return quoteSafely(String(error).split('\n')[0] ?? '', 200);
}

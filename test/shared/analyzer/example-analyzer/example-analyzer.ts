import { z } from 'zod';
import { defineAnalyzer, type AnalyzerContext, type AnalyzerResult } from '../../../../shared/analyzer/analyzer.js';
import type { RawFinding } from '../../../../shared/model/finding.js';
import { createRule } from '../../../../shared/model/rule.js';

/**
 * A test-only analyzer that shows what adding an analyzer takes: this folder and
 * one line in a registry (`example-registry.ts`). It reports a configurable marker
 * comment (`HACK(agent)` by default) and counts them.
 */

/** Its policy section, `example:` in the policy file. */
export const examplePolicySchema = z
  .object({
    marker: z.string().min(1).default('HACK(agent)').describe('The text that marks a line to report. Default: `HACK(agent)`.'),
  })
  .strict()
  .describe('Settings of the example analyzer.');

/** `result.data.example`. */
export interface ExampleData {
  readonly marked: number;
  readonly paths: readonly string[];
}

export const exampleMarkerRule = createRule({
  id: 'example/marker',
  description: 'A line holds the marker the example policy names.',
  defaultSeverity: 'warning',
  messages: { marked: 'Marked with {{marker}}.' },
});

export const exampleAnalyzer = defineAnalyzer({
  id: 'example',
  description: 'Test-only: reports a marker comment.',
  rules: [exampleMarkerRule],
  policy: { schema: examplePolicySchema, default: examplePolicySchema.parse({}) },
  report: {
    jsonKeys: ['exampleMarks'],
    // Not in REPORT_SECTIONS: the analyzer brings its own section, above the findings.
    sections: [
      { id: 'example-marks', title: 'Marked lines', at: { markdown: 90, text: 190 } },
      { id: 'exampleMarks', at: { json: 300 } },
    ],
    contribute: (data: ExampleData) => ({
      json: { exampleMarks: { count: data.marked, paths: data.paths } },
      markdown: [{ id: 'example-marks', markdown: `${data.marked} marked line(s).` }],
      text: { 'example-marks': `Marked lines: ${data.marked}` },
    }),
  },
  analyze(context: AnalyzerContext): AnalyzerResult<ExampleData> {
    // `Policy` is the shipped registry's type; a test registry's policy is typed by
    // `createPolicySchema(EXAMPLE_ANALYZERS)` at the boundary (see the test).
    const marker = (context.policy as { example?: z.output<typeof examplePolicySchema> }).example?.marker ?? 'HACK(agent)';
    const findings: RawFinding[] = [];
    const paths = new Set<string>();
    for (const path of context.paths) {
      const text = context.head.get(path) ?? '';
      for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) {
        findings.push({ ruleId: exampleMarkerRule.id, messageId: 'marked', path, range: { start: at, end: at + marker.length }, data: { marker } });
        paths.add(path);
      }
    }
    return { findings, data: { marked: findings.length, paths: [...paths].sort() } };
  },
});

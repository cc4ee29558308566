import { describe, expect, expectTypeOf, it } from 'vitest';
import { analyzerData } from '../../../shared/analyzer/analyzer-data.js';
import { runReview } from '../../../shared/engine/run-review.js';
import { createPolicySchema } from '../../../shared/policy/policy-schema.js';
import { renderJson } from '../../../shared/report/render-json.js';
import { renderMarkdown } from '../../../shared/report/render-markdown.js';
import { renderText } from '../../../shared/report/render-text.js';
import { reportContributions } from '../../../shared/report/report-contributions.js';
import { exampleAnalyzer, type ExampleData } from './example-analyzer/example-analyzer.js';
import { EXAMPLE_ANALYZERS } from './example-analyzer/example-registry.js';

// Adding an analyzer is one folder (./example-analyzer/) and one registry line
// (./example-analyzer/example-registry.ts): everything below is derived from them.
const schema = createPolicySchema(EXAMPLE_ANALYZERS);

async function scan(files: Record<string, string>, policyInput: unknown = {}) {
  const policy = schema.parse(policyInput);
  const head = new Map(Object.entries(files));
  return runReview({ head, policy, analyzers: EXAMPLE_ANALYZERS });
}

describe('an analyzer added with one folder and one registry line', () => {
  it('gets its policy keys: `analyzers.example` and its own `example` section, validated and defaulted', () => {
    const policy = schema.parse({ analyzers: { example: { enabled: false } }, example: { marker: 'XXX' } });
    expect(policy.analyzers.example).toEqual({ enabled: false });
    expect(policy.example.marker).toBe('XXX');
    expectTypeOf(policy.example.marker).toEqualTypeOf<string>();
    expect(schema.parse({}).example).toEqual({ marker: 'HACK(agent)' });
    expect(schema.safeParse({ example: { marker: 'x', typo: true } }).success).toBe(false);
    expect(schema.safeParse({ analyzers: { example: { enabled: 'yes' } } }).success).toBe(false);
    // The shipped keys are still there, in the same schema.
    expect(schema.parse({}).analyzers.secrets).toEqual({ enabled: true });
  });

  it('has typed data, read back without a cast', async () => {
    const result = await scan({ 'a.ts': '// HACK(agent): later\n', 'b.ts': 'ok\n' });
    const data = analyzerData(result, exampleAnalyzer);
    expectTypeOf(data).toEqualTypeOf<ExampleData | undefined>();
    expect(data).toEqual({ marked: 1, paths: ['a.ts'] });
    expect(result.findings.filter((f) => f.ruleId === 'example/marker')).toMatchObject([
      { messageId: 'marked', path: 'a.ts', data: { marker: 'HACK(agent)' } },
    ]);
  });

  it('reports in every format at the positions it declares', async () => {
    const result = await scan({ 'a.ts': '// HACK(agent): later\n' });
    const contributions = reportContributions(result, EXAMPLE_ANALYZERS);

    const markdown = renderMarkdown(result, { extraSections: contributions.extraSections });
    const section = markdown.indexOf('#### Marked lines');
    expect(section).toBeGreaterThan(markdown.indexOf(': not blocking'));
    expect(section).toBeLessThan(markdown.indexOf('#### Findings'));
    expect(markdown.indexOf('#### Data flow')).toBeGreaterThan(markdown.indexOf('#### Findings'));

    const json = JSON.parse(renderJson(result, { toolVersion: '0.0.0', extensions: contributions.extensions })) as Record<string, unknown>;
    expect(json.exampleMarks).toEqual({ count: 1, paths: ['a.ts'] });
    const keys = Object.keys(json);
    expect(keys.indexOf('exampleMarks')).toBeGreaterThan(keys.indexOf('flows'));
    expect(keys.indexOf('exampleMarks')).toBeLessThan(keys.indexOf('policy'));

    const text = renderText(result, { color: false, blocks: contributions.textBlocks });
    expect(text).toMatch(/file\(s\)? analyzed|analyzed/);
    expect(text.trimEnd().endsWith('Marked lines: 1')).toBe(true);
  });

  it('is left out of every report when its policy turns it off', async () => {
    const result = await scan({ 'a.ts': '// HACK(agent)\n' }, { analyzers: { example: { enabled: false } } });
    expect(analyzerData(result, exampleAnalyzer)).toBeUndefined();
    const contributions = reportContributions(result, EXAMPLE_ANALYZERS);
    expect(contributions.extensions).not.toHaveProperty('exampleMarks');
    expect(contributions.extraSections.map((s) => s.id)).not.toContain('example-marks');
  });
});

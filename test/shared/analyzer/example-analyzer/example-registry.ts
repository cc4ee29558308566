import { ANALYZERS } from '../../../../shared/analyzer/registry.js';
import { exampleAnalyzer } from './example-analyzer.js';

/** A test-only registry: the shipped analyzers plus the example, one line. */
export const EXAMPLE_ANALYZERS = [...ANALYZERS, exampleAnalyzer] as const;

/** Options shared by `scan` and `review`. */
export interface OutputOptions {
  format: 'text' | 'json' | 'sarif' | 'markdown';
  output?: string;
  config?: string;
  orgConfig?: string;
  baseline?: string;
  color: boolean;
  quiet?: boolean;
  /** `--sarif-category`: the SARIF run's `automationDetails.id` (GitHub code scanning's category). */
  sarifCategory?: string;
}

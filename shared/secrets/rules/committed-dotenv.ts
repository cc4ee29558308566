import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';

/**
 * A committed `.env` file is itself a finding: it is where local secrets live, and
 * once committed they are in history. Templates (`.env.example`, `.env.sample`,
 * `.env.template`, `.env.dist`) are meant to be committed and are not reported.
 */
export const committedDotenv: SecretDetector = {
  rule: createRule({
    id: 'secrets/committed-dotenv',
    description: 'A `.env` file is committed; it is where local secrets live.',
    defaultSeverity: 'error',
    messages: {
      committed:
        '`{{file}}` is a committed environment file. Remove it from the repository, add it to .gitignore, and commit a `.env.example` with placeholders instead.',
    },
  }),
  detect(file) {
    if (file.kind !== 'dotenv') return [];
    const name = file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
    if (/\.(example|sample|template|dist|defaults|schema|tpl)$/.test(name) || /\.(example|sample|template)\./.test(name)) return [];
    if (file.text.trim() === '') return [];
    return [{ ruleId: this.rule.id, messageId: 'committed', start: 0, end: 0, value: '', data: { file: name } }];
  },
};

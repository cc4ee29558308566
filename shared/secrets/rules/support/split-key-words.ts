/**
 * Splits a key name into lower-case words: camelCase, PascalCase, snake_case,
 * kebab-case, dotted and spaced names all give the same words.
 * `OPENAI_API_KEY`, `openaiApiKey`, `openai.api-key` -> `['openai', 'api', 'key']`.
 * Input is capped at 200 characters.
 */
export function splitKeyWords(name: string): string[] {
  const spaced = name
    .slice(0, 200)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return spaced
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

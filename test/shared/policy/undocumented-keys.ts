/**
 * The property paths of a JSON Schema that have no `description`: a schema editors
 * show must explain every key. Walks `properties`, `items` and `additionalProperties`.
 */
export function undocumentedKeys(schema: unknown): string[] {
  const undocumented: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.properties && typeof record.properties === 'object') {
      for (const [key, value] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
        if (typeof value.description !== 'string' || value.description.length === 0) undocumented.push(`${path}.${key}`);
        visit(value, `${path}.${key}`);
      }
    }
    for (const key of ['items', 'additionalProperties']) visit(record[key], `${path}[]`);
  };
  visit(schema, '');
  return undocumented;
}

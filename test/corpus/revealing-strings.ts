/**
 * The strings whose presence in an output would reveal a planted value: the value
 * itself and, for each of its lines (PEM bodies; `\n`-escaped JSON strings) of 16
 * characters or more, the line and its first and last three quarters. PEM
 * `-----BEGIN/END …-----` lines are not secret and are left out. A Kubernetes
 * `data:` value (category `k8s-secret-data`) is also checked decoded from base64.
 */
export function revealingStrings(value: string, category: string): string[] {
  const needles = new Set<string>([value]);
  const add = (v: string): void => {
    for (const segment of v.split(/\\n|\n/)) {
      const s = segment.trim();
      if (s.length < 16 || s.includes('-----')) continue;
      const q = Math.ceil(s.length * 0.75);
      needles.add(s).add(s.slice(0, q)).add(s.slice(s.length - q));
    }
  };
  add(value);
  if (category === 'k8s-secret-data') add(Buffer.from(value, 'base64').toString('utf8'));
  return [...needles];
}

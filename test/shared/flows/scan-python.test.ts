import { describe, expect, it } from 'vitest';
import { scanPython } from '../../../shared/flows/scan-python.js';

const types = (text: string): string[] => scanPython(text).map((f) => (f.type === 'system' ? `system:${f.entryId}` : f.type));

describe('scanPython', () => {
  it('reads imports, boto3 clients, TLS settings, URLs and logging calls', () => {
    expect(types('from google import genai\n')).toEqual(['system:google-genai']);
    expect(types('import boto3\ns3 = boto3.client("s3")\n')).toEqual(['system:aws', 'system:aws-s3']);
    expect(types('requests.get(u, verify=False)\n')).toEqual(['tls-verification-off']);
    expect(types('logger.info(f"key={api_key}")\n')).toEqual(['credentials-in-logs']);
    expect(types('logger.info("len %d", len(prompt))\n')).toEqual([]);
    expect(types('logger.info(mask(api_key))\n')).toEqual([]);
  });

  it('ignores comments and the text of strings', () => {
    expect(types('# requests.get(u, verify=False)\nx = "verify=False"\ny = "http://a.b.com/x"\nprint("token")\n')).toEqual(['plaintext-http']);
    expect(types("'''\nimport openai\n'''\n")).toEqual([]);
  });

  it('stays linear on pathological input', () => {
    for (const text of ['print('.repeat(100_000), '"'.repeat(400_000), 'f"{'.repeat(100_000), `logging.info(${'('.repeat(50_000)}`]) {
      const started = performance.now();
      scanPython(text);
      // A guard against super-linear blow-up (minutes), not a speed figure (npm run bench measures speed).
      expect(performance.now() - started).toBeLessThan(15_000);
    }
  });
});

import { randomBytes } from 'node:crypto';

/** What the diagram page needs. */
export interface DiagramPage {
  readonly mermaid: string;
  /** The webview's `cspSource` (the origin local resources load from). */
  readonly cspSource: string;
  readonly mermaidScript: string;
  readonly viewScript: string;
  readonly dark: boolean;
}

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The data-flow diagram webview: mermaid (bundled in the extension) renders the
 * diagram text to SVG. Strict content security policy: scripts only from the
 * extension with this page's nonce, nothing from the network, no eval. Styles
 * allow inline because mermaid writes a `<style>` into the SVG it draws.
 */
export function diagramHtml(page: DiagramPage): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${page.cspSource} 'unsafe-inline'`,
    `img-src ${page.cspSource} data:`,
    `font-src ${page.cspSource}`,
  ].join('; ');
  // The diagram text travels as JSON in a non-executed script element; `<` is escaped so it cannot close the element.
  const source = JSON.stringify({ mermaid: page.mermaid, dark: page.dark }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Tollgate: Data Flow</title>
<style>body{padding:0 1em;color:var(--vscode-foreground);background:var(--vscode-editor-background);font-family:var(--vscode-font-family)} #diagram svg{max-width:100%;height:auto} #error{color:var(--vscode-errorForeground);white-space:pre-wrap}</style>
</head>
<body>
<div id="diagram" role="img" aria-label="Data-flow diagram"></div>
<pre id="error" hidden></pre>
<script id="tollgate-diagram-source" type="application/json">${source}</script>
<script nonce="${nonce}" src="${escapeAttribute(page.mermaidScript)}"></script>
<script nonce="${nonce}" src="${escapeAttribute(page.viewScript)}"></script>
</body>
</html>`;
}

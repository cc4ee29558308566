// The language server bundled in the extension: the same server `tollgate lsp --stdio` runs.
import { serveStdio } from '../../lsp/serve-stdio.js';

serveStdio();

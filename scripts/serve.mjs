// A small static server for the demo pages (and the benchmark): serves this folder on localhost.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xlf': 'application/xml; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `headers(path)` may add response headers per file (the benchmark and the
 * hostile-page tests use it for a Content-Security-Policy).
 */
export function serve({ port = 8000, host = '127.0.0.1', headers = () => ({}) } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
      if (!path.startsWith(ROOT)) throw new Error('outside');
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(url.pathname),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8000);
  serve({ port }).then(
    () => {
      console.log(`Demo: http://localhost:${port}/demo/`);
      console.log('Press Ctrl+C to stop.');
    },
    (error) => {
      console.error(`Could not start the demo server on port ${port}: ${error.message}. Try PORT=8080 npm start.`);
      process.exit(1);
    },
  );
}

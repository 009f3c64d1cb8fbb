/** Two saved links' pages, served by a real server on 127.0.0.1: what the reading-list tests fetch. */
import { startServer, type TestServer } from './http-server.js';

const page = (headline: string, body: string[]): string =>
  `<!doctype html><html><head><title>${headline} | Harbour Post</title><meta property="og:site_name" content="Harbour Post"></head><body><article><h1>${headline}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const html = (text: string) => (_req: unknown, res: { writeHead(status: number, headers: Record<string, string>): { end(body: string): void } }): void => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(text);
};

/** Serves /ferry ("Ferry returns to the harbour") and /museum ("Museum reopens its dinosaur hall"). */
export function startHarbourSite(): Promise<TestServer> {
  return startServer({
    '/ferry': html(page('Ferry returns to the harbour', [
      'The island’s ferry returned to service on Monday after a month of repairs to its engines, the operator said in a statement.',
      'Passengers queued at the terminal before dawn, and the first crossing left on time with every seat taken, the harbour master said.',
    ])),
    '/museum': html(page('Museum reopens its dinosaur hall', [
      'The city’s natural history museum reopened its dinosaur hall on Saturday after five years of renovation, with a new skeleton at its centre.',
      'Visitors queued along the museum’s steps before the doors opened, and curators said the hall would now stay open late on Fridays.',
    ])),
  });
}

import { ReadingsError } from '../../domain/errors.js';
import { parseHttpUrl } from '../../fetch/http-url.js';
import type { InputHints, RawInput } from '../../domain/types.js';
import { listsManyInputs } from '../../service/input-sources.js';
import { startUploadImport, type Upload } from '../imports/upload-import.js';
import { importHref } from './imports-view.js';
import { toFailure } from '../../service/failure.js';
import { addToLibrary } from '../api/add-reading.js';
import { retryLater } from '../api/errors.js';
import type { AppDeps } from '../context.js';
import { addForms, addResultView, addView, EMPTY_FORM, type AddForm, type AddResult } from './add-view.js';
import { formField } from './form-body.js';
import { renderPage, type PagesApp } from './respond.js';
import type { WriteRequest } from '../writer/library-writer.js';

/** The one input a form names, and its verbatim bytes when it is an upload; or an uploaded file that lists many. */
type FormInput = { source: WriteRequest['source']; upload: RawInput | null } | { batch: Upload; hints: InputHints };

function contentTypeOf(file: File): string {
  if (/\.x?html?$/i.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml') return 'text/html';
  // A web archive ("Webpage, Single File"): browsers send .mhtml as multipart/related, or as nothing.
  if (/\.mht(?:ml)?$/i.test(file.name) || file.type === 'multipart/related') return 'multipart/related';
  // An email (a newsletter) saved from a mail client.
  if (/\.eml$/i.test(file.name) || file.type === 'message/rfc822') return 'message/rfc822';
  return file.type.startsWith('text/') ? file.type : 'text/plain';
}

async function formInput(body: Record<string, unknown>, form: AddForm, maxBytes: number): Promise<FormInput> {
  const hints = { category: form.category.trim() || null, title: form.title.trim() || null, outlet: form.outlet.trim() || null };
  switch (form.kind) {
    case 'url': {
      const url = form.url.trim();
      if (!url) throw new ReadingsError('invalid_argument', 'give the address of the article', 'url');
      return { source: { kind: 'url', url, label: url, hints: { ...hints, url: null } }, upload: null };
    }
    case 'text': {
      if (!form.text.trim()) throw new ReadingsError('empty_input', 'the text box is empty', 'pasted text');
      // Browsers send a textarea's line breaks as CRLF; what was pasted had the text's own (LF).
      const text = form.text.replace(/\r\n?/g, '\n');
      // Where the text was copied from: recorded (the outlet, a date in the address, a second copy), never fetched.
      const url = form.url.trim() ? parseHttpUrl(form.url, form.url.trim()).href : null;
      return { source: { kind: 'inline', text, contentType: 'text/plain; charset=utf-8', label: 'pasted text', hints: { ...hints, url } }, upload: null };
    }
    case 'file': {
      const file = body.file;
      if (!(file instanceof File) || file.size === 0) throw new ReadingsError('empty_input', 'choose a file to upload', 'file');
      const label = file.name || 'uploaded file';
      if (file.size > maxBytes) throw new ReadingsError('input_too_large', `the file is ${file.size} bytes; the limit is ${maxBytes}`, label);
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (listsManyInputs(label, bytes)) return { batch: { name: label, bytes }, hints: { category: hints.category } };
      // The upload is loaded here, byte for byte; ingest sees it as an inline input with that label.
      return {
        source: { kind: 'inline', text: '', contentType: contentTypeOf(file), label, hints },
        upload: { bytes, contentType: contentTypeOf(file), url: null, label },
      };
    }
  }
}

function formOf(body: Record<string, unknown>): AddForm {
  const kind = formField(body, 'kind');
  return {
    kind: kind === 'file' || kind === 'text' ? kind : 'url',
    url: formField(body, 'url'),
    text: formField(body, 'text'),
    title: formField(body, 'title'),
    outlet: formField(body, 'outlet'),
    category: formField(body, 'category'),
  };
}

export function registerAdd(app: PagesApp, deps: AppDeps): void {
  app.get('/add', (c) => renderPage(c, 'add', 'Add a reading', addView(addForms(EMPTY_FORM, c.var.csrfToken))));

  app.post('/add', async (c) => {
    const body = (await c.req.parseBody()) as Record<string, unknown>;
    const form = formOf(body);
    let result: AddResult;
    try {
      const input = await formInput(body, form, deps.config.maxInputBytes);
      if ('batch' in input) return c.redirect(importHref((await startUploadImport(deps, c.var.library, input.batch, input.hints)).id), 303);
      result = await addToLibrary(deps, c.var.library, input.source, input.upload);
    } catch (error) {
      result = { status: 'rejected', failure: toFailure(error, form.kind) };
    }
    // Nothing wrong with the input while another process writes to the library: try again later.
    const busy = result.status === 'rejected' && result.failure.code === 'library_busy';
    if (busy) retryLater(c);
    const status = busy ? 503 : result.status === 'rejected' ? 422 : 200;
    const title = result.status === 'rejected' ? 'Could not add' : result.status === 'added' ? 'Added' : result.status === 'skipped' ? 'Already in the library' : 'Stored without an article';
    return renderPage(c, 'add', title, addView(addResultView(result, form, c.var.csrfToken)), status);
  });
}

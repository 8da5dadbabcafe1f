/**
 * The OpenAPI document says what the server does: the headers it answers 428 without are marked
 * required there, and every route the document marks so answers 428 without them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createDraft } from '../../../test/helpers/applications.js';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.js';

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: { pattern?: string };
}
type Doc = { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };

describe('precondition headers in the OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;
  let draftId: string;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    doc = (await t.app.inject({ url: '/api/openapi.json' })).json<Doc>();
    draftId = await createDraft(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const headerOf = (path: string, method: string, name: string) =>
    doc.paths[path]?.[method]?.parameters?.find((p) => p.in === 'header' && p.name === name);

  it('marks If-Match required on the section save, with its pattern', () => {
    const p = headerOf('/api/applications/{id}/sections/{sectionId}', 'put', 'if-match');
    expect(p).toMatchObject({ required: true });
    expect(p?.schema?.pattern).toBeDefined();
  });

  it('marks Idempotency-Key required on the submission', () => {
    expect(headerOf('/api/applications/{id}/submissions', 'post', 'idempotency-key')).toMatchObject(
      { required: true },
    );
  });

  it('every required If-Match / Idempotency-Key in the document is answered 428 without it', async () => {
    const required = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, op]) =>
        (op.parameters ?? [])
          .filter((p) => p.in === 'header' && p.required)
          .map((p) => ({ path, method, name: p.name })),
      ),
    );
    expect(required.map((r) => `${r.method} ${r.name}`).sort()).toEqual([
      'patch if-match',
      'post idempotency-key',
      'put if-match',
    ]);
    for (const { path, method } of required) {
      const url = path.replace('{id}', draftId).replace('{sectionId}', 'project');
      const res = await t.app.inject({
        method: method.toUpperCase() as 'PUT',
        url,
        headers: { ...(await authHeaders(t, 'applicant-ntnu')), 'accept-language': 'en' },
        payload: { title: 'x' },
      });
      expect(res.statusCode, `${method} ${path}: ${res.body}`).toBe(428);
      expect(res.json<{ detail: string }>().detail).toMatch(/If-Match|Idempotency-Key/);
    }
  });

  it('a malformed Idempotency-Key is a 428 too, as the pattern in the document says', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/applications/${draftId}/submissions`,
      headers: { ...(await authHeaders(t, 'applicant-ntnu')), 'idempotency-key': 'short' },
    });
    expect(res.statusCode).toBe(428);
  });
});

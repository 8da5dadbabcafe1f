import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import {
  authHeaders,
  createCompleteApplication,
  readBaseApplication,
  saveSection,
  SEED_CALL_ID,
} from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface BaseContent {
  cluster: { companies: { name: string; orgnr: string }[] };
  offerings: { offerings: { title: string }[] };
  anchoring: { employerSide: string; unions: { unionName: string; representativeName: string }[] };
  project: Record<string, unknown>;
}

async function textOf(bytes: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: bytes })).value;
}

describeEachDialect('cooperation agreement (.docx)', (dialect) => {
  let t: TestApp;
  let id: string;
  const base = readBaseApplication().content as unknown as BaseContent;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: OPEN });
    id = await createCompleteApplication(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function agreement(persona = 'applicant-ntnu') {
    return t.app.inject({
      url: `/api/applications/${id}/agreement.docx`,
      headers: await authHeaders(t, persona),
    });
  }

  it('R10: names every party with its organisasjonsnummer, the social partners, every offering and the period', async () => {
    const res = await agreement();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="samarbeidsavtale-/);
    const text = await textOf(res.rawPayload);
    expect(text).toContain('Norges teknisk-naturvitenskapelige universitet (NTNU)');
    expect(text).toContain('974767880');
    for (const company of base.cluster.companies) {
      expect(text).toContain(company.name);
      expect(text).toContain(company.orgnr);
      expect(text).toContain(`For ${company.name} (organisasjonsnummer ${company.orgnr})`);
    }
    for (const offering of base.offerings.offerings) expect(text).toContain(offering.title);
    expect(text).toContain(base.anchoring.employerSide);
    for (const union of base.anchoring.unions) {
      expect(text).toContain(union.unionName);
      expect(text).toContain(union.representativeName);
    }
    expect(text).toContain('7,5');
    expect(text).toContain('Prosjektet varer fra 1. november 2021 til 1. desember 2022.');
    expect(text).toContain('1. Parter');
    expect(text).toContain('Sted og dato');
  });

  it('is written in nynorsk when the application is', async () => {
    const view = await t.app.inject({
      url: `/api/applications/${id}`,
      headers: await authHeaders(t, 'applicant-ntnu'),
    });
    const version =
      view
        .json<{ sections: { id: string; version: number }[] }>()
        .sections.find((s) => s.id === 'project')?.version ?? 0;
    const saved = await saveSection(t, id, 'project', { ...base.project, language: 'nn' }, version);
    expect(saved.statusCode, saved.body).toBe(200);
    const text = await textOf((await agreement()).rawPayload);
    expect(text).toContain('1. Partar');
    expect(text).toContain('Stad og dato');
    expect(text).toContain('Prosjektet varer frå 1. november 2021 til 1. desember 2022.');
    await saveSection(t, id, 'project', base.project, version + 1);
  });

  it('R34: another institution gets 404', async () => {
    const res = await agreement('applicant-kristiania');
    expect(res.statusCode).toBe(404);
  });

  describe('the blank template on the public call page', () => {
    it('is public, in bokmål by default and in nynorsk on request', async () => {
      const nb = await t.app.inject({ url: `/api/calls/${SEED_CALL_ID}/agreement-template.docx` });
      expect(nb.statusCode, nb.body).toBe(200);
      expect(nb.headers['content-type']).toBe(DOCX);
      const nbText = await textOf(nb.rawPayload);
      expect(nbText).toContain('Samarbeidsavtale');
      expect(nbText).toContain('«Tilskudd til kompetanseløft for utsatte industriklynger»');
      expect(nbText).toContain('Navn med blokkbokstaver');
      const nn = await t.app.inject({
        url: `/api/calls/${SEED_CALL_ID}/agreement-template.docx?language=nn`,
      });
      expect(await textOf(nn.rawPayload)).toContain('Namn med blokkbokstavar');
    });

    it('is not found for an unknown call', async () => {
      const res = await t.app.inject({ url: '/api/calls/no-such-call/agreement-template.docx' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'call_not_found' });
    });
  });
});

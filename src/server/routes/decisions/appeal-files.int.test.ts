/**
 * A klage's attachments (R28): uploaded one by one while the party writes, inspected and scanned
 * like an application's files, filed with the klage in one transaction, read by the party and
 * the officer and by no one else; and the officers told in the same transaction.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import type {
  AppealDetail,
  AppealFile,
  OwnAppeal,
  OwnDecision,
} from '../../../web/api/decision-types.js';
import { callAs } from '../../../../test/helpers/cases.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import {
  issueDecisionsFor,
  KRISTIANIA,
  NTNU,
  type IssuedCase,
} from '../../../../test/helpers/decisions.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';
import {
  signedAgreementPdf,
  windowsExecutable,
} from '../../../../test/fixtures/files/build-files.js';
import { multipartBody, multipartContentType } from '../../../../test/fixtures/files/multipart.js';

describeEachDialect('klage attachments (R28)', (dialect) => {
  let t: TestApp;
  let kristiania: IssuedCase;
  let ntnu: IssuedCase;
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  const upload = async (persona: string, applicationId: string, fileName: string, bytes: Buffer) =>
    t.app.inject({
      method: 'POST',
      url: `/api/applications/${applicationId}/decision/appeal/files`,
      headers: {
        authorization: `Bearer ${await t.tokenFor(persona)}`,
        'content-type': multipartContentType,
        'accept-language': 'nb',
      },
      payload: multipartBody({ fileName, bytes }),
    });
  const fileAppeal = (applicationId: string, body: unknown) =>
    callAs(
      t,
      'applicant-kristiania',
      'POST',
      `/api/applications/${applicationId}/decision/appeal`,
      body,
    );
  const stored = async () =>
    Number(
      (
        await t.ctx.store.db
          .selectFrom('appeal_attachment')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.clock.set(osloWallTimeToInstant('2021-11-20T10:00'), { frozen: true });
    const issued = await issueDecisionsFor(
      t,
      [KRISTIANIA, NTNU, KRISTIANIA, NTNU],
      osloWallTimeToInstant('2021-12-01T11:00'),
    );
    const find = (orgnr: string) => {
      const found = issued.find((c) => c.orgnr === orgnr);
      if (!found) throw new Error(`no case of ${orgnr}`);
      return found;
    };
    kristiania = find(KRISTIANIA);
    ntnu = find(NTNU);
    await t.clock.set(osloWallTimeToInstant('2021-12-10T09:00'), { frozen: true });
  }, 120_000);
  afterAll(async () => t.close());

  it('R28: the decision tells the party what a klage may carry', async () => {
    const own = await callAs(
      t,
      'applicant-kristiania',
      'GET',
      `/api/applications/${kristiania.applicationId}/decision`,
    );
    expect(own.json<OwnDecision>()).toMatchObject({
      canAppeal: true,
      appealFileLimits: { maxFiles: 5, maxBytes: 20 * 1024 * 1024 },
    });
  });

  it('R28: a refused file and a file of a decision without appeal rights change nothing', async () => {
    const before = await stored();
    const exe = await upload(
      'applicant-kristiania',
      kristiania.applicationId,
      'tillegg.pdf',
      windowsExecutable(),
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({ code: 'attachment_executable' });
    // NTNU's tilskuddsbrev gives no right to appeal, so no file is taken in for one.
    const state = await upload(
      'applicant-ntnu',
      ntnu.applicationId,
      'tillegg.pdf',
      await signedAgreementPdf(),
    );
    expect(state.statusCode).toBe(422);
    expect(state.json()).toMatchObject({ code: 'appeal_not_open' });
    // Another institution's applicant reaches neither the decision nor its files.
    const other = await upload(
      'applicant-ntnu',
      kristiania.applicationId,
      'x.pdf',
      await signedAgreementPdf(),
    );
    expect(other.statusCode).toBe(404);
    expect(await stored()).toBe(before);
  });

  it('R28: files are filed with the klage, the officers are told, and both sides read the same bytes', async () => {
    const pdf = await signedAgreementPdf();
    const first = await upload(
      'applicant-kristiania',
      kristiania.applicationId,
      'Tilleggsopplysninger.pdf',
      pdf,
    );
    expect(first.statusCode, first.body).toBe(201);
    const file = first.json<AppealFile>();
    expect(file).toMatchObject({
      fileName: 'Tilleggsopplysninger.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.byteLength,
      sha256: sha(pdf),
    });
    const dropped = await upload(
      'applicant-kristiania',
      kristiania.applicationId,
      'utkast.pdf',
      pdf,
    );
    expect(dropped.statusCode).toBe(201);

    // A file id that is not this klage's refuses the whole klage: nothing is filed.
    const wrong = await fileAppeal(kristiania.applicationId, {
      text: 'Vi mener vurderingen av relevans er feil.',
      fileIds: [file.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ errors: [{ path: 'fileIds' }] });
    const still = await callAs(
      t,
      'applicant-kristiania',
      'GET',
      `/api/applications/${kristiania.applicationId}/decision`,
    );
    expect(still.json<OwnDecision>()).toMatchObject({ canAppeal: true, appeal: null });

    const filed = await fileAppeal(kristiania.applicationId, {
      text: 'Vi mener vurderingen av relevans er feil.',
      fileIds: [file.id],
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const appeal = filed.json<OwnAppeal>();
    expect(appeal.files.map((f) => f.id)).toEqual([file.id]);

    // The officers are told, in the filing's transaction.
    const told = await t.ctx.store.db
      .selectFrom('outbox_message')
      .select(['to_address', 'subject', 'text_body'])
      .where('topic', '=', 'appeal')
      .where('reference_id', '=', appeal.id)
      .execute();
    expect(told.map((m) => m.to_address)).toContain('siri.dahl@tilskudd.example');
    expect(told[0]?.subject).toMatch(/^Ny klage i sak /);
    expect(told[0]?.text_body).toContain(`/appeals/${appeal.id}`);
    expect(told[0]?.text_body).toContain('1 vedlegg');

    const detail = (
      await callAs(t, 'officer', 'GET', `/api/appeals/${appeal.id}`)
    ).json<AppealDetail>();
    expect(detail.files).toEqual([file]);
    const officerCopy = await callAs(
      t,
      'officer',
      'GET',
      `/api/appeals/${appeal.id}/files/${file.id}`,
    );
    expect(officerCopy.statusCode).toBe(200);
    expect(sha(officerCopy.rawPayload)).toBe(file.sha256);
    const partyCopy = await callAs(
      t,
      'applicant-kristiania',
      'GET',
      `/api/applications/${kristiania.applicationId}/decision/appeal/files/${file.id}`,
    );
    expect(sha(partyCopy.rawPayload)).toBe(file.sha256);
    // The file not filed is not the klage's: the officer does not reach it by this klage.
    const notFiled = await callAs(
      t,
      'officer',
      'GET',
      `/api/appeals/${appeal.id}/files/${dropped.json<AppealFile>().id}`,
    );
    expect(notFiled.statusCode).toBe(404);
    // Nor does an applicant of another institution reach the filed one.
    const stranger = await callAs(
      t,
      'applicant-ntnu',
      'GET',
      `/api/applications/${kristiania.applicationId}/decision/appeal/files/${file.id}`,
    );
    expect(stranger.statusCode).toBe(404);
    // Once filed, the klage takes no more files.
    const after = await upload('applicant-kristiania', kristiania.applicationId, 'sent.pdf', pdf);
    expect(after.statusCode).toBe(422);
    expect(after.json()).toMatchObject({ code: 'appeal_not_open' });
  });
});

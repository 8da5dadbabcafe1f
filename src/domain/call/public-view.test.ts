import { describe, expect, it } from 'vitest';
import seedCall from '../../../calls/kompetanseloft-industriklynger-2021/call.json' with { type: 'json' };
import havbrukCall from '../../../test/fixtures/calls/etterutdanning-havbruk-2023/call.json' with { type: 'json' };
import { parseCallDefinition } from './parse-call-definition.js';
import { toCallSummary, toPublicCallView } from './public-view.js';
import { callSummarySchema, publicCallViewSchema } from './public-view-schema.js';

const call = parseCallDefinition(seedCall, 'calls/kompetanseloft-industriklynger-2021/call.json');
const DURING_INTAKE = new Date('2021-09-01T10:00:00.000Z');

describe('public view of a call', () => {
  it('R2: shows the whole announcement, the programme and the contact person', () => {
    const view = toPublicCallView(call, DURING_INTAKE);
    expect(view.announcement.nb).toEqual(call.announcement.nb);
    expect(view.announcement.nn).toEqual(call.announcement.nn);
    expect(view.announcement.en).toEqual(call.announcement.en);
    expect(view.programme.name.nb).toBe('Kompetanseprogrammet');
    expect(view.programme.ministry.nb).toBe('Kunnskapsdepartementet');
    expect(view.programme.reform.nb).toBe('Lære hele livet');
    expect(view.scheme).toEqual(call.scheme);
    expect(view.contact).toEqual({
      name: 'Jon Albert Risahagen',
      phone: '93 49 53 94',
      email: 'jon.albert.risahagen@hkdir.no',
      organisation: call.contact.organisation,
    });
  });

  it('R3: gives the Oslo dates as instants and the project dates as plain dates', () => {
    expect(toPublicCallView(call, DURING_INTAKE).dates).toEqual({
      pagePublished: '2021-08-02T07:00:00.000Z',
      formOpens: '2021-08-16T07:00:00.000Z',
      deadline: '2021-09-15T15:00:00.000Z',
      projectStartLatest: '2021-12-31',
      projectEndLatest: '2022-12-15',
    });
  });

  it('R3: the phase follows the time it is asked at', () => {
    const at = (iso: string) => toPublicCallView(call, new Date(iso)).phase;
    expect(at('2021-08-01T12:00:00.000Z')).toBe('unpublished');
    expect(at('2021-08-10T12:00:00.000Z')).toBe('published');
    expect(at('2021-09-15T14:59:59.999Z')).toBe('open');
    expect(at('2021-09-15T15:00:00.000Z')).toBe('closed');
  });

  it('R4: says who may apply', () => {
    expect(toPublicCallView(call, DURING_INTAKE).eligibility).toEqual({
      summary: call.eligibility.summary,
      institutionCategories: ['universitet', 'vitenskapelig_hoyskole', 'akkreditert_hoyskole'],
      privateRequiresPublicFunding: true,
    });
  });

  it('R24: lists the criteria by id and title, in the call order', () => {
    const view = toPublicCallView(call, DURING_INTAKE);
    expect(view.criteria.map((c) => c.id)).toEqual(call.criteria.map((c) => c.id));
    expect(view.criteria[0]).toEqual({ id: call.criteria[0]?.id, title: call.criteria[0]?.title });
  });

  it('holds exactly the public fields: no rules, form or cost categories', () => {
    expect(Object.keys(toPublicCallView(call, DURING_INTAKE)).sort()).toEqual([
      'announcement',
      'contact',
      'criteria',
      'dates',
      'eligibility',
      'id',
      'phase',
      'potNok',
      'programme',
      'scheme',
      'summary',
      'title',
    ]);
  });

  it('survives a JSON round trip unchanged, as the API sends it', () => {
    const view = toPublicCallView(call, DURING_INTAKE);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('passes the schema the API validates its answers with', () => {
    const view = toPublicCallView(call, DURING_INTAKE);
    expect(publicCallViewSchema.parse(view)).toEqual(view);
    const summary = toCallSummary(call, DURING_INTAKE);
    expect(callSummarySchema.parse(summary)).toEqual(summary);
  });

  it('changing the view leaves the loaded call untouched', () => {
    const view = toPublicCallView(call, DURING_INTAKE);
    view.title.nb = 'changed';
    const list = view.announcement.nb.find((b) => b.type === 'list');
    if (list?.type === 'list') list.items.push('changed');
    view.eligibility.institutionCategories.push('changed');
    expect(toPublicCallView(call, DURING_INTAKE)).toEqual(
      toPublicCallView(parseCallDefinition(seedCall, 'again'), DURING_INTAKE),
    );
  });

  it('R1: a second call needs no change to be shown', () => {
    const havbruk = parseCallDefinition(havbrukCall, 'havbruk.json');
    const view = toPublicCallView(havbruk, new Date('2023-01-15T12:00:00.000Z'));
    expect(view.potNok).toBe(5_000_000);
    expect(view.phase).toBe('open');
    expect(view.dates.deadline).toBe('2023-02-01T11:00:00.000Z');
    expect(view.criteria).toHaveLength(5);
  });
});

describe('call summary', () => {
  it('R1: gives id, title, pot, deadline instant and phase', () => {
    expect(toCallSummary(call, new Date('2021-09-15T15:00:00.000Z'))).toEqual({
      id: 'kompetanseloft-industriklynger-2021',
      title: call.title,
      potNok: 20_000_000,
      deadline: '2021-09-15T15:00:00.000Z',
      phase: 'closed',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { copyFieldBack, fieldsInOrder, sameValue, valueAt } from './section-history-model.js';

describe('copyFieldBack', () => {
  it('copies one field of an old version into the draft and leaves the others as they are', () => {
    const draft = { title: 'Ny tittel', summary: 'Nytt sammendrag' };
    const old = { title: 'Gammel tittel', summary: 'Gammelt sammendrag' };
    expect(copyFieldBack(draft, old, ['title'])).toEqual({
      title: 'Gammel tittel',
      summary: 'Nytt sammendrag',
    });
  });

  it('copies an empty old field back as empty', () => {
    expect(
      copyFieldBack({ title: 'T', endDate: '2022-12-01' }, { title: 'T' }, ['endDate']),
    ).toEqual({ title: 'T' });
  });

  it('copies one field of a list item, matched by id, not by position', () => {
    const old = {
      companies: [
        { id: 'a', orgnr: '974760673', employees: 420 },
        { id: 'b', orgnr: '923609016', employees: 10 },
      ],
    };
    const draft = {
      companies: [
        { id: 'b', orgnr: '923609016', employees: 11 },
        { id: 'a', orgnr: '974760673', employees: 421 },
      ],
      cooperation: 'Tekst',
    };
    expect(copyFieldBack(draft, old, ['companies', 'a', 'employees'])).toEqual({
      companies: [
        { id: 'b', orgnr: '923609016', employees: 11 },
        { id: 'a', orgnr: '974760673', employees: 420 },
      ],
      cooperation: 'Tekst',
    });
  });

  it('brings back a removed item whole, at its old position', () => {
    const old = { lines: [{ id: 'l1', amountNok: 5 }, { id: 'l2', amountNok: 7 }, { id: 'l3' }] };
    const draft = { lines: [{ id: 'l1', amountNok: 5 }, { id: 'l3' }] };
    expect(copyFieldBack(draft, old, ['lines', 'l2', 'amountNok'])).toEqual({
      lines: [{ id: 'l1', amountNok: 5 }, { id: 'l2', amountNok: 7 }, { id: 'l3' }],
    });
    expect(copyFieldBack({}, old, ['lines', 'l3'])).toEqual({ lines: [{ id: 'l3' }] });
  });

  it('replaces an item whole when asked to, keyed by what makes it unique without an id', () => {
    const old = { financing: [{ sourceId: 'tilskudd', amountNok: 100 }] };
    const draft = {
      financing: [
        { sourceId: 'egeninnsats', amountNok: 1 },
        { sourceId: 'tilskudd', amountNok: 200 },
      ],
    };
    expect(copyFieldBack(draft, old, ['financing', 'tilskudd'])).toEqual({
      financing: [
        { sourceId: 'egeninnsats', amountNok: 1 },
        { sourceId: 'tilskudd', amountNok: 100 },
      ],
    });
  });

  it('changes nothing for a path the old version does not have', () => {
    const draft = { lines: [{ id: 'l1' }] };
    expect(copyFieldBack(draft, { lines: [] }, ['lines', 'l9'])).toBe(draft);
  });
});

describe('history helpers', () => {
  it('orders fields as the form does, unknown ones last', () => {
    expect(
      fieldsInOrder({ title: 1, endDate: 2, extra: 3, startDate: 4 }, [
        'title',
        'summary',
        'startDate',
        'endDate',
      ]),
    ).toEqual(['title', 'startDate', 'endDate', 'extra']);
  });

  it('reads a value at a path and compares values regardless of key order', () => {
    const content = { companies: [{ id: 'a', employees: 3 }] };
    expect(valueAt(content, ['companies', 'a', 'employees'])).toBe(3);
    expect(valueAt(content, ['companies', 'x'])).toBeUndefined();
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue('', undefined)).toBe(true);
    expect(sameValue(420, 421)).toBe(false);
  });
});

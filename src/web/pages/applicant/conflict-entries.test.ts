import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ApplicationView, CallFormView } from '../../api/types.js';
import { mergeContent } from '../../../domain/application/section-merge.js';
import nb from '../../i18n/nb.json' with { type: 'json' };
import { applyChoices, conflictEntries, type Describer } from './conflict-entries.js';
import type { DraftConflict } from './use-section-draft.js';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'nb', resources: { nb: { translation: nb } } });

// Only the parts of the form and the application the labels read.
const form = {
  budget: { phases: [], financingSources: [] },
  costCategories: [],
  attachmentKinds: [],
} as unknown as CallFormView;
const application = { sections: [] } as unknown as ApplicationView;
const describer = (kind: string): Describer => ({
  t: i18n.t,
  locale: 'nb',
  kind,
  form,
  application,
});

function conflictOf<T>(base: unknown, mine: T, theirs: T, self = false): DraftConflict<T> {
  return {
    current: { version: 2, content: theirs, updatedAt: '', updatedBy: { name: 'Kari', self } },
    base,
    mine,
    merged: mergeContent(base, mine, theirs),
  };
}

const base = {
  companies: [{ id: 'c-1', orgnr: '911111111', name: 'Verft AS', employees: 420 }],
  cooperation: 'Før',
};

describe('conflict entries', () => {
  it('lists only the fields both changed, with the form’s labels and values as the form shows them', () => {
    const kari = {
      ...base,
      companies: [{ ...base.companies[0], employees: 1421 }],
      cooperation: 'Karis',
    };
    const ola = {
      companies: [{ ...base.companies[0], employees: 1500, name: 'Verft ASA' }],
      cooperation: 'Før',
    };
    const entries = conflictEntries(conflictOf(base, ola, kari), describer('cluster'));
    expect(entries.map((e) => [e.label, e.mine, e.theirs])).toEqual([
      ['Verft ASA: Antall ansatte', '1500', '1421'],
    ]);
  });

  it('a text both changed can be written from both; the chosen values are what is saved', () => {
    const kari = { ...base, cooperation: 'Karis tekst' };
    const ola = {
      ...base,
      cooperation: 'Olas tekst',
      companies: [{ ...base.companies[0], employees: 421 }],
    };
    const conflict = conflictOf(base, ola, kari);
    const entries = conflictEntries(conflict, describer('cluster'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      label: 'Samarbeidet i klyngen',
      texts: { mine: 'Olas tekst', theirs: 'Karis tekst' },
    });
    const edited = applyChoices(conflict, entries, {
      cooperation: { kind: 'edit', text: 'Felles tekst' },
    });
    expect(edited).toEqual({
      companies: [{ ...base.companies[0], employees: 421 }],
      cooperation: 'Felles tekst',
    });
    const theirs = applyChoices(conflict, entries, { cooperation: { kind: 'theirs' } });
    expect(theirs.cooperation).toBe('Karis tekst');
    expect(theirs.companies[0]?.employees).toBe(421);
  });

  it('a company removed by one and changed by the other is one entry, never JSON; keeping mine restores it', () => {
    const kari = { ...base, companies: [] };
    const ola = {
      ...base,
      companies: [{ ...base.companies[0], employees: 421, trainingNeed: 'Sveising' }],
    };
    const conflict = conflictOf(base, ola, kari);
    const entries = conflictEntries(conflict, describer('cluster'));
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry?.label).toBe('Verft AS');
    expect(entry?.theirs).toBe('(fjernet)');
    expect(entry?.mine).toBe('Antall ansatte: 421\nOpplæringsbehov: Sveising');
    expect(`${entry?.mine}${entry?.theirs}`).not.toMatch(/[{}[\]"]/);
    const restored = applyChoices(conflict, entries, { [entry?.key ?? '']: { kind: 'mine' } });
    expect(restored.companies).toEqual(ola.companies);
  });
});

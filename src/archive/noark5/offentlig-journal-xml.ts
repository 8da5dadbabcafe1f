/**
 * The public journal as Noark 5's `offentligJournal.xml` (version 5.5, vendor/noark5/
 * offentligJournal.xsd), ready for eInnsyn. Written from the public view only, so a screened
 * full title cannot reach it. Element order follows the schema's sequences.
 */
import type { PublicJournal, PublicJournalEntry } from '../../web/api/journal-types.js';

export const OFFENTLIG_JOURNAL_NS = 'http://www.arkivverket.no/standarder/noark5/offentligJournal';

export interface ArchiveCreator {
  id: string;
  name: string;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function el(name: string, value: string | number, indent: string): string {
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Noark's korrespondanseparttype: the sender of what came in, the recipient of what went out. */
function partyType(type: PublicJournalEntry['type']): string {
  if (type === 'I') return 'Avsender';
  if (type === 'U') return 'Mottaker';
  return 'Intern mottaker';
}

function registration(entry: PublicJournalEntry): string[] {
  const [caseYear, caseSeq] = entry.caseNumber.split('/').map(Number);
  const lines = [
    '  <journalregistrering>',
    '    <saksmappe>',
    el('saksaar', caseYear ?? entry.year, '      '),
    el('sakssekvensnummer', caseSeq ?? 0, '      '),
  ];
  if (entry.caseTitle !== '') lines.push(el('offentligTittel', entry.caseTitle, '      '));
  lines.push('    </saksmappe>', '    <journalpost>');
  lines.push(el('systemID', entry.id, '      '));
  lines.push(el('journalaar', entry.year, '      '));
  lines.push(el('journalsekvensnummer', entry.seq, '      '));
  lines.push(el('journalpostnummer', entry.caseEntryNo, '      '));
  lines.push(el('offentligTittel', entry.title, '      '));
  if (entry.screened) lines.push(el('skjermingMetadata', 'tittel', '      '));
  lines.push(el('journaldato', entry.journalDate, '      '));
  lines.push(el('dokumentetsDato', entry.documentDate, '      '));
  if (entry.screeningBasis !== null) {
    lines.push(el('tilgangsrestriksjon', 'Unntatt offentlighet', '      '));
    lines.push(el('skjermingshjemmel', entry.screeningBasis, '      '));
  }
  lines.push('      <korrespondansepart>');
  lines.push(el('korrespondanseparttype', partyType(entry.type), '        '));
  lines.push(el('korrespondansepartNavn', entry.party, '        '));
  lines.push('      </korrespondansepart>', '    </journalpost>', '  </journalregistrering>');
  return lines;
}

/**
 * The file's text. The schema wants at least one journalregistrering, so an empty period has no
 * file: the caller answers that there is nothing to publish.
 */
export function offentligJournalXml(
  journal: PublicJournal,
  creators: readonly ArchiveCreator[],
): string {
  if (journal.entries.length === 0)
    throw new Error('offentligJournal.xml needs at least one entry');
  if (creators.length === 0) throw new Error('offentligJournal.xml needs an archive creator');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<offentligJournal xmlns="${OFFENTLIG_JOURNAL_NS}">`,
    '  <journalhode>',
    el('journalStartDato', journal.from, '    '),
    el('journalSluttDato', journal.to, '    '),
    el('antallJournalposter', journal.entries.length, '    '),
  ];
  for (const creator of creators) {
    lines.push('    <arkivskaper>');
    lines.push(el('arkivskaperID', creator.id, '      '));
    lines.push(el('arkivskaperNavn', creator.name, '      '));
    lines.push('    </arkivskaper>');
  }
  lines.push('  </journalhode>');
  for (const entry of journal.entries) lines.push(...registration(entry));
  lines.push('</offentligJournal>', '');
  return lines.join('\n');
}

import { describe, expect, it } from 'vitest';
import { PUBLIC_AWARDS_CSV_HEADER, publicAwardsCsv } from './read-public-awards.js';

describe('the public award list as CSV', () => {
  const award = {
    institutionName: 'Høyskolen Kristiania',
    institutionOrgnr: '954831604',
    projectTitle: 'Sveising; automatisering og "havvind"',
    caseNumber: 'SAK-KOMP21-0007',
    grantNok: 1_200_000,
    county: null,
    issuedAt: '2021-12-01T10:00:00.000Z',
  };

  it('has the documented header, whole kroner, quotes where needed and no formulas', () => {
    const csv = publicAwardsCsv([award, { ...award, projectTitle: '=HYPERLINK("x")' }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(PUBLIC_AWARDS_CSV_HEADER.join(';'));
    expect(lines[1]).toBe(
      'Høyskolen Kristiania;954831604;"Sveising; automatisering og ""havvind""";SAK-KOMP21-0007;1200000;;2021-12-01T10:00:00.000Z',
    );
    expect(lines[2]?.split(';')[2]).toBe(`"'=HYPERLINK(""x"")"`);
    expect(lines.at(-1)).toBe('');
  });
});

/**
 * Norwegian counties (fylker) by the first two digits of a municipality number. Includes the
 * 2020–2023 counties, since register data and older applications still carry those numbers.
 */
const counties: Record<string, string> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '30': 'Viken',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '38': 'Vestfold og Telemark',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '54': 'Troms og Finnmark',
  '55': 'Troms',
  '56': 'Finnmark',
};

export function findCountyOfMunicipality(municipalityNumber: string | null): string | null {
  if (municipalityNumber === null || !/^\d{4}$/.test(municipalityNumber)) return null;
  return counties[municipalityNumber.slice(0, 2)] ?? null;
}

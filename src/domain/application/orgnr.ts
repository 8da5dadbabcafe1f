/**
 * Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a MOD11 check digit
 * over the first eight with the weights Brønnøysundregistrene publish.
 */
const ORGNR = /^\d{9}$/;
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * The check digit for the first eight digits, or null when none exists: numbers whose weighted
 * sum leaves remainder 1 would need a check digit of 10, so the register never issues them.
 */
export function computeOrgnrCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(firstEight[index]);
  });
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  const check = 11 - remainder;
  return check === 10 ? null : check;
}

/** True for nine digits whose last digit is the MOD11 check digit of the first eight. */
export function isValidOrgnr(orgnr: string): boolean {
  if (!ORGNR.test(orgnr)) return false;
  const check = computeOrgnrCheckDigit(orgnr.slice(0, 8));
  return check !== null && check === Number(orgnr[8]);
}

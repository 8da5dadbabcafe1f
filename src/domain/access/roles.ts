/** The roles of the system. A role grant may be tied to an institution (applicants act for one). */
export const roles = ['applicant', 'officer', 'assessor', 'leader', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface RoleGrant {
  role: Role;
  /** Set for applicants: the institution they act for. */
  institutionOrgnr: string | null;
}

export interface Principal {
  userId: string;
  name: string;
  email: string | null;
  roles: RoleGrant[];
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function hasRole(principal: Principal | null, role: Role): boolean {
  return principal?.roles.some((g) => g.role === role) ?? false;
}

/** Institutions the principal may act for as an applicant. */
export function institutionsOf(principal: Principal | null): string[] {
  return (principal?.roles ?? [])
    .filter((g) => g.role === 'applicant' && g.institutionOrgnr !== null)
    .map((g) => g.institutionOrgnr as string);
}

import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../api/types.js';

/** "Søker for Universitetet i Oslo", "Saksbehandler": one role in the active language. */
export function useRoleLine(): (grant: RoleGrant) => string {
  const { t } = useTranslation();
  return (grant) => {
    const role = t(`role.${grant.role}`);
    return grant.institution
      ? t('role.withInstitution', { role, institution: grant.institution.name })
      : role;
  };
}

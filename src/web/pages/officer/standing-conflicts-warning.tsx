/**
 * A tie registered after an assignment (R26): the server bars the assessor from the case until
 * the officer acts, and the officer is told here, on the case's assessors panel.
 */
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '../../api/case-types.js';

export function StandingConflictsWarning({ assignments }: { assignments: Assignment[] }) {
  const { t } = useTranslation();
  const barred = assignments.filter((a) => a.standingConflicts.length > 0);
  if (barred.length === 0) return null;
  return (
    <>
      {barred.map((a) => (
        <Alert key={a.id} data-color="warning" className="standing-conflict">
          <Heading level={3} data-size="xs">
            {t('limits.standingConflict.heading', { name: a.assessor.name })}
          </Heading>
          <ul>
            {a.standingConflicts.map((c) => (
              <li key={`${c.orgnr}-${c.role}-${c.party}`}>
                {t('cases.assessors.conflictLine', {
                  role: t(`adminAssessors.role.${c.role}`),
                  org: c.orgName,
                  orgnr: c.orgnr,
                  party: t(`cases.assessors.party.${c.party}`),
                })}
              </li>
            ))}
          </ul>
          <Paragraph>{t('limits.standingConflict.text', { name: a.assessor.name })}</Paragraph>
        </Alert>
      ))}
    </>
  );
}

/**
 * On the public call page: a way to the list of grants, shown only once there are any. Kept apart
 * from the awards page so the call page's chunk does not carry the table.
 */
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { publicAwardsApi } from '../../api/decisions.js';
import { useApiResource } from '../../shell/use-api-resource.js';

export function AwardsLink({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const { resource } = useApiResource(callId, publicAwardsApi.list);
  if (resource.status !== 'ready' || resource.data.length === 0) return null;
  return (
    <Paragraph className="awards-link">
      <Link asChild>
        <RouterLink to={`/calls/${encodeURIComponent(callId)}/awards`}>
          {t('decisions.awards.link', { count: resource.data.length })}
        </RouterLink>
      </Link>
    </Paragraph>
  );
}

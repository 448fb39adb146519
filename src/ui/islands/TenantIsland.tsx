import type { Locale } from '../../domain/types';
import { can } from '../../domain/permissions';
import { Shell } from '../portal/Shell';
import { TenantExport } from '../tenant/TenantExport';
import { t } from '../i18n';

/**
 * Export Tenant Data and its history, for the guide about tenant data. An empty sandbox
 * shows the first page, where a tenant export is restored.
 */
export default function TenantIsland(props: { lang: Locale }) {
  return (
    <Shell lang={props.lang} island="tenant" compact>
      {(session) =>
        can(session.actorCtx, 'org.manage') ? (
          <TenantExport />
        ) : (
          <p class="kl-alert">{t('tenant.export.orgAdminsOnly')}</p>
        )
      }
    </Shell>
  );
}

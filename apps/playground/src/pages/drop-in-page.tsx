/**
 * `/`: the drop-in `<AccountCenter/>`, inside the providers the mode set up (the hooks provider)
 * and the UI provider with the dev panel's locale, theme and branding. The social-link return comes back
 * here (the default `redirectUri` is this page); `AccountCenter` opens the Security section when
 * a link is pending, and `SocialConnections` there finishes it.
 *
 * Deep entry: `/?task=phone&value=%2B442079460958` opens one task (see docs/deep-entry.md). The
 * page owns the URL: when the task ends (done or cancelled) it drops the parameters, replacing
 * the history entry, so Back and a reload do not open the task again.
 */
import { AccountCenterUiProvider } from '@account-center/ui';
import { AccountCenter } from '@account-center/ui/account-center';
import type { AccountCenterTask } from '@account-center/ui/account-center';
import { usePreferences } from '../preferences';
import { PATHS, navigate, useSearch } from '../routes';

const TASKS: readonly AccountCenterTask[] = [
  'email',
  'phone',
  'password',
  'totp',
  'backup-codes',
  'passkey',
  'delete-account',
];

const isTask = (value: string | null): value is AccountCenterTask =>
  TASKS.includes(value as AccountCenterTask);

/** The drop-in page. */
export function DropInPage() {
  const { locale, theme, branding } = usePreferences();
  const params = new URLSearchParams(useSearch());
  const task = params.get('task');
  return (
    <AccountCenterUiProvider
      locale={locale}
      theme={theme}
      branding={branding}
      className="pg-kit-root"
    >
      <h1>Account</h1>
      <AccountCenter
        appName="Account Center playground"
        task={isTask(task) ? task : undefined}
        taskValue={params.get('value') ?? undefined}
        onTaskEnd={() => navigate(PATHS.dropIn, { replace: true })}
      />
    </AccountCenterUiProvider>
  );
}

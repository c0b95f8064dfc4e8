import { lazy, useId, useRef, useState } from 'react';
import type { ComponentProps, ComponentType, KeyboardEvent, ReactNode } from 'react';
import {
  AccountCenterProvider,
  usePendingSocialLink,
  useTenantConfig,
  useFeature,
} from '@account-center/react/core';
import type { AccountCenterProviderProps, TenantConfig, FeatureName } from '@account-center/react';
import { useAreaI18n } from '../../i18n/area-i18n.js';
import { enDeleteAccount, enIdentifiers, enPassword, enSecurity } from '../../i18n/locales/en.js';
import type { MessageKey } from '../../i18n/types.js';
import { cx } from '../../lib/cx.js';
import { useControllableState } from '../../lib/use-controllable-state.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { AccountCenterUiProvider } from '../../provider/account-center-ui-provider.js';
import type { AccountCenterUiProviderProps } from '../../provider/account-center-ui-provider.js';
import { TenantLogo } from '../../provider/tenant-logo.js';
import { useDeleteAccountMode } from '../delete-account/delete-account-mode.js';
import type { DeleteAccountProps } from '../delete-account/delete-account.js';
import { VerificationDialog } from '../verification/lazy-verification-dialog.js';
import { SectionBoundary, SectionSkeleton } from './section-boundary.js';
import type {
  AccountCenterComponentProps,
  AccountCenterComponents,
  BuiltinSectionProps,
  SectionErrorHandler,
} from './section-parts.js';

/** The kit's built-in sections (pages of the navigation). */
export type AccountCenterSectionId = 'profile' | 'security' | 'sessions';

/** A section of your own, shown in the navigation like the built-in ones. */
export interface AccountCenterCustomSection {
  /** Unique, stable; used for `section`/`onSectionChange` and as the DOM id suffix. */
  id: string;
  /** The navigation label. */
  title: ReactNode;
  content: ReactNode;
}

/** A built-in section by id, or your own. */
export type AccountCenterSection = AccountCenterSectionId | AccountCenterCustomSection;

const DEFAULT_SECTIONS: readonly AccountCenterSection[] = ['profile', 'security', 'sessions'];

/** A single task an app can link straight to (deep entry): its section opens with its flow. */
export type AccountCenterTask =
  'email' | 'phone' | 'password' | 'totp' | 'backup-codes' | 'passkey' | 'delete-account';

/** How a deep-entry task ended: done, or closed by the user. */
export type AccountCenterTaskOutcome = 'success' | 'cancel';

/** Where each task lives: its section, the part that runs it, the feature that gates it. */
const TASKS: Record<
  AccountCenterTask,
  {
    section: AccountCenterSectionId;
    part: keyof AccountCenterComponentProps;
    /** `undefined`: account deletion, gated by the app's handler or the tenant's link. */
    feature: FeatureName | undefined;
    title: MessageKey;
  }
> = {
  email: { section: 'profile', part: 'email', feature: 'email', title: 'email.title' },
  phone: { section: 'profile', part: 'phone', feature: 'phone', title: 'phone.title' },
  password: { section: 'security', part: 'password', feature: 'password', title: 'password.title' },
  totp: { section: 'security', part: 'totp', feature: 'totp', title: 'totp.title' },
  'backup-codes': {
    section: 'security',
    part: 'backupCodes',
    feature: 'backupCodes',
    title: 'backupCodes.title',
  },
  passkey: { section: 'security', part: 'passkeys', feature: 'passkey', title: 'passkey.title' },
  'delete-account': {
    section: 'security',
    part: 'deleteAccount',
    feature: undefined,
    title: 'deleteAccount.title',
  },
};

/** The callbacks every flow component takes (their `onSuccess` arguments differ). */
interface FlowCallbacks {
  onSuccess?: (...args: never[]) => void;
  onCancel?: () => void;
}

/**
 * `componentProps` with the task's part opened (`defaultOpen`, `defaultValue` for email and
 * phone) and its outcome reported after the part's own callbacks.
 */
function withTask(
  componentProps: AccountCenterComponentProps,
  task: AccountCenterTask,
  value: string | undefined,
  end: (outcome: AccountCenterTaskOutcome) => void,
): AccountCenterComponentProps {
  const { part } = TASKS[task];
  const given = (componentProps[part] ?? {}) as FlowCallbacks;
  return {
    ...componentProps,
    [part]: {
      ...given,
      defaultOpen: true,
      ...(value !== undefined && (part === 'email' || part === 'phone')
        ? { defaultValue: value }
        : {}),
      onSuccess: (...args: never[]) => {
        given.onSuccess?.(...args);
        end('success');
      },
      onCancel: () => {
        given.onCancel?.();
        end('cancel');
      },
    },
  };
}

/**
 * Each built-in section is its own chunk: the page loads the components of the section on
 * screen, and fetches another section's code when the user points at or focuses its link.
 */
const loaders: Record<
  AccountCenterSectionId,
  () => Promise<{ default: ComponentType<BuiltinSectionProps> }>
> = {
  profile: () =>
    import('./profile-section.js').then((module) => ({ default: module.ProfileSection })),
  security: () =>
    import('./security-section.js').then((module) => ({ default: module.SecuritySection })),
  sessions: () =>
    import('./sessions-section.js').then((module) => ({ default: module.SessionsSection })),
};
const lazySections: Record<AccountCenterSectionId, ComponentType<BuiltinSectionProps>> = {
  profile: lazy(loaders.profile),
  security: lazy(loaders.security),
  sessions: lazy(loaders.sessions),
};
const preload = (section: AccountCenterSection) => {
  if (typeof section === 'string') void loaders[section]().catch(() => undefined);
};

const readable = (fact: { value?: string | undefined }) =>
  fact.value === 'ReadOnly' || fact.value === 'Edit';
/** Unknown counts: the component asks the server and hides itself when the field is Off. */
const notOff = (fact: { value?: string | undefined; source: string }) =>
  fact.source === 'unknown' || readable(fact);

/** Which built-in sections have something to show, from the tenant's settings. */
export function visibleBuiltinSections(
  settings: TenantConfig,
  options: { canDeleteAccount: boolean },
): Record<AccountCenterSectionId, boolean> {
  const { fields, offeredMfaFactors } = settings;
  const mfa = notOff(fields.mfa) && offeredMfaFactors.some((factor) => factor !== 'WebAuthn');
  const passkey = notOff(fields.passkey) && offeredMfaFactors.includes('WebAuthn');
  return {
    profile: (['name', 'avatar', 'profile', 'username', 'email', 'phone'] as const).some((field) =>
      readable(fields[field]),
    ),
    security:
      readable(fields.password) ||
      mfa ||
      passkey ||
      readable(fields.social) ||
      options.canDeleteAccount,
    sessions: notOff(fields.session),
  };
}

export interface AccountCenterViewProps extends Omit<ComponentProps<'div'>, 'children' | 'dir'> {
  /**
   * Which sections, in which order, including your own:
   * `['profile', 'security', { id: 'billing', title: 'Billing', content: <Billing /> }]`.
   * Built-in sections with nothing visible (every field Off) are left out. Default
   * `['profile', 'security', 'sessions']`.
   */
  sections?: readonly AccountCenterSection[];
  /** The active section (controlled). */
  section?: string;
  /** The section shown first (uncontrolled). Default: the first visible one. */
  defaultSection?: string;
  onSectionChange?: (section: string) => void;
  /** Your app's name: TOTP issuer, backup-code file heading. */
  appName?: string;
  /** Offer in-app deletion through your backend (see `DeleteAccount`). */
  onDeleteAccount?: DeleteAccountProps['onDeleteAccount'];
  /** Per-component props for the built-in sections. */
  componentProps?: AccountCenterComponentProps;
  /**
   * Your own components in place of the kit's, by key: any part of a built-in section
   * (`password`, `passkeys`, `sessions`, …) or of the page (`verificationDialog`,
   * `sectionSkeleton`). See `AccountCenterComponents` for the props each receives.
   */
  components?: AccountCenterComponents;
  /** A section crashed (it shows an inline error with Try again; the others keep working). */
  onSectionError?: SectionErrorHandler;
  /**
   * Deep entry: open straight at one task, e.g. from a "Add a phone number" banner. Its section is
   * shown (unless `section` is controlled) and its flow opens, focused, once. When the tenant
   * turned the task's field Off (or deletion is not offered), the section shows why instead.
   * A new value opens the new task.
   */
  task?: AccountCenterTask | undefined;
  /** Prefill for the task's first field (`email`, `phone`). */
  taskValue?: string | undefined;
  /**
   * The task finished (`success`) or the user closed it (`cancel`): navigate, e.g. back to where
   * the link came from. Called after the part's own `componentProps` `onSuccess`/`onCancel`.
   */
  onTaskEnd?: (outcome: AccountCenterTaskOutcome) => void;
}

/** UI options, used when `AccountCenter` composes the providers itself: the UI provider's own. */
export type AccountCenterUiOptions = Pick<
  AccountCenterUiProviderProps,
  'locale' | 'theme' | 'branding' | 'messages' | 'nonce' | 'dir' | 'fallback'
>;

/** The hooks provider's props minus `children` and `locale` (each branch of its union kept). */
type ProviderConnection = AccountCenterProviderProps extends infer Props
  ? Props extends unknown
    ? Omit<Props, 'children' | 'locale'>
    : never
  : never;

/** Every key of every branch of the union. */
type KeysOfUnion<T> = T extends unknown ? keyof T : never;

/**
 * Which props go to which provider. Typed as a record over every key, so the type check fails
 * when either provider gains a prop that is not sorted here: none is dropped on the way.
 */
const PROVIDER_PROP: Record<KeysOfUnion<ProviderConnection>, true> = {
  endpoint: true,
  getAccessToken: true,
  client: true,
  fetch: true,
  onUnauthorized: true,
  settings: true,
  queryClient: true,
  onVerificationRequired: true,
  verificationPrompt: true,
  navigate: true,
  now: true,
  syncTabs: true,
  onSignOut: true,
};
const UI_PROP: Record<keyof AccountCenterUiOptions, true> = {
  locale: true,
  theme: true,
  branding: true,
  messages: true,
  nonce: true,
  dir: true,
  fallback: true,
};

/**
 * Props of `AccountCenter`. Inside `AccountCenterProvider` + `AccountCenterUiProvider`, pass only
 * the view props. Standalone, add the hooks provider's props (`endpoint` + `getAccessToken`, or
 * `client`, and any other, e.g. `syncTabs`, `onSignOut`) and the UI provider's
 * (`AccountCenterUiOptions`), and it composes both providers itself.
 */
export type AccountCenterProps = AccountCenterViewProps &
  ({ endpoint?: undefined; client?: undefined } | (ProviderConnection & AccountCenterUiOptions));

const sectionId = (section: AccountCenterSection) =>
  typeof section === 'string' ? section : section.id;

/**
 * The drop-in account page: navigation (a sidebar when its container is wide, a tab row when
 * narrow, decided by container queries, not the user agent) over Profile, Security and
 * Devices, plus your own sections. Sections the tenant turned Off are not listed; each part
 * loads, fails and retries on its own; step-up opens as one shared dialog.
 * @example
 * // Inside your providers:
 * <AccountCenter sections={['security', 'profile']} onDeleteAccount={deleteMe} />
 * // Or standalone:
 * <AccountCenter endpoint="https://tenant.logto.app" getAccessToken={getAccessToken} locale="ko" />
 */
export function AccountCenter(props: AccountCenterProps) {
  if (props.endpoint === undefined && props.client === undefined) {
    const { endpoint: _endpoint, client: _client, ...view } = props;
    return <AccountCenterView {...view} />;
  }
  // Sorted by key, whatever the props are: the records above keep the sorting complete, so the
  // three groups are the three prop types.
  const provider: Record<string, unknown> = {};
  const ui: Record<string, unknown> = {};
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    (key in PROVIDER_PROP ? provider : key in UI_PROP ? ui : view)[key] = value;
  }
  // The locale is also the API's `Accept-Language` (used with `endpoint`; a `client` has its own).
  if (!props.client) provider.locale = props.locale;
  return (
    <AccountCenterProvider {...(provider as unknown as AccountCenterProviderProps)}>
      <AccountCenterUiProvider {...(ui as AccountCenterUiOptions)}>
        <AccountCenterView {...(view as AccountCenterViewProps)} />
      </AccountCenterUiProvider>
    </AccountCenterProvider>
  );
}

/** The visible sections, in order, for building your own navigation. */
export function useAccountCenterSections(
  sections: readonly AccountCenterSection[] = DEFAULT_SECTIONS,
  options: { onDeleteAccount?: DeleteAccountProps['onDeleteAccount'] } = {},
): { sections: AccountCenterSection[]; isLoading: boolean } {
  const settings = useTenantConfig();
  const deletion = useDeleteAccountMode({ onDeleteAccount: options.onDeleteAccount });
  const visible = visibleBuiltinSections(settings, {
    canDeleteAccount: deletion.mode !== 'none',
  });
  const seen = new Set<string>();
  return {
    sections: sections.filter((section) => {
      const id = sectionId(section);
      if (seen.has(id)) return false;
      seen.add(id);
      return typeof section !== 'string' || visible[section];
    }),
    isLoading: settings.isLoading,
  };
}

function AccountCenterView({
  sections: requested = DEFAULT_SECTIONS,
  section,
  defaultSection,
  onSectionChange,
  appName,
  onDeleteAccount,
  componentProps = {},
  components = {},
  onSectionError,
  task,
  taskValue,
  onTaskEnd,
  className,
  ...props
}: AccountCenterViewProps) {
  // The deep-entry tasks' titles come from these areas.
  const { t } = useAreaI18n(enSecurity, enIdentifiers, enPassword, enDeleteAccount);
  const baseId = useId();
  const navRef = useRef<HTMLUListElement>(null);
  const { sections, isLoading } = useAccountCenterSections(requested, { onDeleteAccount });
  // Back from a social provider (a link round trip is pending in this tab): `SocialConnections`
  // in Security finishes the link, so that section opens.
  const returningFromProvider = usePendingSocialLink();
  const [chosen, setChosen] = useControllableState({
    value: section,
    defaultValue: defaultSection ?? '',
    onChange: onSectionChange,
  });
  // The deep-entry task: open until it ends; its section shown until the user picks another.
  // A task that ends by the app dropping it (`task` back to undefined) keeps its section in view.
  const [entry, setEntry] = useState<{
    task: AccountCenterTask | undefined;
    open: boolean;
    moved: boolean;
    kept?: AccountCenterSectionId | undefined;
  }>({ task, open: true, moved: false });
  if (entry.task !== task) {
    const kept = entry.moved ? undefined : entry.task ? TASKS[entry.task].section : entry.kept;
    setEntry({ task, open: true, moved: false, kept: task ? undefined : kept });
  }
  const taskInfo = task && !entry.moved ? TASKS[task] : undefined;
  const taskFeature = useFeature(taskInfo?.feature ?? 'email');
  const taskDeletion = useDeleteAccountMode({
    onDeleteAccount: componentProps.deleteAccount?.onDeleteAccount ?? onDeleteAccount,
    deleteAccountUrl: componentProps.deleteAccount?.deleteAccountUrl,
  });
  const taskOff =
    !!taskInfo &&
    (taskInfo.feature ? taskFeature.status === 'hidden' : taskDeletion.mode === 'none') &&
    !taskDeletion.isLoading;
  const endTask = (outcome: AccountCenterTaskOutcome) => {
    setEntry((current) => ({ ...current, open: false }));
    onTaskEnd?.(outcome);
  };
  const partProps =
    task && entry.open && !entry.moved
      ? withTask(componentProps, task, taskValue, endTask)
      : componentProps;
  const wanted =
    (section === undefined && !entry.moved ? (taskInfo?.section ?? entry.kept) : undefined) ||
    chosen ||
    (returningFromProvider ? 'security' : '');
  const active = sections.find((entry) => sectionId(entry) === wanted) ?? sections[0];
  const activeId = active ? sectionId(active) : undefined;
  const label = (entry: AccountCenterSection) =>
    typeof entry === 'string' ? t(`common.nav.${entry}`) : entry.title;
  const pageId = (id: string) => `${baseId}-section-${id}`;

  // Arrow keys move between the navigation items (Home/End to the ends); Enter/Space opens.
  const onNavKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(navRef.current?.querySelectorAll('button') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (index === -1) return;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const next: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      ArrowRight: rtl ? index - 1 : index + 1,
      ArrowLeft: rtl ? index + 1 : index - 1,
      Home: 0,
      End: items.length - 1,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    items[(target + items.length) % items.length]?.focus();
  };

  const sectionProps: BuiltinSectionProps = {
    appName,
    onDeleteAccount,
    componentProps: partProps,
    components,
    onSectionError,
  };
  const Prompt = components.verificationDialog ?? VerificationDialog;
  const Skeleton = components.sectionSkeleton ?? SectionSkeleton;

  return (
    <div
      data-slot="account-center"
      data-state={isLoading ? 'loading' : sections.length ? 'ready' : 'empty'}
      className={cx('ac-account-center', className)}
      {...props}
    >
      <Prompt />
      <TenantLogo alt={appName ?? ''} />
      {isLoading ? (
        <div
          data-slot="account-center-layout"
          className="ac-account-center-layout"
          aria-busy="true"
        >
          <Skeleton />
          <Skeleton />
        </div>
      ) : !active || !activeId ? (
        <Alert data-slot="account-center-empty">
          <AlertDescription>{t('layout.nothingToShow')}</AlertDescription>
        </Alert>
      ) : (
        <div data-slot="account-center-layout" className="ac-account-center-layout">
          {sections.length > 1 && (
            <nav
              data-slot="account-center-nav"
              aria-label={t('common.nav.label')}
              className="ac-account-center-nav"
            >
              {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- arrow keys between the buttons inside */}
              <ul ref={navRef} onKeyDown={onNavKeyDown}>
                {sections.map((entry) => {
                  const id = sectionId(entry);
                  const current = id === activeId;
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        data-slot="account-center-nav-item"
                        data-state={current ? 'active' : 'inactive'}
                        className="ac-account-center-nav-item"
                        aria-current={current ? 'page' : undefined}
                        aria-controls={current ? pageId(id) : undefined}
                        onClick={() => {
                          setChosen(id);
                          // Moving on leaves the task: it neither reopens nor pulls focus back.
                          if (id !== activeId) setEntry((current) => ({ ...current, moved: true }));
                        }}
                        onPointerEnter={() => preload(entry)}
                        onFocus={() => preload(entry)}
                      >
                        {label(entry)}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
          <div
            key={activeId}
            id={pageId(activeId)}
            data-slot="account-center-page"
            data-section={activeId}
            className="ac-account-center-page"
          >
            {taskOff && taskInfo && (
              <Alert variant="warning" data-slot="account-center-task-off">
                <AlertDescription>
                  {t('layout.taskOff', { feature: t(taskInfo.title) })}
                </AlertDescription>
              </Alert>
            )}
            {typeof active === 'string' ? (
              <BuiltinSectionContent id={active} {...sectionProps} />
            ) : (
              <SectionBoundary
                onError={
                  onSectionError && ((error, info) => onSectionError(active.id, error, info))
                }
              >
                {active.content}
              </SectionBoundary>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

/** A built-in section's lazily loaded content, with both skeletons while its code arrives. */
function BuiltinSectionContent({
  id,
  ...props
}: BuiltinSectionProps & { id: AccountCenterSectionId }) {
  const Content = lazySections[id];
  const Skeleton = props.components?.sectionSkeleton ?? SectionSkeleton;
  return (
    <SectionBoundary
      fallback={
        <>
          <Skeleton />
          <Skeleton />
        </>
      }
      onError={props.onSectionError && ((error, info) => props.onSectionError?.(id, error, info))}
    >
      <Content {...props} />
    </SectionBoundary>
  );
}

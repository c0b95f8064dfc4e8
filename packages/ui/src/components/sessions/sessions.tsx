/**
 * The sessions section as parts (`Sessions.Root`, `.Header`, `.Title`, `.Description`,
 * `.Content`, `.List`, `.Item`, `.Empty`, `.SignOutOthers`, `.ReadOnlyNote`), Radix-style:
 * rearrange or replace them and keep the behaviour. `SessionList` is their usual composition.
 * `Root` holds the state (the sessions query, its step-up lock, the field's level); the other
 * parts read it and throw outside a `Root`.
 */
import { Fragment, createContext, useContext, useState } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import {
  useFeature,
  useEndSession,
  useSignOutOtherSessions,
  useSessions,
} from '@account-center/react';
import type { Session } from '@account-center/client';
import type { I18n } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { Badge } from '../../primitives/badge.js';
import { Button } from '../../primitives/button.js';
import { Section } from '../../primitives/card.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { parseUserAgent } from '../../lib/user-agent.js';
import { VerifyToView } from './verify-to-view.js';

type Formatters = Pick<I18n, 't' | 'locale' | 'formatList'>;

/** "Chrome on macOS", or whichever half is known, or "Unknown device". */
export function deviceName(userAgent: string | undefined, { t }: Pick<I18n, 't'>): string {
  const { browser, os } = parseUserAgent(userAgent);
  if (browser && os) return t('sessions.deviceOn', { browser, os });
  return browser ?? os ?? t('sessions.unknownDevice');
}

function regionName(country: string, locale: string) {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

/** "London, United Kingdom · IP address 203.0.113.10", from whatever the sign-in recorded. */
function whereFrom(session: Session, i18n: Formatters) {
  const context = session.lastSubmission?.signInContext;
  const parts = [context?.city, context?.country && regionName(context.country, i18n.locale)];
  const places = parts.filter((part): part is string => !!part);
  const location = places.length ? i18n.formatList(places, { type: 'unit', style: 'short' }) : '';
  const ip = context?.ip ? i18n.t('sessions.ipAddress', { ip: context.ip }) : '';
  if (location && ip) return i18n.t('sessions.locationAndIp', { location, ip });
  return location || ip;
}

/** Current session first, then the most recent sign-in. */
const byRecency = (a: Session, b: Session) =>
  Number(b.isCurrent) - Number(a.isCurrent) || b.payload.loginTs - a.payload.loginTs;

function RevokeAppsCheckbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label data-slot="session-revoke-grants" className="ac-checkbox">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

interface SessionsContextValue {
  sessions: ReturnType<typeof useSessions>;
  /** `locked`, `loading`, `error` or `ready`. */
  state: 'locked' | 'loading' | 'error' | 'ready';
  /** Unknown level: offer the actions; a `field_not_editable` answer then makes it ReadOnly. */
  editable: boolean;
  /** This device first, then the most recent sign-in. */
  list: Session[];
  others: Session[];
  /** The confirmations' "also remove the apps' access" choice. */
  revokeGrants: boolean;
  setRevokeGrants: (revoke: boolean) => void;
}

const SessionsContext = createContext<SessionsContextValue | null>(null);

function useSessionsContext(part: string): SessionsContextValue {
  const context = useContext(SessionsContext);
  if (!context) throw new Error(`<Sessions.${part}> must be used inside <Sessions.Root>.`);
  return context;
}

/** `Sessions.Root`'s props (and `SessionList`'s): a `<section>`'s. */
export type SessionsRootProps = ComponentProps<'section'>;

/**
 * The section (`<section>`, named by `Sessions.Header`) and the state its parts share. Reading the
 * list needs step-up, so `Sessions.List` first offers to verify. Nothing when `session` is Off.
 */
export function SessionsRoot({ className, children, ...props }: SessionsRootProps) {
  const sessions = useSessions();
  const [revokeGrants, setRevokeGrants] = useState(false);
  const feature = useFeature('session');
  if (feature.status === 'hidden') return null;
  const loading = !sessions.locked && sessions.isPending;
  const state = sessions.locked
    ? 'locked'
    : loading
      ? 'loading'
      : sessions.isError
        ? 'error'
        : 'ready';
  const list = [...(sessions.data?.sessions ?? [])].sort(byRecency);
  const context: SessionsContextValue = {
    sessions,
    state,
    editable: feature.status !== 'readonly',
    list,
    others: list.filter((session) => !session.isCurrent),
    revokeGrants,
    setRevokeGrants,
  };
  return (
    <SessionsContext.Provider value={context}>
      <Section
        data-slot="session-list"
        data-state={state}
        aria-busy={loading || undefined}
        className={cx('ac-session-list', className)}
        {...props}
      >
        {children}
      </Section>
    </SessionsContext.Provider>
  );
}

export type SessionsTitleProps = SectionTitleProps;

const headerParts = featureSectionParts({
  usePart: useSessionsContext,
  title: 'sessions.title',
  description: 'sessions.description',
  contentClassName: 'ac-stack',
  useI18n: useSecurityI18n,
});
/** The section's header; by default its title and description. */
export const SessionsHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const SessionsTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const SessionsDescription = headerParts.Description;
/** The section's body. */
export const SessionsContent = headerParts.Content;

/** `Sessions.List`'s props: a `<ul>`'s, with a row function as `children`. */
export interface SessionsListProps extends Omit<ComponentProps<'ul'>, 'children'> {
  /** One row per session (default `<Sessions.Item session={session} />`); keyed by the kit. */
  children?: (session: Session) => ReactNode;
}

/**
 * The sessions (`<ul>`, which takes `ref` and `className`), this device first; in its place the
 * offer to verify, a loading placeholder, or the load error with Retry.
 */
export function SessionsList({ children, className, ...props }: SessionsListProps) {
  const { sessions, state, list } = useSessionsContext('List');
  const { t } = useSecurityI18n();
  if (state === 'locked') {
    return (
      <VerifyToView
        description={t('sessions.verifyDescription')}
        action={t('sessions.verifyToView')}
        unlock={sessions.unlock}
      />
    );
  }
  if (state === 'loading') {
    return (
      <div className="ac-stack">
        <span className="ac-sr-only">{t('common.loading')}</span>
        <Skeleton className="ac-entry-skeleton" />
        <Skeleton className="ac-entry-skeleton" />
      </div>
    );
  }
  if (state === 'error') return <LoadFailed onRetry={() => void sessions.refetch()} />;
  return (
    <ul
      data-slot="session-items"
      aria-label={t('sessions.listLabel')}
      className={cx('ac-entries', className)}
      {...props}
    >
      {list.map((session) =>
        children ? (
          <Fragment key={session.payload.uid}>{children(session)}</Fragment>
        ) : (
          <SessionsItem key={session.payload.uid} session={session} />
        ),
      )}
    </ul>
  );
}

/** What a custom row body receives from `Sessions.Item`. */
export interface SessionsItemDetails {
  /** The session as listed. */
  session: Session;
  /** "Chrome on macOS", or "Unknown device". */
  device: string;
  /** "London, United Kingdom · IP address 203.0.113.10", or empty. */
  where: string;
  /** "Signed in … · Expires …", localized. */
  when: string;
}

/** `Sessions.Item`'s props: an `<li>`'s, the session, and an optional body. */
export interface SessionsItemProps extends Omit<ComponentProps<'li'>, 'children'> {
  /** The session this row shows. */
  session: Session;
  /** The row's body in place of device, place and dates; Sign out stays the kit's. */
  children?: ReactNode | ((details: SessionsItemDetails) => ReactNode);
}

/** One session (`<li>`): device, place, dates; Sign out (confirmation) for another device. */
export function SessionsItem({ session, children, className, ...props }: SessionsItemProps) {
  const { editable, revokeGrants, setRevokeGrants } = useSessionsContext('Item');
  const i18n = useSecurityI18n();
  const { t, formatDateTime, formatDate } = i18n;
  const announce = useAnnounce();
  const signOut = useEndSession();
  const device = deviceName(session.lastSubmission?.signInContext?.userAgent, i18n);
  const where = whereFrom(session, i18n);
  const when = `${t('sessions.signedIn', {
    date: formatDateTime(session.payload.loginTs * 1000),
  })} · ${t('sessions.expires', { date: formatDate(session.expiresAt) })}`;
  return (
    <li
      data-slot="session-item"
      data-state={session.isCurrent ? 'current' : 'other'}
      className={cx('ac-entry', className)}
      {...props}
    >
      <div className="ac-entry-main">
        {children === undefined ? (
          <>
            <span className="ac-entry-title">
              {/* From the user agent, which the client chose: direction-isolated. */}
              <bdi>{device}</bdi>
              {session.isCurrent && <Badge variant="primary">{t('sessions.thisDevice')}</Badge>}
            </span>
            {where && (
              <span className="ac-entry-meta">
                <bdi>{where}</bdi>
              </span>
            )}
            <span className="ac-entry-meta">{when}</span>
          </>
        ) : typeof children === 'function' ? (
          children({ session, device, where, when })
        ) : (
          children
        )}
      </div>
      {editable && !session.isCurrent && (
        <div className="ac-entry-actions">
          <ConfirmDialog
            onOpenChange={(open) => open && setRevokeGrants(false)}
            trigger={
              <Button size="sm" aria-label={t('sessions.signOutDevice', { device })}>
                {t('sessions.signOut')}
              </Button>
            }
            title={t('sessions.signOutTitle', { device })}
            description={t('sessions.signOutDescription')}
            confirmLabel={t('sessions.signOut')}
            onConfirm={async () => {
              await signOut.mutateAsync({
                sessionId: session.payload.uid,
                ...(revokeGrants ? { revokeGrantsTarget: 'all' as const } : {}),
              });
              announce(t('sessions.signedOut', { device }));
            }}
          >
            <RevokeAppsCheckbox
              label={t('sessions.revokeApps')}
              checked={revokeGrants}
              onChange={setRevokeGrants}
            />
          </ConfirmDialog>
        </div>
      )}
    </li>
  );
}

/** "No other devices." once the list has loaded with only this one. */
export function SessionsEmpty({ className, children, ...props }: ComponentProps<'p'>) {
  const { state, others } = useSessionsContext('Empty');
  const { t } = useSecurityI18n();
  if (state !== 'ready' || others.length > 0) return null;
  return (
    <p data-slot="session-empty" className={cx('ac-entry-meta', className)} {...props}>
      {children ?? t('sessions.empty')}
    </p>
  );
}

/** Sign out of every other device, after a confirmation; nothing without others or when read-only. */
export function SessionsSignOutOthers(props: ComponentProps<'div'>) {
  const { state, editable, others, revokeGrants, setRevokeGrants } =
    useSessionsContext('SignOutOthers');
  const { t } = useSecurityI18n();
  const announce = useAnnounce();
  const signOutAll = useSignOutOtherSessions();
  if (state !== 'ready' || !editable || others.length === 0) return null;
  const signOutOthers = async () => {
    try {
      await signOutAll.mutateAsync(revokeGrants ? { revokeGrantsTarget: 'all' as const } : {});
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'partial_failure') throw error;
      // Unknown code + our sentence: the dialog's `formatError` shows the message as is.
      throw {
        code: 'sessions.partial_failure',
        message: t('sessions.signOutOthersFailed', {
          count: (error as { data: { failed: number } }).data.failed,
        }),
      };
    }
    announce(t('sessions.signedOutOthers'));
  };
  return (
    <div {...props}>
      <ConfirmDialog
        onOpenChange={(open) => open && setRevokeGrants(false)}
        trigger={<Button variant="danger">{t('sessions.signOutOthers')}</Button>}
        title={t('sessions.signOutOthersTitle')}
        description={t('sessions.signOutOthersDescription')}
        confirmLabel={t('sessions.signOut')}
        onConfirm={signOutOthers}
      >
        <RevokeAppsCheckbox
          label={t('sessions.revokeAppsOthers')}
          checked={revokeGrants}
          onChange={setRevokeGrants}
        />
      </ConfirmDialog>
    </div>
  );
}

/** "Managed by your administrator." when sessions are read-only (once listed); nothing otherwise. */
export function SessionsReadOnlyNote({ className, children, ...props }: ComponentProps<'p'>) {
  const { state, editable } = useSessionsContext('ReadOnlyNote');
  const { t } = useSecurityI18n();
  if (state !== 'ready' || editable) return null;
  return (
    <p className={cx('ac-entry-meta', className)} {...props}>
      {children ?? t('common.managedByAdmin')}
    </p>
  );
}

/**
 * The sessions section's parts, to rearrange or replace; `SessionList` is the usual composition.
 * @example
 * <Sessions.Root>
 *   <Sessions.Header />
 *   <Sessions.Content>
 *     <Sessions.SignOutOthers />
 *     <Sessions.List>{(session) => <Sessions.Item session={session} />}</Sessions.List>
 *   </Sessions.Content>
 * </Sessions.Root>
 */
export const Sessions = {
  Root: SessionsRoot,
  Header: SessionsHeader,
  Title: SessionsTitle,
  Description: SessionsDescription,
  Content: SessionsContent,
  List: SessionsList,
  Item: SessionsItem,
  Empty: SessionsEmpty,
  SignOutOthers: SessionsSignOutOthers,
  ReadOnlyNote: SessionsReadOnlyNote,
};

import { createContext, useContext, useState } from 'react';
import type { ComponentProps, FormEvent } from 'react';
import { useReverification } from '@account-center/react';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useDeleteAccountI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { Section } from '../../primitives/card.js';
import {
  Dialog,
  DialogBody,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '../../primitives/dialog.js';
import { Field, FieldError, FieldLabel } from '../../primitives/field.js';
import { Input } from '../../primitives/input.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { useDeleteAccountMode } from './delete-account-mode.js';
import type { DeleteAccountMode } from './delete-account-mode.js';

interface AccountDeletionContextValue {
  mode: Exclude<DeleteAccountMode, 'none'>;
  url: string | undefined;
  onDeleteAccount: DeleteAccountProps['onDeleteAccount'];
  openInNewTab: boolean;
  defaultOpen: boolean | undefined;
  onCancel: (() => void) | undefined;
}

const AccountDeletionContext = createContext<AccountDeletionContextValue | null>(null);

function useAccountDeletionContext(part: string): AccountDeletionContextValue {
  const context = useContext(AccountDeletionContext);
  if (!context) {
    throw new Error(`<AccountDeletion.${part}> must be used inside <AccountDeletion.Root>.`);
  }
  return context;
}

/** `AccountDeletion.Root`'s props (and `DeleteAccount`'s, without `children`). */
export interface AccountDeletionRootProps extends ComponentProps<'section'> {
  /**
   * Your own deletion (your backend deletes the user through the Management API; the Account API
   * has none). Called after the user typed the confirmation phrase and passed step-up; sign the
   * user out and redirect when it resolves. A rejection is shown in the dialog.
   *
   * Gets the step-up record id: send it to your server, which confirms it with Logto before
   * deleting (see `docs/step-up.md`). `undefined` only for a user with no password, email or phone
   * (nothing to verify with, §6.4). A `401 verification_record.permission_denied` rejection
   * (e.g. your server's answer, as an `AccountApiError`) asks again and calls it once more.
   */
  onDeleteAccount?: (verificationRecordId: string | undefined) => Promise<unknown> | unknown;
  /** Overrides the tenant's `deleteAccountUrl` (http/https only; anything else is ignored). */
  deleteAccountUrl?: string | null;
  /** Open the link in a new tab. Default `false`. */
  openInNewTab?: boolean;
  /**
   * Open the confirmation dialog on mount (deep entry), focus in the phrase field. With only a
   * `deleteAccountUrl`, the link is shown as usual.
   */
  defaultOpen?: boolean;
  /** The user closed the confirmation dialog without deleting (e.g. to navigate back). */
  onCancel?: () => void;
}

/**
 * The danger zone's `<section>` (`data-slot="delete-account"`, `data-state` `handler` | `link`)
 * and what its parts share: which way deletion is offered (the app's handler wins, then a valid
 * http(s) link, the prop's else the tenant's). Renders nothing when there is neither.
 */
export function AccountDeletionRoot({
  onDeleteAccount,
  deleteAccountUrl,
  openInNewTab = false,
  defaultOpen,
  onCancel,
  className,
  children,
  ...props
}: AccountDeletionRootProps) {
  const { mode, url } = useDeleteAccountMode({ onDeleteAccount, deleteAccountUrl });
  if (mode === 'none') return null;
  return (
    <AccountDeletionContext
      value={{ mode, url, onDeleteAccount, openInNewTab, defaultOpen, onCancel }}
    >
      <Section
        data-slot="delete-account"
        data-state={mode}
        className={cx('ac-delete-account', className)}
        {...props}
      >
        {children}
      </Section>
    </AccountDeletionContext>
  );
}

const headerParts = featureSectionParts({
  usePart: useAccountDeletionContext,
  title: 'deleteAccount.title',
  description: 'deleteAccount.description',
  contentClassName: '',
  useI18n: useDeleteAccountI18n,
});
/** The section's header; by default its title and description. */
export const AccountDeletionHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const AccountDeletionTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const AccountDeletionDescription = headerParts.Description;
/** The section's body. */
export const AccountDeletionContent = headerParts.Content;

/**
 * The link to the admin's deletion page, when that is the way offered (nothing otherwise).
 * Children replace its text.
 */
export function AccountDeletionLink({ children, ...props }: ComponentProps<'a'>) {
  const { mode, url, openInNewTab } = useAccountDeletionContext('Link');
  const { t } = useDeleteAccountI18n();
  if (mode !== 'link' || !url) return null;
  return (
    <Button asChild variant="danger">
      <a
        href={url}
        data-slot="delete-account-link"
        {...(openInNewTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        {...props}
      >
        {children ?? t('deleteAccount.externalLink')}
      </a>
    </Button>
  );
}

/** `AccountDeletion.Confirm`'s props. */
export interface AccountDeletionConfirmProps {
  /** Called after your handler resolved. */
  onSuccess?: () => void;
}

/**
 * The Delete button and its type-to-confirm dialog (then step-up, then the root's
 * `onDeleteAccount`), when the app handles deletion (nothing otherwise).
 */
export function AccountDeletionConfirm({ onSuccess }: AccountDeletionConfirmProps) {
  const { mode, onDeleteAccount, defaultOpen, onCancel } = useAccountDeletionContext('Confirm');
  if (mode !== 'handler' || !onDeleteAccount) return null;
  return (
    <DeleteAccountDialog
      onDeleteAccount={onDeleteAccount}
      onSuccess={onSuccess}
      defaultOpen={defaultOpen}
      onCancel={onCancel}
    />
  );
}

/**
 * The danger zone as parts (`AccountDeletion.Root`, `.Header`, `.Title`, `.Description`,
 * `.Content`, `.Link`, `.Confirm`), Radix-style; `DeleteAccount` is their usual composition.
 */
export const AccountDeletion = {
  Root: AccountDeletionRoot,
  Header: AccountDeletionHeader,
  Title: AccountDeletionTitle,
  Description: AccountDeletionDescription,
  Content: AccountDeletionContent,
  Link: AccountDeletionLink,
  Confirm: AccountDeletionConfirm,
};
/** `DeleteAccount`'s props: `AccountDeletion.Root`'s, without `children`. */
export type DeleteAccountProps = Omit<AccountDeletionRootProps, 'children'>;

/**
 * The danger zone. With `onDeleteAccount`: a dialog where the user types a localized phrase, then
 * step-up, then your handler. Otherwise a link to the admin's `deleteAccountUrl`. With neither,
 * nothing is rendered. The usual composition of the `AccountDeletion` parts.
 * @example <DeleteAccount onDeleteAccount={async () => { await api.deleteMe(); await signOut(); }} />
 */
export function DeleteAccount(props: DeleteAccountProps) {
  return (
    <AccountDeletion.Root {...props}>
      <AccountDeletion.Header />
      <AccountDeletion.Content>
        <AccountDeletion.Link />
        <AccountDeletion.Confirm />
      </AccountDeletion.Content>
    </AccountDeletion.Root>
  );
}

export interface DeleteAccountDialogProps {
  onDeleteAccount: NonNullable<DeleteAccountProps['onDeleteAccount']>;
  /** Called after the handler resolved. */
  onSuccess?: () => void;
  /** Open on mount (deep entry). */
  defaultOpen?: boolean | undefined;
  /** The dialog was closed without deleting. */
  onCancel?: (() => void) | undefined;
}

/**
 * The type-to-confirm dialog with its trigger: Delete stays disabled until the phrase matches
 * exactly (case and spaces as shown), then step-up runs through the hooks, then the handler.
 */
export function DeleteAccountDialog({
  onDeleteAccount,
  onSuccess,
  defaultOpen = false,
  onCancel,
}: DeleteAccountDialogProps) {
  const { t, formatError } = useDeleteAccountI18n();
  const announce = useAnnounce();
  // The Account API cannot delete; the identity check is still ours to ask (§6.4's rule: a user
  // with no password, email or phone has nothing to verify with).
  const deleteAccount = useReverification(
    async (recordId) => {
      await onDeleteAccount(recordId);
    },
    { requirement: 'when-user-has-method' },
  );
  const [open, setOpen] = useState(defaultOpen);
  const [phrase, setPhrase] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const expected = t('deleteAccount.confirmPhrase');
  const matches = phrase.trim() === expected;

  const changeOpen = (next: boolean) => {
    if (pending) return;
    if (next) {
      setPhrase('');
      setError(undefined);
    }
    setOpen(next);
    if (!next) onCancel?.();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending || !matches) return;
    setError(undefined);
    setPending(true);
    try {
      await deleteAccount();
    } catch (caught) {
      setPending(false);
      if (!isSilentError(caught)) setError(formatError(caught));
      return;
    }
    setPending(false);
    setOpen(false);
    announce(t('deleteAccount.deleted'));
    onSuccess?.();
  };

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="danger">{t('deleteAccount.action')}</Button>
      </DialogTrigger>
      <DialogContent
        role="alertdialog"
        hideClose
        data-slot="delete-account-dialog"
        onPointerDownOutside={(event) => event.preventDefault()}
      >
        <form noValidate onSubmit={(event) => void submit(event)}>
          <DialogHeader>
            <DialogTitle>{t('deleteAccount.confirmTitle')}</DialogTitle>
            <DialogDescription>{t('deleteAccount.confirmDescription')}</DialogDescription>
          </DialogHeader>
          <DialogBody>
            <Field>
              <FieldLabel>{t('deleteAccount.confirmPhraseLabel', { phrase: expected })}</FieldLabel>
              <Input
                value={phrase}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                data-1p-ignore=""
                data-lpignore="true"
                onChange={(event) => setPhrase(event.target.value)}
              />
              <FieldError>
                {phrase && !matches && phrase.length >= expected.length
                  ? t('deleteAccount.phraseMismatch')
                  : undefined}
              </FieldError>
            </Field>
            {error && (
              <Alert variant="danger">
                <AlertDescription>{error}</AlertDescription>
              </Alert>
            )}
          </DialogBody>
          <DialogFooter>
            <DialogClose asChild>
              <Button disabled={pending}>{t('common.cancel')}</Button>
            </DialogClose>
            <Button type="submit" variant="danger" pending={pending} disabled={!matches}>
              {t('deleteAccount.action')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

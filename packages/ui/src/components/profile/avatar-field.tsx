import { useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useUploadAvatar } from '@account-center/react';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useProfileI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { safeHttpUrl } from '../../lib/safe-url.js';
import { Button } from '../../primitives/button.js';
import { Field, FieldDescription, FieldError, FieldLabel } from '../../primitives/field.js';
import { Input } from '../../primitives/input.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { AvatarCropDialog } from './lazy-avatar-crop-dialog.js';
import { maxLengthOf } from './profile-schema.js';
import type { ProfileFormValues } from './profile-schema.js';

/** What the API accepts (§6.5): JPEG, PNG, GIF, WebP or BMP, at most 20 MiB. */
export const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/bmp'];
export const AVATAR_MAX_BYTES = 20 * 1024 * 1024;

export interface AvatarFieldProps {
  /** `ReadOnly` shows the photo without actions. */
  readOnly?: boolean;
  className?: string;
}

/**
 * The profile photo inside `ProfileForm`: preview, upload (checked for type and size first, by
 * button or drag and drop), remove, and an image link when the tenant has no upload storage.
 * An upload only stores the file; the form's Save sets it, so a failed save is retried with
 * the same uploaded URL.
 */
export function AvatarField({ readOnly = false, className }: AvatarFieldProps) {
  const { t, formatError, formatNumber } = useProfileI18n();
  const announce = useAnnounce();
  const form = useFormContext<ProfileFormValues>();
  // Registered even without its URL input, so a save can settle it (resetField needs a field).
  form.register('avatar');
  const avatar = useWatch({ control: form.control, name: 'avatar' }).trim();
  const upload = useUploadAvatar();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [uploadError, setUploadError] = useState<string>();
  const [urlMode, setUrlMode] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fieldError = form.formState.errors.avatar?.message;
  const preview = safeHttpUrl(avatar) ? avatar : undefined;
  const size = `${formatNumber(20)} MB`;

  const [cropFile, setCropFile] = useState<File | null>(null);
  const [cropError, setCropError] = useState<string>();

  /** Check type and size before anything is sent (§6.5), then crop. */
  const choose = (file: File | undefined) => {
    if (!file || upload.isPending) return;
    setUploadError(undefined);
    form.clearErrors('avatar');
    if (!AVATAR_TYPES.includes(file.type)) return setUploadError(t('profile.avatarWrongType'));
    if (file.size > AVATAR_MAX_BYTES) return setUploadError(t('profile.avatarTooLarge', { size }));
    setCropError(undefined);
    setCropFile(file);
  };

  /** Upload the crop; the form's Save then sets it (a failed save reuses this URL). */
  const uploadCrop = async (image: Blob) => {
    setCropError(undefined);
    try {
      const type = image.type === 'image/jpeg' ? 'jpg' : 'png';
      const { url } = await upload.mutateAsync({ file: image, fileName: `avatar.${type}` });
      form.setValue('avatar', url, { shouldDirty: true, shouldValidate: true });
      setCropFile(null);
      announce(t('profile.avatarUploaded'));
    } catch (error) {
      if (isSilentError(error)) return;
      // No storage on this tenant (§6.5): offer the image link instead.
      if ((error as { code?: unknown }).code === 'storage.not_configured') {
        setCropFile(null);
        setUrlMode(true);
        setUploadError(formatError(error));
        return;
      }
      setCropError(formatError(error));
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!readOnly) choose(event.dataTransfer.files[0]);
  };

  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      data-slot="avatar-field"
      data-state={
        readOnly ? 'readonly' : dragging ? 'dragging' : upload.isPending ? 'uploading' : 'idle'
      }
      className={cx('ac-field ac-avatar-field', className)}
    >
      <span id={`${id}-label`} className="ac-label">
        {t('profile.avatar')}
      </span>
      <div
        className="ac-avatar-row"
        onDragOver={(event) => {
          if (readOnly) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {preview ? (
          <img
            className="ac-avatar"
            src={preview}
            alt={t('profile.avatarPreview')}
            // The photo may live on any host: do not tell it which page shows it.
            referrerPolicy="no-referrer"
          />
        ) : (
          <span className="ac-avatar" data-empty="" aria-hidden="true" />
        )}
        {!readOnly && (
          <div className="ac-entry-actions">
            <input
              ref={fileInput}
              type="file"
              accept={AVATAR_TYPES.join(',')}
              hidden
              data-slot="avatar-file"
              onChange={(event) => {
                choose(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            <Button
              size="sm"
              pending={upload.isPending}
              aria-describedby={`${id}-hint ${id}-error`}
              onClick={() => fileInput.current?.click()}
            >
              {avatar ? t('profile.changeAvatar') : t('profile.uploadAvatar')}
            </Button>
            {avatar && (
              <Button
                size="sm"
                variant="ghost"
                onClick={() =>
                  form.setValue('avatar', '', { shouldDirty: true, shouldValidate: true })
                }
              >
                {t('profile.removeAvatar')}
              </Button>
            )}
            {!urlMode && (
              <Button size="sm" variant="ghost" onClick={() => setUrlMode(true)}>
                {t('profile.useAvatarUrl')}
              </Button>
            )}
          </div>
        )}
      </div>
      <FieldDescription id={`${id}-hint`}>
        {readOnly
          ? t('common.managedByAdmin')
          : `${t('profile.avatarHint', { size })} ${t('profile.avatarDropHint')}`}
      </FieldDescription>
      <FieldError id={`${id}-error`}>
        {uploadError ?? (urlMode ? undefined : fieldError)}
      </FieldError>
      <AvatarCropDialog
        file={cropFile}
        pending={upload.isPending}
        error={cropError}
        onCancel={() => setCropFile(null)}
        onConfirm={(image) => void uploadCrop(image)}
      />
      {urlMode && !readOnly && (
        <Field className="ac-avatar-url">
          <FieldLabel>{t('profile.avatarUrl')}</FieldLabel>
          <Input
            type="url"
            inputMode="url"
            spellCheck={false}
            maxLength={maxLengthOf('avatar')}
            {...form.register('avatar')}
          />
          <FieldDescription>{t('profile.avatarUrlDescription')}</FieldDescription>
          <FieldError>{fieldError}</FieldError>
        </Field>
      )}
    </div>
  );
}

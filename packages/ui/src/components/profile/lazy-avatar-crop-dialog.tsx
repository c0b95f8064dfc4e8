import { Suspense, lazy, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import type { AvatarCropDialogProps } from './avatar-crop-dialog.js';

// The crop dialog (and the modal stack under it) is a chunk of its own: it shows only once a
// photo is picked. It is fetched right after the first render, so it opens at once.
let loaded: ComponentType<AvatarCropDialogProps> | undefined;
const load = () =>
  import('./avatar-crop-dialog.js').then((module) => (loaded = module.AvatarCropDialog));
const LazyAvatarCropDialog = lazy(() => load().then((component) => ({ default: component })));

/** `AvatarCropDialog`, loaded when first needed. */
export function AvatarCropDialog(props: AvatarCropDialogProps) {
  // Chosen once, when first opened: the loaded component if it is there, else the lazy one.
  const [content, setContent] = useState<{ Dialog: ComponentType<AvatarCropDialogProps> }>();
  if (props.file && !content) setContent({ Dialog: loaded ?? LazyAvatarCropDialog });
  useEffect(() => {
    load().catch(() => undefined);
  }, []);
  const Dialog = content?.Dialog;
  return Dialog ? (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  ) : null;
}

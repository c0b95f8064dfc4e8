import { useEffect, useId, useRef, useState } from 'react';
import type { PointerEvent } from 'react';
import { useProfileI18n } from '../../i18n/area-i18n.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '../../primitives/dialog.js';

/** Preview size in canvas pixels (CSS may scale it); the saved image is `OUTPUT` square. */
const VIEW = 256;
const OUTPUT = 512;
const MAX_ZOOM = 3;

interface Offset {
  x: number;
  y: number;
}

/** Where the image goes in a `size` square: scaled to cover it × zoom, moved by the offset, clamped. */
function placement(image: ImageBitmap, zoom: number, offset: Offset, size: number) {
  const scale = (size / Math.min(image.width, image.height)) * zoom;
  const width = image.width * scale;
  const height = image.height * scale;
  const ratio = size / VIEW;
  const clamp = (value: number, room: number) => Math.max(-room, Math.min(room, value));
  return {
    x: (size - width) / 2 + clamp(offset.x * ratio, (width - size) / 2),
    y: (size - height) / 2 + clamp(offset.y * ratio, (height - size) / 2),
    width,
    height,
  };
}

function draw(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  image: ImageBitmap,
  zoom: number,
  offset: Offset,
) {
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | null;
  if (!context) return;
  const { x, y, width, height } = placement(image, zoom, offset, canvas.width);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, x, y, width, height);
}

/** Keep the offset inside what the current zoom allows (in preview pixels). */
function clampOffset(image: ImageBitmap, zoom: number, offset: Offset): Offset {
  const { x, y, width, height } = placement(image, zoom, offset, VIEW);
  return { x: x - (VIEW - width) / 2, y: y - (VIEW - height) / 2 };
}

export interface AvatarCropDialogProps {
  /** The picked image (already checked for type and size); `null` closes the dialog. */
  file: File | null;
  /** Uploading: the dialog can't be dismissed and Save is busy. */
  pending: boolean;
  /** A failed upload, shown inside the dialog. */
  error: string | undefined;
  onCancel: () => void;
  /** The square crop, as PNG (JPEG stays JPEG). */
  onConfirm: (image: Blob) => void;
}

/**
 * Square crop before upload: drag to position, a zoom slider (a native range input, so arrow
 * keys, Page Up/Down and Home/End work). It can't be dismissed while the upload runs.
 */
export function AvatarCropDialog({
  file,
  pending,
  error,
  onCancel,
  onConfirm,
}: AvatarCropDialogProps) {
  const { t } = useProfileI18n();
  const id = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drag = useRef<{ x: number; y: number; start: Offset } | null>(null);
  const [loaded, setLoaded] = useState<{ file: File; image: ImageBitmap } | null>(null);
  const [zoom, setZoom] = useState(1);
  const [offset, setOffset] = useState<Offset>({ x: 0, y: 0 });
  const image = loaded && loaded.file === file ? loaded.image : null;

  useEffect(() => {
    if (!file) return undefined;
    let active = true;
    createImageBitmap(file).then(
      (bitmap) => {
        if (!active) return;
        setZoom(1);
        setOffset({ x: 0, y: 0 });
        setLoaded({ file, image: bitmap });
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [file]);

  useEffect(() => {
    if (image && canvas.current) draw(canvas.current, image, zoom, offset);
  }, [image, zoom, offset]);

  const save = async () => {
    if (!image || !file || pending) return;
    const output = new OffscreenCanvas(OUTPUT, OUTPUT);
    draw(output, image, zoom, offset);
    const type = file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    onConfirm(await output.convertToBlob({ type, quality: 0.92 }));
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, start: offset };
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drag.current || !image) return;
    const box = event.currentTarget.getBoundingClientRect();
    const perPixel = VIEW / (box.width || VIEW);
    setOffset(
      clampOffset(image, zoom, {
        x: drag.current.start.x + (event.clientX - drag.current.x) * perPixel,
        y: drag.current.start.y + (event.clientY - drag.current.y) * perPixel,
      }),
    );
  };

  return (
    <Dialog open={!!file} onOpenChange={(open) => !open && !pending && onCancel()}>
      <DialogContent
        data-slot="avatar-crop"
        data-state={image ? 'ready' : 'loading'}
        className="ac-avatar-crop"
        hideClose={pending}
        onPointerDownOutside={(event) => event.preventDefault()}
      >
        <DialogHeader>
          <DialogTitle>{t('profile.cropTitle')}</DialogTitle>
          <DialogDescription>{t('profile.cropDescription')}</DialogDescription>
        </DialogHeader>
        <DialogBody>
          <canvas
            ref={canvas}
            width={VIEW}
            height={VIEW}
            role="img"
            aria-label={t('profile.cropPreview')}
            aria-busy={!image || undefined}
            className="ac-avatar-crop-view"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={() => (drag.current = null)}
          />
          <div className="ac-field">
            <label htmlFor={`${id}-zoom`} className="ac-label">
              {t('profile.zoom')}
            </label>
            <input
              id={`${id}-zoom`}
              type="range"
              min={1}
              max={MAX_ZOOM}
              step={0.05}
              value={zoom}
              disabled={!image || pending}
              onChange={(event) => {
                const next = Number(event.target.value);
                setZoom(next);
                if (image) setOffset(clampOffset(image, next, offset));
              }}
            />
          </div>
          {error && (
            <Alert variant="danger">
              <AlertDescription>{error}</AlertDescription>
            </Alert>
          )}
        </DialogBody>
        <DialogFooter>
          <Button disabled={pending} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" pending={pending} disabled={!image} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

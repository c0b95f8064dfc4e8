/**
 * Makes everything outside `target` inert (out of the tab order, pointer reach and accessibility
 * tree) and returns the undo. Only attributes it set are removed again, so stacked dialogs undo
 * in any order. Live regions stay reachable so announcements still work.
 *
 * Radix marks the outside `aria-hidden` only, which leaves focusable elements inside hidden ones
 * (axe: aria-hidden-focus). The `aria-hidden` package's `inertOthers` cannot be combined with
 * Radix's `hideOthers`: both share one counter per element, and the inert attribute then never
 * comes off.
 */
export function inertOutside(target: Element): () => void {
  const changed: Element[] = [];
  for (
    let node: Element = target;
    node.parentElement && node !== node.ownerDocument.body;
    node = node.parentElement
  ) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || sibling.hasAttribute('inert')) continue;
      if (
        sibling.matches(
          'script, style, link, [aria-live], [data-slot="live-region"], [data-slot="dialog-overlay"]',
        )
      )
        continue;
      sibling.setAttribute('inert', '');
      changed.push(sibling);
    }
  }
  return () => {
    for (const element of changed) element.removeAttribute('inert');
  };
}

/**
 * Right-to-left rendering of the drop-in page, in real Chromium: Arabic and Persian turn the kit
 * root `rtl`, show their own catalogue, put the section navigation on the right of the content,
 * right-align paragraphs and keep left-to-right values (email, phone) readable. English is the
 * control case (everything mirrored back), so a layout that ignores direction fails here.
 */
import '../styles.css';
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { DEMO_EMAIL, DEMO_USER_ID } from '@account-center/mock';
import { AccountCenter } from '../components/account-center/account-center.js';
import { createSimulatedAccount } from '../test-utils/simulated-account.js';
import { ar } from './locales/ar.js';
import { en } from './locales/en.js';
import { faIR } from './locales/fa-IR.js';
import type { Messages } from './types.js';

/** E.164 digits without "+" (§12); shown as `+1 416-555-0123`. */
const PHONE = '14165550123';
/** Wide enough for the sidebar layout (the container query switches at 48rem). */
const WIDE = 1000;

const cases: Array<{ locale: string; messages: Messages; dir: 'ltr' | 'rtl' }> = [
  { locale: 'ar', messages: ar, dir: 'rtl' },
  { locale: 'fa-IR', messages: faIR, dir: 'rtl' },
  { locale: 'en', messages: en, dir: 'ltr' },
];

beforeAll(async () => {
  await page.viewport(1280, 900);
});

async function renderPage(locale: string, messages: Messages) {
  const account = createSimulatedAccount({
    locale,
    prepare: (simulator) => simulator.admin.updateUser(DEMO_USER_ID, { primaryPhone: PHONE }),
  });
  const screen = await render(
    <div style={{ inlineSize: WIDE }} data-testid="host">
      <AccountCenter />
    </div>,
    { wrapper: account.Wrapper },
  );
  // The catalogue (lazy for ar/fa) and the Profile section's chunk are both in.
  await expect.element(screen.getByRole('heading', { name: messages.email.title })).toBeVisible();
  await expect.element(screen.getByRole('heading', { name: messages.phone.title })).toBeVisible();
  const host = screen.getByTestId('host').element() as HTMLElement;
  const root = host.closest<HTMLElement>('[data-slot="root"]')!;
  const query = (selector: string) => {
    const element = root.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`${selector} is not rendered`);
    return element;
  };
  return { screen, root, query };
}

/** Where glyph `index` of an element's text is drawn (follows bidi reordering, unlike offsets). */
function glyphRect(element: Element, index: number): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let remaining = index;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (remaining < length) {
      const range = document.createRange();
      range.setStart(node, remaining);
      range.setEnd(node, remaining + 1);
      return range.getBoundingClientRect();
    }
    remaining -= length;
  }
  throw new Error(`no glyph ${index} in ${element.textContent}`);
}

/** The box of an element's text itself (not of the element). */
function textRect(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

describe.each(cases)('AccountCenter in $locale', ({ locale, messages, dir }) => {
  const rtl = dir === 'rtl';

  it(`sets dir="${dir}" and lang on the kit root`, async () => {
    const { root } = await renderPage(locale, messages);
    expect(root.getAttribute('dir')).toBe(dir);
    expect(root.getAttribute('lang')).toBe(locale);
    expect(getComputedStyle(root).direction).toBe(dir);
  });

  it('shows the navigation and headings from its own catalogue', async () => {
    const { screen } = await renderPage(locale, messages);
    const nav = screen.getByRole('navigation', { name: messages.common.nav.label });
    await expect.element(nav).toBeVisible();
    for (const key of ['profile', 'security', 'sessions'] as const) {
      await expect
        .element(nav.getByRole('button', { name: messages.common.nav[key] }))
        .toBeVisible();
    }
    await expect
      .element(nav.getByRole('button', { name: messages.common.nav.profile }))
      .toHaveAttribute('aria-current', 'page');
    await expect.element(screen.getByText(messages.email.description)).toBeVisible();
    await expect.element(screen.getByText(messages.phone.description)).toBeVisible();
    if (rtl) {
      // Really translated: the English strings are nowhere on the page.
      expect(screen.getByText(en.email.description).elements()).toHaveLength(0);
      expect(screen.getByText(en.common.nav.security, { exact: true }).elements()).toHaveLength(0);
    }
  });

  it(`puts the sidebar on the ${rtl ? 'right' : 'left'} of the content`, async () => {
    const { query } = await renderPage(locale, messages);
    const list = query('[data-slot="account-center-nav"] ul');
    expect(getComputedStyle(list).flexDirection).toBe('column'); // the wide (sidebar) layout
    const layout = query('[data-slot="account-center-layout"]').getBoundingClientRect();
    const nav = query('[data-slot="account-center-nav"]').getBoundingClientRect();
    const content = query('[data-slot="account-center-page"]').getBoundingClientRect();
    expect(nav.width).toBeLessThan(content.width);
    if (rtl) {
      expect(nav.left).toBeGreaterThanOrEqual(content.right);
      expect(nav.right).toBeCloseTo(layout.right, 0);
      expect(content.left).toBeCloseTo(layout.left, 0);
    } else {
      expect(nav.right).toBeLessThanOrEqual(content.left);
      expect(nav.left).toBeCloseTo(layout.left, 0);
      expect(content.right).toBeCloseTo(layout.right, 0);
    }
    // Nav items: the label starts at the item's start edge (right in RTL).
    const item = query('[data-slot="account-center-nav-item"]');
    const itemBox = item.getBoundingClientRect();
    const label = textRect(item);
    if (rtl) expect(itemBox.right - label.right).toBeLessThan(label.left - itemBox.left);
    else expect(label.left - itemBox.left).toBeLessThan(itemBox.right - label.right);
  });

  it(`${rtl ? 'right' : 'left'}-aligns paragraph text`, async () => {
    const { screen } = await renderPage(locale, messages);
    const paragraph = screen.getByText(messages.email.description).element() as HTMLElement;
    expect(paragraph.tagName).toBe('P');
    expect(getComputedStyle(paragraph).direction).toBe(dir);
    expect(['start', rtl ? 'right' : 'left']).toContain(getComputedStyle(paragraph).textAlign);
    const box = paragraph.getBoundingClientRect();
    const text = textRect(paragraph);
    // One short line: it hugs the start edge, with the free space at the end.
    expect(text.width).toBeLessThan(box.width / 2);
    if (rtl) {
      expect(text.right).toBeCloseTo(box.right, 0);
      expect(text.left - box.left).toBeGreaterThan(box.width / 2);
    } else {
      expect(text.left).toBeCloseTo(box.left, 0);
      expect(box.right - text.right).toBeGreaterThan(box.width / 2);
    }
  });

  it('keeps left-to-right values intact inside the page', async () => {
    const { query } = await renderPage(locale, messages);
    // The email address: same text, drawn left to right (a… @ … m), not reordered.
    const email = query('[data-slot="email-change-value"] .ac-value');
    expect(email.textContent).toBe(DEMO_EMAIL);
    const at = DEMO_EMAIL.indexOf('@');
    const dot = DEMO_EMAIL.lastIndexOf('.');
    const first = glyphRect(email, 0);
    const middle = glyphRect(email, at);
    const tld = glyphRect(email, dot);
    const last = glyphRect(email, DEMO_EMAIL.length - 1);
    expect(first.left).toBeLessThan(middle.left);
    expect(middle.left).toBeLessThan(tld.left);
    expect(tld.left).toBeLessThan(last.left);
    // Same line.
    expect(last.top).toBeCloseTo(first.top, 0);

    // The phone: "+1 416-555-0123", with the "+" drawn first (leftmost), not after the digits.
    const phone = query('[data-slot="phone-change-value"] .ac-value');
    const shown = (phone.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
    expect(shown).toMatch(/^\+1 416.555.0123$/);
    const text = phone.textContent ?? '';
    const plus = glyphRect(phone, text.indexOf('+'));
    const lastDigit = glyphRect(phone, text.lastIndexOf('3'));
    const areaCode = glyphRect(phone, text.indexOf('4'));
    expect(plus.left).toBeLessThan(areaCode.left);
    expect(areaCode.left).toBeLessThan(lastDigit.left);
  });
});

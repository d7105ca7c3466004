import { css } from 'lit';
import { darkColours, lightColours } from './palette.styles.js';

/** The banner's dark theme: the shared colours and its own. */
const dark = css`
  ${darkColours}
  --_bg: var(--cc-bg, #17191e);
  --_button-hover: var(--cc-button-hover-bg, #b9cdfb);
  --_switch-on: var(--cc-switch-on, #4cc38a);
  --_switch-off: var(--cc-switch-off, #8d93a1);
  --_shadow: var(--cc-shadow, 0 -2px 24px rgb(0 0 0 / 0.5));
  color-scheme: dark;
`;

/**
 * Theming goes through `--cc-*` custom properties and `::part()`. Colours are
 * chosen for WCAG 2.2 AA in both themes (see palette.styles.ts).
 * The three first-layer buttons share one style on purpose: no nudging.
 */
export const cookieConsentStyles = css`
  :host {
    ${lightColours}
    --_bg: var(--cc-bg, #ffffff);
    --_button-hover: var(--cc-button-hover-bg, #142a49);
    --_switch-on: var(--cc-switch-on, #1f7a4d);
    --_switch-off: var(--cc-switch-off, #6b7180);
    --_font: var(--cc-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_shadow: var(--cc-shadow, 0 -2px 24px rgb(15 20 30 / 0.18));
    all: initial;
    display: contents;
    color-scheme: light;
  }

  /* The dark theme: chosen by the config, or by the visitor's system for "auto". */
  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }

  * {
    box-sizing: border-box;
  }

  .surface {
    font-family: var(--_font);
    font-size: 15px;
    line-height: 1.5;
    color: var(--_fg);
    background: var(--_bg);
    text-align: start;
  }

  [hidden] {
    display: none !important;
  }

  h2:focus {
    outline: none;
  }

  h2 {
    margin: 0 0 0.35em;
    font-size: 1.15em;
    line-height: 1.3;
    font-weight: 700;
  }

  p {
    margin: 0 0 0.6em;
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* Stand-alone links get a 24 px target (WCAG 2.5.8). */
  .policy-link {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* First layer */
  .banner {
    position: fixed;
    z-index: var(--cc-z-index, 2147483000);
    inset: auto 0 0 0;
    max-height: 100dvh;
    overflow-y: auto;
    overscroll-behavior: contain;
    border-top: 1px solid var(--_border);
    box-shadow: var(--_shadow);
    animation: cc-rise 180ms ease-out;
  }

  /* A box in the corner (bottom, inline end), and a box in the middle that leaves the page usable. */
  :host([layout='box']) .banner,
  :host([layout='center']) .banner {
    width: min(440px, calc(100vw - 24px));
    max-height: calc(100dvh - 24px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  :host([layout='box']) .banner {
    inset: auto 12px 12px auto;
  }

  :host([layout='center']) .banner {
    inset: 50% auto auto 50%;
    translate: -50% -50%;
    width: min(560px, calc(100vw - 24px));
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.3);
  }

  :host([layout='box']) .banner-inner,
  :host([layout='center']) .banner-inner {
    grid-template-columns: minmax(0, 1fr);
    padding: 18px;
  }

  :host([layout='box']) .actions {
    min-width: 0;
  }

  :host([layout='center']) .actions {
    min-width: 0;
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }

  :host([layout='center']) [part~='customise'] {
    grid-column: auto;
    justify-self: stretch;
    width: auto;
  }

  @media (max-width: 479px) {
    :host([layout='center']) .actions {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .banner-inner {
    max-width: var(--cc-max-width, 1120px);
    margin: 0 auto;
    padding: 18px 20px;
    display: grid;
    gap: 14px 32px;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
  }

  .gpc-notice {
    padding: 6px 10px;
    border-inline-start: 3px solid var(--_switch-on);
    background: color-mix(in srgb, var(--_switch-on) 8%, var(--_bg));
  }

  /*
   * The first layer names each purpose on one line, with the policy link after it; the descriptions
   * wait in the preferences. So it covers at most 35 % of a phone and 25 % of a laptop screen.
   */
  .purposes {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
  }

  .purposes li {
    display: inline;
  }

  .purposes li + li::before {
    content: ' · ';
  }

  .purpose-description {
    display: none;
  }

  .purposes + .policy-link {
    margin-inline-start: 1em;
  }

  .purposes strong {
    color: var(--_fg);
  }

  /*
   * Accept all and Reject all side by side, Customise under them (or beside, where there is room):
   * all three the same size, so none is pushed forward.
   */
  .actions {
    --_gap: 10px;
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(2, minmax(0, 1fr));
    min-width: 300px;
  }

  [part~='customise'] {
    grid-column: 1 / -1;
    justify-self: center;
    width: calc(50% - var(--_gap) / 2);
  }

  button {
    font: inherit;
    margin: 0;
    cursor: pointer;
  }

  .choice {
    min-height: 44px;
    padding: 10px 18px;
    border-radius: calc(var(--_radius) * 0.7);
    border: 2px solid var(--_button-bg);
    background: var(--_button-bg);
    color: var(--_button-fg);
    font-weight: 600;
    font-size: 1em;
    line-height: 1.2;
  }

  .choice:hover {
    background: var(--_button-hover);
    border-color: var(--_button-hover);
  }

  @media (max-width: 720px) {
    .banner-inner {
      grid-template-columns: minmax(0, 1fr);
      padding: 14px 16px 16px;
    }
    .actions {
      min-width: 0;
    }
  }

  /* On a phone: smaller type and buttons. */
  @media (max-width: 479px) {
    .surface {
      font-size: 14px;
    }
    .banner-inner {
      gap: 10px;
      padding: 12px 16px 14px;
    }
    .choice {
      min-height: 40px;
      padding: 8px 14px;
    }
    .actions {
      --_gap: 8px;
    }
  }

  @media (min-width: 360px) and (max-width: 720px) {
    :host([layout='bar']) .actions {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    :host([layout='bar']) [part~='customise'] {
      grid-column: auto;
      justify-self: stretch;
      width: auto;
    }
  }

  @keyframes cc-rise {
    from {
      transform: translateY(16px);
      opacity: 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .banner {
      animation: none;
    }
  }
`;

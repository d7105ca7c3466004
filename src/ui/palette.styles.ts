import { css } from 'lit';

/**
 * The colours the banner, the preferences and the placeholders share, each
 * theme written once. Chosen for WCAG 2.2 AA in both themes: text ≥ 4.5:1,
 * boundaries and focus ≥ 3:1. Each `--cc-*` property overrides its colour in
 * both themes. Declarations only, to go inside a rule; each ends with `;`.
 */
export const lightColours = css`
  --_fg: var(--cc-fg, #1b1d22);
  --_muted: var(--cc-muted, #4a505e);
  --_border: var(--cc-border, #c9cdd6);
  --_button-bg: var(--cc-button-bg, #1f3b63);
  --_button-fg: var(--cc-button-fg, #ffffff);
  --_link: var(--cc-link, #1f4f99);
  --_focus: var(--cc-focus, #1a5fd0);
  --_radius: var(--cc-radius, 10px);
`;

export const darkColours = css`
  --_fg: var(--cc-fg, #eceef2);
  --_muted: var(--cc-muted, #b4b9c4);
  --_border: var(--cc-border, #474c58);
  --_button-bg: var(--cc-button-bg, #d6e2ff);
  --_button-fg: var(--cc-button-fg, #0f1d33);
  --_link: var(--cc-link, #9ec1ff);
  --_focus: var(--cc-focus, #8fb6ff);
`;

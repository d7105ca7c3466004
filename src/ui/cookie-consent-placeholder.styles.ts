import { css } from 'lit';
import { darkColours, lightColours } from './palette.styles.js';

const dark = css`
  ${darkColours}
  --_bg: var(--cc-placeholder-bg, #23262d);
`;

/** The stand-in for a blocked embed: the embed's own size, so the page does not jump when it loads. */
export const placeholderStyles = css`
  :host {
    ${lightColours}
    --_bg: var(--cc-placeholder-bg, #f1f3f6);
    display: block;
    box-sizing: border-box;
    width: var(--_embed-width, 100%);
    max-width: 100%;
    min-height: 160px;
    font-family: var(--cc-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: 14px;
    line-height: 1.45;
    color: var(--_fg);
  }

  /* Dark as the banner is: chosen by the config, or by the visitor's system unless the config says light. */
  :host([theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  .box {
    box-sizing: border-box;
    height: 100%;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 8px;
    padding: 16px;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    text-align: center;
    overflow: auto;
  }

  strong {
    font-size: 1.05em;
  }

  p {
    margin: 0;
    color: var(--_muted);
  }

  .host {
    white-space: nowrap;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 8px 16px;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  .load {
    min-height: 36px;
    padding: 6px 16px;
    border-radius: calc(var(--_radius) * 0.7);
    border: 2px solid var(--_button-bg);
    background: var(--_button-bg);
    color: var(--_button-fg);
    font-weight: 600;
  }

  .settings {
    min-height: 24px;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--_link);
    text-decoration: underline;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;

import { css } from 'lit';

/**
 * The outlined secondary button of the preferences and of the consent history
 * (declarations only, to go inside a rule). Its own module, so that it travels
 * with the preferences' chunk, not with the banner.
 */
export const secondaryButton = css`
  min-height: 36px;
  padding: 6px 14px;
  border-radius: calc(var(--_radius) * 0.7);
  border: 2px solid var(--_fg);
  background: transparent;
  color: var(--_fg);
  font-weight: 600;
`;

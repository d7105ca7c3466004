/** What each common player's own "embed" code puts in a page: an iframe's URL, or a script's. */
export const EMBED_IFRAMES = [
  'https://www.youtube.com/embed/M7lc1UVf-VE',
  'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE',
  'https://player.vimeo.com/video/76979871',
  'https://www.google.com/maps/embed?pb=!1m18!1m12',
  'https://maps.google.com/maps?q=harbour&output=embed',
  'https://platform.twitter.com/embed/Tweet.html?id=20',
  'https://www.instagram.com/p/C1a2b3/embed',
  'https://www.facebook.com/plugins/video.php?href=x',
  'https://www.tiktok.com/embed/v2/7300000000000000000',
  'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC',
  'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1',
];

export const EMBED_SCRIPTS = ['https://www.youtube.com/iframe_api', 'https://platform.twitter.com/widgets.js', 'https://www.instagram.com/embed.js', 'https://www.tiktok.com/embed.js'];

// Puppeteer is only used to drive Debian's firefox-esr in tests; it must never
// download a browser of its own (there is no network for that here or in CI).
module.exports = { skipDownload: true };

/** The widget's version, recorded in every export. Kept equal to package.json by a test. */
export const WIDGET_VERSION = '0.1.0';

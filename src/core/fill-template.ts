/**
 * Fills `{name}` placeholders in a translated string. The result is text: the
 * UI renders it as text, never as HTML. A name with no value stays as written,
 * so a translation mistake shows instead of vanishing.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

/**
 * `decodeURIComponent` for text taken from the address bar: a malformed escape such as
 * `%E0%A4%A` (a cut link, a mistyped one) leaves the text as written instead of throwing URIError.
 */
export function decodeUrlText(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The ids in a block's space-separated `measures` attribute. */
export function measureList(attribute: string | undefined): string[] {
  return (attribute ?? '').split(/\s+/).filter(Boolean);
}

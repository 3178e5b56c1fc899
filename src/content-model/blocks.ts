// The block components a case body is made of (content/cases/README.md), each with the prefix
// of its anchors: the ingest writes them, the loader and the site read them.
import { detached } from './detached.ts';

/** Anchor prefix per block component: passages (P, Turn) `p-…`, headings `h-…`, captions and credits `c-…`. */
export const anchorPrefixOf = { Heading: 'h', P: 'p', Turn: 'p', Caption: 'c', Credit: 'c' } as const;

export type BlockKind = keyof typeof anchorPrefixOf;
export type AnchorPrefix = (typeof anchorPrefixOf)[BlockKind];

export const blockKinds = Object.keys(anchorPrefixOf) as BlockKind[];

/**
 * The ids in a block's space-separated `measures` attribute, {@link detached} from the file's
 * text: the archive's indexes keep every case's ids through the whole build.
 */
export function measureIds(attribute: string | undefined): string[] {
  return (attribute ?? '').split(/\s+/).filter(Boolean).map(detached);
}

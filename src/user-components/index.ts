// The block components a case body is written in (content/cases/README.md), by tag name.
import Caption from './Caption.astro';
import Credit from './Credit.astro';
import Heading from './Heading.astro';
import P from './P.astro';
import Turn from './Turn.astro';

export const blockComponents = { P, Heading, Turn, Caption, Credit };

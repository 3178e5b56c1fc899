import type { Passage } from './passages.ts';

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => htmlEntities[character] ?? character);
}

function attributes(passage: Passage, className?: string): string {
  const parts = [`id="${escapeHtml(passage.id)}"`];
  if (className) parts.push(`class="${className}"`);
  if (passage.measures.length) parts.push(`data-measures="${escapeHtml(passage.measures.join(' '))}"`);
  return parts.join(' ');
}

/**
 * One passage as HTML, the same elements the MDX block components render. Case pages built this
 * way skip compiling one MDX module per case, which is what makes a 10,000-case build fit in
 * minutes and a few GB (see the scale benchmark, `npm run bench`).
 */
export function renderPassage(passage: Passage): string {
  const text = escapeHtml(passage.text);
  switch (passage.kind) {
    case 'Heading':
      return `<h2 ${attributes(passage)}>${text}</h2>`;
    case 'P':
      return `<p ${attributes(passage)}>${text}</p>`;
    case 'Turn': {
      const role = passage.attributes['role'] === 'question' ? 'question' : 'answer';
      const speaker = passage.attributes['speaker'];
      const label = speaker ? `<b class="speaker">${escapeHtml(speaker)}：</b>` : '';
      return `<p ${attributes(passage, `turn turn-${role}`)}>${label}${text}</p>`;
    }
    case 'Caption':
      return `<p ${attributes(passage, 'caption')}>${text}</p>`;
    case 'Credit':
      return `<p ${attributes(passage, 'credit')}>${text}</p>`;
  }
}

/** A whole case body as HTML, passage by passage. */
export function renderPassages(passages: Passage[]): string {
  return passages.map(renderPassage).join('\n');
}

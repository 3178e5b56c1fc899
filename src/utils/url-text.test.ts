import { describe, expect, it } from 'vitest';
import { decodeUrlText } from './url-text.ts';

describe('decodeUrlText', () => {
  it('decodes escapes', () => {
    expect(decodeUrlText('p-%E5%B7%A5')).toBe('p-工');
  });
  it.each(['%E0%A4%A', '%', '%zz', '%E0%A4', 'p-%C0%AF'])('leaves malformed input as written: %s', (text) => {
    expect(decodeUrlText(text)).toBe(text);
  });
});

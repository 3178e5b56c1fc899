import { describe, expect, it } from 'vitest';
import { speakerLabel } from './speaker-label.ts';

describe('speakerLabel', () => {
  it('turns the printed prefix into the label instead of repeating it', () => {
    expect(speakerLabel('记者：顺义区总工会如何融入？', '记者')).toBe(
      '<b class="speaker">记者：</b>顺义区总工会如何融入？',
    );
    expect(speakerLabel('<strong>记者</strong>：顺义区', '记者')).toBe('<b class="speaker">记者：</b>顺义区');
    expect(speakerLabel('李慧哲: 在“大党建”工作中', '李慧哲')).toBe('<b class="speaker">李慧哲：</b>在“大党建”工作中');
  });
  it('adds the label when the text has none, and leaves unnamed turns alone', () => {
    expect(speakerLabel('问话<strong>要点</strong>', '记者')).toBe(
      '<b class="speaker">记者：</b>问话<strong>要点</strong>',
    );
    expect(speakerLabel('问话', undefined)).toBe('问话');
  });
});

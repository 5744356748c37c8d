import { describe, expect, it } from 'vitest';
import { referenceHeading } from '../../extension/lib/archive/reference-heading';

describe('referenceHeading', () => {
  it('adds a title the citation does not already say', () => {
    expect(referenceHeading('Nghị quyết số 03-NQ/TU', 'về phát triển kinh tế số')).toBe(
      'Nghị quyết số 03-NQ/TU — về phát triển kinh tế số',
    );
  });

  it('does not repeat a named law’s name as its title, whatever the case or diacritics', () => {
    expect(referenceHeading('Luật Đất đai năm 2024', 'Đất đai')).toBe('Luật Đất đai năm 2024');
    expect(referenceHeading('LUẬT ĐẤT ĐAI', 'Đất đai')).toBe('LUẬT ĐẤT ĐAI');
  });

  it('shows the label alone when there is no title', () => {
    expect(referenceHeading('Chỉ thị 05-CT/TW', null)).toBe('Chỉ thị 05-CT/TW');
    expect(referenceHeading('Chỉ thị 05-CT/TW', '')).toBe('Chỉ thị 05-CT/TW');
  });
});

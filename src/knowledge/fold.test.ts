import { describe, expect, it } from 'vitest';
import { foldKey, foldName, skeletonKey } from './fold.js';

describe('foldKey', () => {
  it('lower-cases and turns hyphens and punctuation into single spaces', () => {
    expect(foldKey('Tehrik-e-Taliban Pakistan')).toBe('tehrik e taliban pakistan');
    expect(foldKey('  Lashkar -- e.Taiba ')).toBe('lashkar e taiba');
  });
  it('drops straight and curly apostrophes without splitting the word', () => {
    expect(foldKey("Al-Qa'ida")).toBe('al qaida');
    expect(foldKey('AL QA’IDA')).toBe('al qaida');
    expect(foldKey('Jama‘at')).toBe('jamaat');
  });
  it('transliterates accents and other scripts to ASCII', () => {
    expect(foldKey('Pākistān')).toBe('pakistan');
    expect(foldKey('Groupe Islamique Armé')).toBe('groupe islamique arme');
  });
  it('removes a leading "the" but keeps an inner one', () => {
    expect(foldKey('The Taliban')).toBe('taliban');
    expect(foldKey('Army of the Pure')).toBe('army of the pure');
    expect(foldKey('Theodore')).toBe('theodore');
  });
  it('returns an empty key for punctuation only', () => {
    expect(foldKey(' -- ')).toBe('');
  });
});

describe('foldName', () => {
  it('transliterates, lower-cases, drops apostrophes, spaces punctuation', () => {
    expect(foldName("Bay'ah")).toBe('bayah');
    expect(foldName('Ma’ruf')).toBe('maruf');
    expect(foldName('Qaʿida')).toBe('qaida');
    expect(foldName('Ayman al-Ẓawāhirī')).toBe('ayman al zawahiri');
    expect(foldName('  Dr.  Aymen   al-Zawahiri, ')).toBe('dr aymen al zawahiri');
  });
});

describe('skeletonKey', () => {
  it('joins transliteration variants of one name', () => {
    expect(skeletonKey('Al Qaeda')).toBe(skeletonKey('al-Qaida'));
    expect(skeletonKey('Al Queda')).toBe(skeletonKey('Al Qaeda'));
    expect(skeletonKey('Hizbut Tahrir')).toBe(skeletonKey('Hizb ut-Tahrir'));
  });
  it('keeps different names apart', () => {
    expect(skeletonKey('Hamas')).not.toBe(skeletonKey('Hezbollah'));
  });
});

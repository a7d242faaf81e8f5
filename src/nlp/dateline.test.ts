import { describe, expect, it } from 'vitest';
import { datelineEnd } from './dateline.js';

// Where a dateline ends, in any alphabet's capitals. Every line here is written for the test.
describe('datelineEnd', () => {
  it.each([
    ['MOGADISHU, Somalia (AP) — Gunmen attacked a hotel.', 'Gunmen'],
    ['POPAYÁN, Colombia — Dissidents burnt two trucks.', 'Dissidents'],
    ['ŞIRNAK, Turkey — Troops entered the valley at dawn.', 'Troops'],
    ['BOGOTÁ, Colombia (Reuters) — The talks resumed on Monday.', 'The'],
    ['Bogotá, Colombia — The talks resumed on Monday.', 'The'],
    ['Medellín, March 3 (AFP) - Police arrested four men.', 'Police'],
    ['Kabul, Aug 20 — A blast hit the city.', 'A'],
  ])('%s', (line, first) => {
    const end = datelineEnd(line);
    expect(end).toBeGreaterThan(0);
    expect(line.slice(end).startsWith(first)).toBe(true);
  });

  it.each([
    'Bogotá-based analysts said the group had split.',
    'Officials in Popayán said the road was closed.',
    'ÉLITE troops, the ministry said, were sent north.',
  ])('no dateline: %s', (line) => {
    expect(datelineEnd(line)).toBe(0);
  });
});

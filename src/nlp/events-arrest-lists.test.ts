import { describe, expect, it } from 'vitest';
import { extract } from './pipeline.js';

// An arrest of people counted, then listed: after a colon in its own sentence, or after "They
// were" opening the next. Every sentence and name here is written for the test.
const arrests = (text: string) => {
  const x = extract({ title: null, published: '2026-12-04', url: null, text });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
  return x.events
    .filter((v) => v.type === 'arrest')
    .map((v) => ({
      agent: v.participants.filter((p) => p.role === 'agent').map((p) => name(p.entity)),
      patients: v.participants
        .filter((p) => p.role === 'patient')
        .map((p) => name(p.entity))
        .sort(),
    }));
};

describe('a counted arrest takes the list that names its people', () => {
  it.each([
    [
      'Two suspects were arrested near Gao on Monday: Abdou Salifou and Ibrahim Garba.',
      ['Abdou Salifou', 'Ibrahim Garba'],
    ],
    [
      'Three men were detained at a checkpoint outside Dosso on Friday: Issa Boubacar, Amadou Sani and Hassane Idrissa.',
      ['Amadou Sani', 'Hassane Idrissa', 'Issa Boubacar'],
    ],
    [
      'The National Gendarmerie arrested two suspects near Tillaberi on Monday. They were Abdou Salifou and Ibrahim Garba.',
      ['Abdou Salifou', 'Ibrahim Garba'],
    ],
    [
      'Two men were detained in Gao on Monday. They are Moussa Hamani and Oumarou Diallo, police said.',
      ['Moussa Hamani', 'Oumarou Diallo'],
    ],
  ])('%s', (text, people) => {
    expect(arrests(text).some((a) => JSON.stringify(a.patients) === JSON.stringify(people))).toBe(true);
  });

  it('the arresting force named in the first sentence holds the people listed in the next', () => {
    const a = arrests(
      'The National Gendarmerie arrested two suspects near Tillaberi on Monday. They were Abdou Salifou and Ibrahim Garba.',
    );
    expect(a[0]?.agent).toEqual(['National Gendarmerie']);
  });

  it('"They were" after an arrest that already named its man lists no one more', () => {
    const a = arrests(
      'Police arrested Ali Raza in Multan on Monday. They were his brothers, officials said.',
    );
    expect(a.map((x) => x.patients)).toEqual([['Ali Raza']]);
  });

  it('a list after "They were" two sentences later is not the arrest\'s', () => {
    const a = arrests(
      'The National Gendarmerie arrested two suspects near Tillaberi on Monday. The raid lasted an hour. They were Abdou Salifou and Ibrahim Garba.',
    );
    expect(a.flatMap((x) => x.patients)).not.toContain('Abdou Salifou');
  });
});

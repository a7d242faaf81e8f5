import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: who made an arrest the trigger stage found no doer for', () => {
  it('"was arrested by the counter-terrorism squad F": the body a described "by" phrase names', () => {
    const a = run(
      'JAKARTA - A preacher, Abu Umar Sutrisno, was arrested in Solo by the counter-terrorism squad Densus 88 on Monday, police said.',
    );
    expect(a.of('arrest').map(a.roles)).toEqual([['agent:Densus 88', 'patient:Abu Umar Sutrisno']]);
    const b = run(
      'KAMPALA - Yusuf Wasswa was detained near the border by the elite police unit Joint Anti-Terrorism Taskforce on Friday.',
    );
    expect(b.of('arrest').map(b.roles)).toEqual([
      ['agent:Joint Anti-Terrorism Taskforce', 'patient:Yusuf Wasswa'],
    ]);
    // (a passive killing too: "shot dead by the paramilitary F")
    const c = run(
      'KHARTOUM - Local commander Adam Yahya was shot dead near El Fasher by the paramilitary Rapid Support Forces on Sunday, residents said.',
    );
    expect(c.of('killing').map(c.roles)).toEqual([['agent:Rapid Support Forces', 'patient:Adam Yahya']]);
  });

  it('"F said two men were captured": the security force that reports the arrest made it', () => {
    const a = run(
      'QUETTA - The Counter Terrorism Department said two men, Gul Baloch and Rahim Bugti, were captured in a raid near Kalat on Friday.',
    );
    expect(a.of('arrest').map(a.roles)).toEqual([
      ['agent:Counter Terrorism Department', 'patient:Gul Baloch', 'patient:Rahim Bugti'],
    ]);
    const b = run(
      'NAIROBI - The Anti-Terrorism Police Unit said a suspected recruiter, Musa Omar, had been arrested in Lamu on Sunday.',
    );
    expect(b.of('arrest').map(b.roles)).toEqual([['agent:Anti-Terrorism Police Unit', 'patient:Musa Omar']]);
  });

  it('"F said officers detained three men": the force, also where the parse hangs the verb on "officers"', () => {
    const a = run('LONDON - Counter Terrorism Policing said officers detained three men in Leeds on Friday.');
    expect(a.of('arrest').map(a.roles)).toEqual([['agent:Counter Terrorism Policing']]);
    const b = run(
      'KARACHI - The Sindh Rangers said troops arrested four suspected militants in Lyari on Monday.',
    );
    expect(b.of('arrest').map(b.roles)).toEqual([['agent:Sindh Rangers']]);
  });
});

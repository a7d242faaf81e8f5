import { describe, expect, it } from 'vitest';
import { runEvents } from '../../test/events-helpers.js';

const run = runEvents;

describe('events: the force that says, before the act, what its unnamed troops did', () => {
  it('"The F said soldiers had killed …", "F spokesman X said troops killed …": F is the doer', () => {
    const a = run(
      'The Kenya Defence Forces said on Saturday that soldiers had killed nine raiders in the Boni forest. The operation was continuing.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Kenya Defence Forces']]);
    const b = run(
      'Ghana Armed Forces spokesman Colonel Kwame Mensah said troops killed six gunmen near Bawku on Sunday. The region has seen raids for years.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Ghana Armed Forces']]);
    // (a speaker that is no security force lends no doer)
    const c = run(
      'Amnesty International said on Monday that soldiers had killed nine villagers near Gao. The region has seen fighting for years.',
    );
    expect(c.of('killing').map(c.roles)).toEqual([[]]);
  });
  it('"Its spokesman, X, said soldiers had killed …" after the force reports: the force', () => {
    // (with no place told, an act with nobody named would not be kept at all)
    const a = run(
      "The Uganda People's Defence Force said its troops had chased the raiders into the hills near Kasese. Its spokesman, Ronald Mugisha, said on Friday that soldiers had killed five insurgents. The province has suffered raids since 2017.",
    );
    expect(a.of('killing').map(a.roles)).toEqual([["agent:Uganda People's Defence Force"]]);
    const b = run(
      'The Malian Armed Forces said on Monday that units had reached the town of Tessit. Its spokesman, Colonel Souleymane Dembele, said soldiers had killed twelve jihadists. The region has seen fighting for years.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Malian Armed Forces']]);
    // ("its" after a sentence that names a militant group, not a force)
    const c = run(
      'Al-Shabaab said its fighters had overrun a base near Balad. Its spokesman, Ali Dhere, said soldiers had killed six of the attackers. The group has fought the government since 2006.',
    );
    expect(c.of('killing').flatMap(c.roles)).not.toContain('agent:Al-Shabaab');
  });
  it('"F spokesman X said a joint patrol had tracked gunmen to a camp and killed nine of them": F', () => {
    const a = run(
      'Burundi National Defence Force spokesman Colonel Eric Nkusi said a joint patrol had tracked a band of gunmen to a camp near Cibitoke on Thursday and killed nine of them. The area has seen raids for years.',
    );
    expect(a.of('killing').map(a.roles)).toEqual([['agent:Burundi National Defence Force']]);
    const b = run(
      'Nigerian Army spokesman Major General Ibrahim Musa said a patrol had tracked bandits to a farm near Gusau on Friday and killed seven of them. The state has suffered raids for years.',
    );
    expect(b.of('killing').map(b.roles)).toEqual([['agent:Nigerian Army']]);
  });
  it('"F said troops had clashed with gunmen", nobody named on either side: an attack by F', () => {
    const a = run(
      'Burundi National Defence Force spokesman Colonel Eric Nkusi said a patrol had clashed with a band of gunmen near Cibitoke on Thursday. The area has seen raids for years.',
    );
    expect(a.of('attack').map(a.roles)).toEqual([['agent:Burundi National Defence Force']]);
    const b = run(
      'The Ghana Armed Forces said on Monday that troops had clashed with armed herders near Bawku. The region has seen fighting for years.',
    );
    expect(b.of('attack').map(b.roles)).toEqual([['agent:Ghana Armed Forces']]);
    // (with no force saying so, a clash with no side named is still no incident)
    const c = run(
      'Residents said troops had clashed with armed herders near Bawku on Monday. The region has seen fighting for years.',
    );
    expect(c.of('attack')).toEqual([]);
  });
});

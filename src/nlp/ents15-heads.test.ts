import { describe, expect, it } from 'vitest';
import { typeOf } from '../../test/entities-helpers.js';

// Arabic, Urdu, Malay and Hausa words that open a group's name ("brigade", "army", "forces",
// "regiment", "gathering", "congregation") make the name a body, not a person (ents15). Every
// sentence and group name here is written for the test.

describe('a group word of another language opening a name makes it a body', () => {
  it.each([
    ['Firqat al-Hamza fought the Kurdish forces near the river.', 'Firqat al-Hamza'],
    ['Officials said Firqat Sultan Nuri had withdrawn from the hills.', 'Firqat Sultan Nuri'],
    ['Jaysh al-Izza shelled the village on Tuesday.', 'Jaysh al-Izza'],
    ['Witnesses blamed Jaysh Tahrir al-Qura for the kidnapping.', 'Jaysh Tahrir al-Qura'],
    ['Jemaah Ansharut Khilafah pledged allegiance to the caliph.', 'Jemaah Ansharut Khilafah'],
    ['Prosecutors said Jemaah Muslimin Bersatu had raised the money.', 'Jemaah Muslimin Bersatu'],
    ["Jama'atu Ahlis Sunna claimed the raid on the market.", "Jama'atu Ahlis Sunna"],
    ['Jamaatu Ansarin Dawla denied the claim on Friday.', 'Jamaatu Ansarin Dawla'],
    ['Quwat al-Ridha withdrew from the town overnight.', 'Quwat al-Ridha'],
    ['The checkpoint is held by Quwat Sutoro Kharaba, residents said.', 'Quwat Sutoro Kharaba'],
    ['Fawj al-Tawhid denied the report.', 'Fawj al-Tawhid'],
    ['Two commanders of Fawj Ahl al-Wadi were killed.', 'Fawj Ahl al-Wadi'],
    ['Tajamu Fastaqim Kama Umirt joined the alliance.', 'Tajamu Fastaqim Kama Umirt'],
    ['Tajammu al-Mujahidin al-Ahrar rejected the truce.', 'Tajammu al-Mujahidin al-Ahrar'],
    ['Alwiya al-Fath al-Mubin moved into the suburbs.', 'Alwiya al-Fath al-Mubin'],
    ['Analysts said Alwiya Suqur al-Jabal had lost its sponsors.', 'Alwiya Suqur al-Jabal'],
    ['Ahrar al-Sharqiya seized the crossing.', 'Ahrar al-Sharqiya'],
    ['Officials accused Ahrar al-Jazira of looting homes.', 'Ahrar al-Jazira'],
    ['Hurras al-Tawhid named a new emir in March.', 'Hurras al-Tawhid'],
    ['A drone struck a car carrying two leaders of Hurras al-Sunna.', 'Hurras al-Sunna'],
    ['Officials said Junud al-Ghuraba had left the valley.', 'Junud al-Ghuraba'],
    ['The army said Junud al-Khilafa had planted the mine.', 'Junud al-Khilafa'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });
});

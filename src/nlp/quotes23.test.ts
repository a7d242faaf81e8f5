import { describe, it } from 'vitest';
import { type QuoteCase as Case, checkSpeaker } from '../../test/quotes-helpers.js';

// quotes23: a battery of quote constructions of ordinary news reporting on armed groups
// (issue #10). Every passage is written for this test; names, places and groups vary so
// that no rule can lean on one wording.

const check = (c: Case): void => checkSpeaker(c);

const BATTERY: Case[] = [
  // ---- a group's or a body's statement
  {
    what: 'G said in a statement posted on Telegram: “…”',
    text: 'Fighters attacked an army post near Diapaga on Tuesday. Jama\'at Nusrat al-Islam wal-Muslimin said in a statement posted on Telegram: "Our brothers destroyed four vehicles and seized their weapons."',
    quote: 'Our brothers destroyed',
    want: { name: "Jama'at Nusrat al-Islam wal-Muslimin" },
  },
  {
    what: 'G said in a statement on its website: “…” (second group, other order)',
    text: 'In a statement on its website on Friday, the Tehreek-e-Taliban Pakistan said: "The police checkpoint in Lakki Marwat was struck by our martyrdom unit."',
    quote: 'The police checkpoint',
    want: { name: 'Tehreek-e-Taliban Pakistan' },
  },
  {
    what: 'a statement from the ministry read: “…”',
    text: 'Gunmen stormed a hotel in the capital overnight. A statement from the Ministry of Security read: "The attackers were neutralised and the hostages freed."',
    quote: 'The attackers were neutralised',
    want: { name: 'Ministry of Security' },
  },
  {
    what: 'the statement read (group named the sentence before)',
    text: 'The Allied Democratic Forces claimed the raid on Oicha in a message to its supporters. "The soldiers of the caliphate killed dozens of crusaders," the statement read.',
    quote: 'The soldiers of the caliphate',
    want: { name: 'Allied Democratic Forces' },
  },
  {
    what: 'a group posted: “…” on a channel',
    text: 'Hayat Tahrir al-Sham posted on its Telegram channel: "We will not hand over the prisoners until our demands are met."',
    quote: 'We will not hand over',
    want: { name: 'Hayat Tahrir al-Sham' },
  },
  // ---- a speaker introduced, then "he added" / "she continued"
  {
    what: 'X said … ¶ “…,” he added',
    text: 'Police commissioner Ahmed Farah said the attackers had come from the forest on motorbikes.\n\n"They knew the roads better than we did," he added.',
    quote: 'They knew the roads',
    want: { name: 'Ahmed Farah' },
  },
  {
    what: 'X, a nurse, said … ¶ “…,” she continued',
    text: 'Amina Yusuf, a nurse at the district hospital in Damaturu, said seven of the wounded were children.\n\n"We ran out of blood by midnight and had to send families to Potiskum," she continued.',
    quote: 'We ran out of blood',
    want: { name: 'Amina Yusuf' },
  },
  {
    what: 'X described … ¶ “…” (alone) ¶',
    text: 'Grace Okafor, whose brother was taken from the farm, described the night of the raid.\n\n"They tied his hands and marched him into the bush. We have heard nothing since."',
    quote: 'They tied his hands',
    want: { name: 'Grace Okafor' },
  },
  // ---- the quote first, an unnamed official after
  {
    what: '“…,” a district official said, speaking on condition of anonymity',
    text: 'Clashes continued around Tillaberi on Sunday.\n\n"The fighters left before the soldiers arrived," a district official said, speaking on condition of anonymity because he was not authorised to talk to the press.',
    quote: 'The fighters left',
    want: { desc: 'a district official' },
  },
  {
    what: '“…,” the official said, … (introduced before)',
    text: 'A senior intelligence official in Quetta said the cell had been watched for months. "They met every Friday in a rented house," the official said, speaking on condition of anonymity.',
    quote: 'They met every Friday',
    want: { desc: 'intelligence official' },
  },
  {
    what: 'according to a police officer who asked not to be named, “…”',
    text: 'According to a police officer who asked not to be named, "the bomb was hidden in a vegetable cart near the gate."',
    quote: 'the bomb was hidden',
    want: { desc: 'a police officer' },
  },
  {
    what: '“…,” according to a medic who asked not to be identified',
    text: 'Eleven bodies were brought to the hospital in Bunia. "Most of them had machete wounds on the neck and arms," according to a medic who asked not to be identified.',
    quote: 'Most of them had machete',
    want: { desc: 'a medic' },
  },
  // ---- video and audio messages
  {
    what: 'In the video, X says: “…”',
    text: 'A new video surfaced on Monday. In the video, Abubakar Shekau says: "We will continue this fight until the whole of Nigeria submits."',
    quote: 'We will continue this fight',
    want: { name: 'Abubakar Shekau' },
  },
  {
    what: "In an audio message, the group's leader, X, said: “…”",
    text: 'In an audio message released on Sunday, the group\'s leader, Abu Hafs al-Hashimi, said: "The soldiers of the state will strike the enemies wherever they are."',
    quote: 'The soldiers of the state',
    want: { name: 'Abu Hafs al-Hashimi' },
  },
  {
    what: 'X appears in a video, saying “…”',
    text: 'Ahmad Diriye appears in the recording seated before a black flag, saying "the war against the apostate government will go on."',
    quote: 'the war against the apostate',
    want: { name: 'Ahmad Diriye' },
  },
  // ---- social media
  {
    what: 'X wrote on X: “…”',
    text: 'Zabihullah Mujahid wrote on X: "The Islamic Emirate will not allow anyone to use Afghan soil against other countries."',
    quote: 'The Islamic Emirate will not',
    want: { name: 'Zabihullah Mujahid' },
  },
  {
    what: 'X wrote on Facebook that “…”',
    text: 'Farhan Qureshi, a lawmaker from Kurram, wrote on Facebook that "the police have abandoned our villages to the gangs."',
    quote: 'the police have abandoned',
    want: { name: 'Farhan Qureshi' },
  },
  {
    what: '“…,” X posted on Telegram',
    text: '"Our fighters are advancing on the airport and the enemy is fleeing," Yahya Saree posted on Telegram late on Saturday.',
    quote: 'Our fighters are advancing',
    want: { name: 'Yahya Saree' },
  },
  // ---- spokesmen and titles
  {
    what: "the group's spokesman, Y, told AFP: “…”",
    text: 'The group\'s spokesman, Abu Obeida, told AFP: "The prisoners will be exchanged only on our terms."',
    quote: 'The prisoners will be exchanged',
    want: { name: 'Abu Obeida' },
  },
  {
    what: "G's spokesman, Y, told Reuters that “…”",
    text: 'Al-Shabaab\'s spokesman, Abdiasis Abu Musab, told Reuters that "the foreign troops must leave Somalia before there can be any talks."',
    quote: 'the foreign troops must leave',
    want: { name: 'Abdiasis Abu Musab' },
  },
  {
    what: '“…,” said provincial police chief X',
    text: '"Nobody was allowed to leave the market until the search was over," said provincial police chief Mohammed Rahimi.',
    quote: 'Nobody was allowed to leave',
    want: { name: 'Mohammed Rahimi' },
  },
  {
    what: '“…,” said Colonel X, the army spokesman in P',
    text: '"The road between Maiduguri and Damboa has been reopened to traffic," said Colonel Ibrahim Sani, the army spokesman in Maiduguri.',
    quote: 'The road between Maiduguri',
    want: { name: 'Ibrahim Sani' },
  },
  {
    what: '“…,” the spokesman, X, said',
    text: '"We have arrested the men who planted the device," the spokesman, Ahmed Omar, said on Wednesday.',
    quote: 'We have arrested the men',
    want: { name: 'Ahmed Omar' },
  },
  {
    what: 'A spokesman for the army, Captain X, told VOA: “…”',
    text: 'A spokesman for the Somali National Army, Captain Abdi Hassan Nur, told VOA: "Our forces now control all the villages along the river."',
    quote: 'Our forces now control',
    want: { name: 'Abdi Hassan Nur' },
  },
  {
    what: 'said the governor of S, X',
    text: '"Those who carried out this attack will be hunted down," said the governor of Borno state, Babagana Zulum, after visiting the scene.',
    quote: 'Those who carried out',
    want: { name: 'Babagana Zulum' },
  },
  // ---- two speakers alternating
  {
    what: 'alternating speakers, the second named one',
    text: '"We have taken the town and the enemy has fled," said Karim Bello, a militia commander.\n\n"They left in the night and took the cattle with them," said Sadiq Umar, a farmer who stayed behind.\n\n"We will stay here until the army comes," Bello added.',
    quote: 'They left in the night',
    want: { name: 'Sadiq Umar' },
  },
  {
    what: 'alternating speakers, back to the first by surname',
    text: '"We have taken the town and the enemy has fled," said Karim Bello, a militia commander.\n\n"They left in the night and took the cattle with them," said Sadiq Umar, a farmer who stayed behind.\n\n"We will stay here until the army comes," Bello added.',
    quote: 'We will stay here',
    want: { name: 'Karim Bello' },
  },
  {
    what: 'alternating: a reply after a colon',
    text: 'Lina Haddad said the sirens never sounded. Her neighbour, Omar Saleh, disagreed: "The sirens sounded twice, but nobody believed them."',
    quote: 'The sirens sounded twice',
    want: { name: 'Omar Saleh' },
  },
  // ---- pronouns with a person of the other sex between
  {
    what: '“…,” he said: the antecedent two sentences back, a woman between',
    text: 'Omar Haji, the district commissioner, visited the burned market on Monday. He met Fatima Ali, whose shop was destroyed. Her husband was among the dead.\n\n"We will rebuild the market within a month," he said.',
    quote: 'We will rebuild the market',
    want: { name: 'Omar Haji' },
  },
  {
    what: '“…,” she said: the antecedent two sentences back, a man between',
    text: 'Maryam Bello runs a shelter for widows in Kano. Last year she hired Musa Garba as a driver. The shelter now houses forty families.\n\n"Every month there are new names on our list," she said.',
    quote: 'Every month there are new names',
    want: { name: 'Maryam Bello' },
  },
  // ---- a group or force as speaker
  {
    what: '“…,” the group said (group claimed the attack)',
    text: 'Jaish-e-Mohammed claimed responsibility for the bombing of the convoy. "Our men struck in revenge for the killing of our brothers," the group said.',
    quote: 'Our men struck',
    want: { name: 'Jaish-e-Mohammed' },
  },
  {
    what: '“…,” the army said (army named before)',
    text: 'The Nigerian Army said its troops repelled an attack on a base in Monguno. "Several terrorists were neutralised and their weapons recovered," the army said.',
    quote: 'Several terrorists were',
    want: { name: 'Nigerian Army' },
  },
  {
    what: 'the militants said in a statement (described only)',
    text: 'The militants said in a statement: "We will keep attacking every convoy that passes through our land."',
    quote: 'We will keep attacking',
    want: { desc: 'militants' },
  },
  {
    what: '“…,” the movement warned in a statement',
    text: 'The Arakan Army seized two more outposts this week. "Any soldier who surrenders will be treated well," the movement warned in a statement.',
    quote: 'Any soldier who surrenders',
    want: { name: 'Arakan Army' },
  },
  // ---- quotes inside quotes
  {
    what: 'a quote holding a single-quoted order',
    text: '"They told us, \'Leave now or die,\' and then they set the houses on fire," said Halima Sule, a trader from Gwoza.',
    quote: 'They told us',
    want: { name: 'Halima Sule' },
  },
  {
    what: 'a quote holding a double-quoted slogan in curly marks',
    text: 'Yusuf Abdi, a teacher, said: “When they shouted ‘God is great’ we knew what was coming and ran to the river.”',
    quote: 'When they shouted',
    want: { name: 'Yusuf Abdi' },
  },
  // ---- headline colon
  {
    what: 'headline: X: “…”',
    text: 'Zulum: "Borno will never be abandoned to the terrorists"\n\nGovernor Babagana Zulum spoke after a visit to the camps on Thursday.',
    quote: 'Borno will never be abandoned',
    want: { name: 'Babagana Zulum' },
  },
  {
    what: 'headline: a title and name: “…”',
    text: 'Army chief Christopher Musa: "We will end banditry in the northwest this year"\n\nThe general was speaking at a passing-out parade in Kaduna.',
    quote: 'We will end banditry',
    want: { name: 'Christopher Musa' },
  },
  // ---- interpreters and translations
  {
    what: 'Speaking through an interpreter, X told reporters: “…”',
    text: 'Speaking through an interpreter, Ahmad Shah Noori told reporters: "The men who took my son were wearing police uniforms."',
    quote: 'The men who took my son',
    want: { name: 'Ahmad Shah Noori' },
  },
  {
    what: '“…,” X said through an interpreter',
    text: '"We have nothing left, not even a goat," Gul Bibi Sherzai said through an interpreter.',
    quote: 'We have nothing left',
    want: { name: 'Gul Bibi Sherzai' },
  },
  {
    what: 'In a message translated by SITE, the group said: “…”',
    text: 'Islamic State Sahel Province claimed the ambush near Menaka. In a message translated by the SITE Intelligence Group, the group said: "Thirty soldiers of the apostate army were killed."',
    quote: 'Thirty soldiers of the apostate',
    want: { name: 'Islamic State Sahel Province' },
  },
  // ---- unnamed sources keep their description
  {
    what: '“…,” a security source said',
    text: '"The gunmen came on motorcycles and fired at everyone in the mosque," a security source said.',
    quote: 'The gunmen came on motorcycles',
    want: { desc: 'a security source' },
  },
  {
    what: '“…,” said a local elder',
    text: '"We buried eleven people today, and three more are missing," said a local elder in Kidal.',
    quote: 'We buried eleven people',
    want: { desc: 'a local elder' },
  },
  {
    what: '“…,” residents told AFP',
    text: 'Fighting broke out near the airport at dawn. "The shooting lasted for hours and we could not leave our homes," residents told AFP.',
    quote: 'The shooting lasted for hours',
    want: { desc: 'residents' },
  },
  {
    what: 'Residents said: “…”',
    text: 'Soldiers withdrew from the town on Friday. Residents said: "The soldiers left without warning and the fighters arrived an hour later."',
    quote: 'The soldiers left without warning',
    want: { desc: 'residents' },
  },
  {
    what: 'a witness, speaking by phone, said: “…”',
    text: 'A witness, speaking by phone from Beni, said: "I counted at least twenty bodies on the road to the market."',
    quote: 'I counted at least twenty',
    want: { desc: 'a witness' },
  },
  // ---- other ordinary shapes
  {
    what: 'Speaking to reporters in P, X said: “…”',
    text: 'Speaking to reporters in Mogadishu, Hussein Ali Warsame said: "The operation in Middle Shabelle will continue until every village is free."',
    quote: 'The operation in Middle Shabelle',
    want: { name: 'Hussein Ali Warsame' },
  },
  {
    what: 'X said … ¶ a quote alone, two sentences',
    text: 'Aisha Musa, 34, said the gunmen came to her village at dawn.\n\n"They took my two sons. I do not know if they are still alive."',
    quote: 'They took my two sons',
    want: { name: 'Aisha Musa' },
  },
  {
    what: '“…,” X said, “…” (split quote, second half)',
    text: '"We were sleeping," said Joseph Ndlovu, 52, "when the first shots rang out near the church."',
    quote: 'when the first shots rang out',
    want: { name: 'Joseph Ndlovu' },
  },
  {
    what: 'X was quoted by a news agency as saying “…”',
    text: 'Interior Minister Mohsin Naqvi was quoted by the state news agency as saying "the terrorists and their facilitators will be given no space."',
    quote: 'the terrorists and their facilitators',
    want: { name: 'Mohsin Naqvi' },
  },
  {
    what: '“…,” he told the AP by phone (antecedent named before)',
    text: 'Moussa Ag Acharatoumane leads a militia in the Menaka region. "The jihadists control every road out of the town," he told The Associated Press by phone.',
    quote: 'The jihadists control',
    want: { name: 'Moussa Ag Acharatoumane' },
  },
  {
    what: 'X, a researcher at an institute, said in an interview: “…”',
    text: 'Nnamdi Obasi, a researcher at the International Crisis Group, said in an interview: "The bandits and the jihadists are learning from each other."',
    quote: 'The bandits and the jihadists',
    want: { name: 'Nnamdi Obasi' },
  },
  {
    what: '“…,” the organisation said in a report',
    text: '"Civilians are paying the highest price for this war," Human Rights Watch said in a report published on Thursday.',
    quote: 'Civilians are paying',
    want: { name: 'Human Rights Watch' },
  },
  {
    what: 'In a post on Telegram, the group wrote: “…”',
    text: 'The Houthis claimed the strike on the tanker. In a post on Telegram, the group wrote: "Our naval forces targeted the ship with a number of missiles."',
    quote: 'Our naval forces targeted',
    want: { name: 'Houthis' },
  },
  {
    what: 'President X said in a televised address: “…”',
    text: 'President Bola Tinubu said in a televised address: "No part of this country will be ceded to criminals."',
    quote: 'No part of this country',
    want: { name: 'Bola Tinubu' },
  },

  // ---- batch 2: more shapes
  {
    what: 'A former militant who … described …. “…,” he said (a name further back)',
    text: 'Security forces say Bashir Kuchi still commands several hundred men. A former militant who surrendered in Lodwar last year described the camp as a place of hunger. "We ate once a day and the commanders ate meat," he said.',
    quote: 'We ate once a day',
    want: { desc: 'a former militant' },
  },
  {
    what: 'A defector who … recalled …. “…,” she said',
    text: 'Officials blame Fatou Ndiaye for recruiting girls online. A young woman who fled the group in March recalled the first weeks in the forest. "They took our phones and gave us new names," she said.',
    quote: 'They took our phones',
    want: { desc: 'a young woman' },
  },
  {
    what: '“…,” G said in a claim carried by its news agency',
    text: 'Gunmen attacked a church in Kasindi during a service. "The soldiers of the caliphate bombed a gathering of Christians," the Islamic State said in a claim carried by its Amaq news agency.',
    quote: 'The soldiers of the caliphate bombed',
    want: { name: 'Islamic State' },
  },
  {
    what: 'Reuters quoted X as saying “…”',
    text: 'Reuters quoted Ali Mohamed Hussein, a district commissioner, as saying: "The gunmen took the money and burned the lorries."',
    quote: 'The gunmen took the money',
    want: { name: 'Ali Mohamed Hussein' },
  },
  {
    what: '“…,” the newspaper quoted X as saying',
    text: '"We have identified the men who planned the attack," the Dawn newspaper quoted Ghulam Haider Jamali as saying.',
    quote: 'We have identified the men',
    want: { name: 'Ghulam Haider Jamali' },
  },
  {
    what: 'a quote question, asked X, a mother of five',
    text: '"Where will we go now that the camp is closed?" asked Hawa Diallo, a mother of five who fled Djibo.',
    quote: 'Where will we go now',
    want: { name: 'Hawa Diallo' },
  },
  {
    what: '“…,” one fighter said',
    text: 'Reporters met a unit of the militia near Bambari. "We are fighting for our villages, not for money," one fighter said.',
    quote: 'We are fighting for our villages',
    want: { desc: 'one fighter' },
  },
  {
    what: 'read a statement from the group',
    text: 'The Baloch Liberation Army said its fighters had attacked a camp in Turbat. "Our fighters entered the camp and fought for six hours," read a statement from the group.',
    quote: 'Our fighters entered the camp',
    want: { name: 'Baloch Liberation Army' },
  },
  {
    what: 'said a statement issued by the ministry',
    text: '"The government will not negotiate with those who kill children," said a statement issued by the Ministry of Security.',
    quote: 'The government will not negotiate',
    want: { name: 'Ministry of Security' },
  },
  {
    what: '“…,” the Taliban spokesman said (introduced with the role)',
    text: 'Taliban spokesman Zabihullah Mujahid denied the group was sheltering foreign fighters. "There are no foreign fighters in Afghanistan," the Taliban spokesman said.',
    quote: 'There are no foreign fighters',
    want: { name: 'Zabihullah Mujahid' },
  },
  {
    what: 'X told the BBC’s Hausa service: “…”',
    text: 'Bashir Sani Danjuma told the BBC\'s Hausa service: "The bandits demanded five million naira for each of the children."',
    quote: 'The bandits demanded',
    want: { name: 'Bashir Sani Danjuma' },
  },
  {
    what: 'X said on state television: “…”',
    text: 'Defence Minister Sadio Camara said on state television: "The terrorists will find no hiding place in Mali."',
    quote: 'The terrorists will find no hiding',
    want: { name: 'Sadio Camara' },
  },
  {
    what: '“…,” X said in a voice message sent to journalists',
    text: '"We did not kill the hostages; the army did," Abu Yahya al-Masri said in a voice message sent to journalists on Monday.',
    quote: 'We did not kill the hostages',
    want: { name: 'Abu Yahya al-Masri' },
  },
  {
    what: 'according to X ¶ “…” alone',
    text: 'The militants crossed the river at night, according to Idrissa Maiga, the mayor of Ayorou.\n\n"They came in canoes and left before the soldiers woke."',
    quote: 'They came in canoes',
    want: { name: 'Idrissa Maiga' },
  },
  {
    what: 'X, who spoke on condition of anonymity, said “…” (named after all)',
    text: '"The convoy was ambushed twice before it reached the bridge," Kamal Uddin, who spoke on condition of anonymity for fear of reprisals, said.',
    quote: 'The convoy was ambushed twice',
    want: { name: 'Kamal Uddin' },
  },
  {
    what: '“…,” the police said in a statement',
    text: 'Two men were arrested in Mombasa on Saturday. "The suspects were planning to attack a shopping centre," the police said in a statement.',
    quote: 'The suspects were planning',
    want: { desc: 'police' },
  },
  {
    what: '“…,” X’s foreign ministry said',
    text: '"This cowardly attack will not weaken our resolve," Kenya\'s foreign ministry said in a statement.',
    quote: 'This cowardly attack',
    // (a body since quotes27: the gold files name such a ministry as the speaking entity)
    want: { name: 'foreign ministry' },
  },
  {
    what: 'the U.N. chief X said in a statement',
    text: '"Attacks on peacekeepers may constitute war crimes," U.N. Secretary-General Antonio Guterres said in a statement.',
    quote: 'Attacks on peacekeepers',
    want: { name: 'Antonio Guterres' },
  },
  {
    what: 'X, the spokesman, tweeted: “…”',
    text: 'Mohammed Abdulsalam, the group\'s chief negotiator, tweeted: "The blockade on our people must end before any talks can begin."',
    quote: 'The blockade on our people',
    want: { name: 'Mohammed Abdulsalam' },
  },
  {
    what: 'In his sermon, X said: “…”',
    text: 'In his Friday sermon, Maulana Abdul Aziz said: "Those who fight the mujahideen are fighting Islam itself."',
    quote: 'Those who fight the mujahideen',
    want: { name: 'Abdul Aziz' },
  },
  {
    what: 'X said … ¶ “…” alone, then she said with a man named between',
    text: 'Halima Bukar said the fighters had surrounded the village at dawn.\n\n"They were looking for the chief, Adamu Kolo, and for any young men," she said.',
    quote: 'They were looking for the chief',
    want: { name: 'Halima Bukar' },
  },
  {
    what: 'X said: “…” the sentence after the intro ended “X said.”',
    text: 'The fighters had demanded a ransom of ten cows per family, said Usman Jibo, a farmer from Dansadau. "Those who could not pay were beaten in front of their children."',
    quote: 'Those who could not pay',
    want: { name: 'Usman Jibo' },
  },
  {
    what: 'the ministry called it “…” (a body described by its noun, named before)',
    text: 'The Ministry of Defence of Niger said on Sunday that soldiers had repelled an attack in Tahoua. The ministry called the raid "a desperate act by terrorists in retreat".',
    quote: 'a desperate act by terrorists',
    want: { name: 'Ministry of Defence' },
  },
  {
    what: '“…,” the Sahel-based group said',
    text: 'Jama\'at Nusrat al-Islam wal-Muslimin claimed the ambush near Boni. "Our fighters seized eleven vehicles and many weapons," the Sahel-based group said.',
    quote: 'Our fighters seized eleven',
    want: { name: "Jama'at Nusrat al-Islam wal-Muslimin" },
  },
  {
    what: 'a headline: surname: “…” and the full name in the body',
    text: 'Haftar: "Our forces will enter the capital within days"\n\nKhalifa Haftar, the commander of the eastern forces, spoke to officers in Benghazi on Tuesday.',
    quote: 'Our forces will enter',
    want: { name: 'Khalifa Haftar' },
  },
  {
    what: 'a woman named, a man in her sentence, “…,” she told Reuters',
    text: 'Zainab Usman lost her husband, Abdullahi Garba, in the attack on the mosque. "I saw his body in the yard the next morning," she told Reuters.',
    quote: 'I saw his body',
    want: { name: 'Zainab Usman' },
  },

  // ---- second passages for the quotes23 rules
  {
    what: 'X recalled … ¶ “…” alone',
    text: 'Ibrahim Lawan recalled the morning the gunmen came to Kaura.\n\n"First we heard the motorbikes. Then the shooting started near the school."',
    quote: 'First we heard the motorbikes',
    want: { name: 'Ibrahim Lawan' },
  },
  {
    what: 'according to a nurse … who said …, “…”',
    text: 'According to a nurse at the camp who said she feared for her job, "the children have had no milk for a week."',
    quote: 'the children have had no milk',
    want: { desc: 'a nurse' },
  },
  {
    what: '“…,” he said: a kinsman of his who was killed is no antecedent',
    text: 'Idris Bala runs the only clinic in Konduga. His brother was killed in an ambush on the road last year.\n\n"The road is still not safe for anyone," he said.',
    quote: 'The road is still not safe',
    want: { name: 'Idris Bala' },
  },
  {
    what: '“…,” he said: a woman known as such from "Her …" after her name',
    text: 'Adamu Sule, a councillor in Gusau, spoke at the funeral. Beside him stood Hauwa Idris. Her son died in the raid last week.\n\n"We have asked for soldiers for months and nobody came," he said.',
    quote: 'We have asked for soldiers',
    want: { name: 'Adamu Sule' },
  },
  {
    what: '“…,” he said: a woman known as such from "She …" after her name',
    text: 'Rabiu Sani, a farmer, lost two cows in the raid. Across the road lives Yagana Bukar. She fled to the town with her children.\n\n"Nobody will go back to the farms this season," he said.',
    quote: 'Nobody will go back',
    want: { name: 'Rabiu Sani' },
  },
  {
    what: 'According to a transcript from an institute, the group said: “…”',
    text: 'Boko Haram released a video of the kidnapped girls. According to a transcript from the Middle East Media Research Institute, the group said: "The girls have converted and will not return to their parents."',
    quote: 'The girls have converted',
    want: { name: 'Boko Haram' },
  },
  {
    what: 'state television quoted a police officer as saying that “…”',
    text: 'State television quoted a senior police officer as saying that "the attackers were foreigners who crossed from the north."',
    quote: 'the attackers were foreigners',
    want: { desc: 'a senior police officer' },
  },
  {
    what: '“…,” the Iran-backed group said',
    text: 'Hezbollah fired rockets at a base in the north on Sunday. "This is a response to the killing of our commanders," the Iran-backed group said in a statement.',
    quote: 'This is a response',
    want: { name: 'Hezbollah' },
  },
  {
    what: '“…,” the army spokesman said (introduced as "the army’s spokesman")',
    text: 'Hassan Kamara, the army\'s spokesman in Freetown, said two officers had been detained. Later the police arrested Musa Turay. "The men were planning to seize the radio station," the army spokesman said.',
    quote: 'The men were planning',
    want: { name: 'Hassan Kamara' },
  },
  {
    what: '“…,” the statement said (a video the sentence before)',
    text: 'The Baloch Liberation Front announced the attack in a video released to journalists. "Our fighters will keep targeting the projects that steal our resources," the statement said.',
    quote: 'Our fighters will keep targeting',
    want: { name: 'Baloch Liberation Front' },
  },
  {
    what: '“…,” the statement said (a communique of a body not named)',
    text: 'The attack took place near Tera, the defence ministry said in a communique read on state radio.\n\n"The enemy lost many fighters in the battle," the statement said, adding that the army had sent planes.',
    quote: 'The enemy lost many fighters',
    want: { desc: 'statement' },
  },

  {
    what: 'G said in a statement posted on its website that … “…” (fragment)',
    text: 'The Karen National Union said in a statement posted on its website that it had attacked the base because the soldiers had "burned villages and killed farmers in the hills."',
    quote: 'burned villages',
    want: { name: 'Karen National Union' },
  },
  {
    what: 'G said in a statement it posted on Telegram that … “…”',
    text: 'Al-Shabaab said in a statement it posted on Telegram that its fighters had killed the soldiers who "came to steal our land and our faith."',
    quote: 'came to steal our land',
    want: { name: 'Al-Shabaab' },
  },
  // ---- batch 4: courts, documents, reported fragments
  {
    what: 'X said the attack was “…” (a reported fragment)',
    text: 'Governor Abdullahi Sule said the killing of the farmers was "a wicked act that will not go unpunished."',
    quote: 'a wicked act',
    want: { name: 'Abdullahi Sule' },
  },
  {
    what: 'G accused the army of “…”',
    text: 'The Tigray People\'s Liberation Front accused the federal army of "deliberately starving the civilian population."',
    quote: 'deliberately starving',
    want: { name: "Tigray People's Liberation Front" },
  },
  {
    what: '“…,” it said (a group named the sentence before)',
    text: 'The Islamic State West Africa Province claimed the killing of the aid workers. "This is the fate of all who help the crusaders," it said.',
    quote: 'This is the fate',
    want: { name: 'Islamic State West Africa Province' },
  },
  {
    what: 'Judge X told the defendant: “…”',
    text: 'Sentencing him at the Old Bailey, Judge Mark Lucraft told the defendant: "You were prepared to kill as many people as you could."',
    quote: 'You were prepared to kill',
    want: { name: 'Mark Lucraft' },
  },
  {
    what: '“…,” the judge said (a judge named before)',
    text: 'Judge Helen Carter sentenced Tariq Aziz to life in prison on Friday. "You showed no remorse for the families you destroyed," the judge said.',
    quote: 'You showed no remorse',
    want: { name: 'Helen Carter' },
  },
  {
    what: "X's lawyer, Y, said: “…”",
    text: 'Amir Khan\'s lawyer, Sarah Loughlin, said: "My client has always denied any link to the group and will appeal."',
    quote: 'My client has always denied',
    want: { name: 'Sarah Loughlin' },
  },
  {
    what: '“…,” prosecutors said in a statement',
    text: 'Three men were charged in Berlin on Thursday. "The accused planned to attack a Christmas market with a truck," federal prosecutors said in a statement.',
    quote: 'The accused planned',
    want: { desc: 'prosecutors' },
  },
  {
    what: 'the indictment said: “…”',
    text: 'Yusuf Demir, 24, is accused of sending money to fighters in Syria. The indictment said: "The defendant transferred funds on at least six occasions."',
    quote: 'The defendant transferred',
    want: { desc: 'indictment' },
  },
  {
    what: 'he said on a later paragraph after a second man only inside a quote',
    text: 'Ali Hassan Jama leads the elders of Beledweyne.\n\n"When Abdi Farah came back from the camps, nobody trusted him," he said.',
    quote: 'When Abdi Farah came back',
    want: { name: 'Ali Hassan Jama' },
  },
  {
    what: '“…,” they said (residents before)',
    text: 'Residents of Mafa said the fighters arrived in pick-up trucks. "They went from house to house looking for the soldiers," they said.',
    quote: 'They went from house to house',
    want: { desc: 'residents' },
  },
  {
    what: 'one survivor, who gave her name as X, said: “…”',
    text: 'One survivor, who gave her name as Mariam, said: "They separated the men from the women and we never saw our husbands again."',
    quote: 'They separated the men',
    want: { name: 'Mariam' },
  },
  {
    what: 'X, a commander of G, told reporters in P: “…”',
    text: 'Ahmad Massoud, the leader of the National Resistance Front, told reporters in Dushanbe: "We will not accept a government imposed by force."',
    quote: 'We will not accept a government',
    want: { name: 'Ahmad Massoud' },
  },
  {
    what: 'a long quote over two paragraphs, the second reopened',
    text: 'Abu Bakr Musa, a former hostage, spoke to us in Kano.\n\n"They kept us in a cave for four months. Every day they told us we would be killed.\n\n"When the soldiers came, the guards ran away and left us behind," he said.',
    quote: 'They kept us in a cave',
    want: { name: 'Abu Bakr Musa' },
  },
  {
    what: '“…,” the Pentagon said in a statement',
    text: '"The strike killed two senior leaders of the group near Jilib," the Pentagon said in a statement.',
    quote: 'The strike killed two senior',
    want: { name: 'Pentagon' },
  },
  {
    what: 'a body said on X: “…”',
    text: 'The International Committee of the Red Cross said on X: "Our teams have been denied access to the wounded in Malakal."',
    quote: 'Our teams have been denied',
    want: { name: 'International Committee of the Red Cross' },
  },
  {
    what: 'asked about the talks, X said: “…”',
    text: 'Asked about the talks with the rebels, Prime Minister Abiy Ahmed said: "Peace cannot be built while weapons are still being smuggled."',
    quote: 'Peace cannot be built',
    want: { name: 'Abiy Ahmed' },
  },

  {
    what: '“…,” they said (two witnesses before)',
    text: 'Two witnesses told Reuters that the soldiers opened fire on the crowd near the bus station in Bamako. "Nobody had a weapon, they shot at children," they said.',
    quote: 'Nobody had a weapon',
    want: { desc: 'witnesses' },
  },
  {
    what: 'G condemned “…”',
    text: 'The Organisation of Islamic Cooperation condemned "the storming of the mosque by armed settlers during prayers."',
    quote: 'the storming of the mosque',
    want: { name: 'Organisation of Islamic Cooperation' },
  },
  {
    what: '“…,” the Zamfara governor said (Zamfara Governor X before, another man between)',
    text: 'Zamfara Governor Bello Matawalle visited the families in Gusau on Sunday. He was joined by Sani Abdullahi, a local chief. "The bandits will be pursued into the forests," the Zamfara governor said.',
    quote: 'The bandits will be pursued',
    want: { name: 'Bello Matawalle' },
  },

  {
    what: '“…,” the judge told the court (presiding judge named before)',
    text: 'The trial of four men accused of plotting an attack on a synagogue opened in Vienna. Presiding judge Andrea Wimmer read out the charges. "Nobody in this room doubts how serious these charges are," the judge told the court.',
    quote: 'Nobody in this room doubts',
    want: { name: 'Andrea Wimmer' },
  },
  {
    what: '“…,” the president said: a bare office stays a description',
    text: 'President Mohamed Bazoum met the families of the soldiers in Niamey. "The nation will not forget their sacrifice," the president said.',
    quote: 'The nation will not forget',
    want: { desc: 'the president' },
  },

  // ---- batch 5: "it said" after a sentence naming another group first; issued statements
  {
    what: 'It said … “…” (another group named first, as a modifier)',
    text: 'Pakistani jets bombed Taliban hideouts in Khost overnight, the Afghan Ministry of Defence said. It said the strikes had killed "at least nine civilians, most of them women and children."',
    quote: 'at least nine civilians',
    want: { name: 'Ministry of Defence' },
  },
  {
    what: 'It added that “…” (another group named first)',
    text: 'Troops raided Hamas positions near Rafah, the Israel Defense Forces said on Monday. It added that "dozens of tunnel shafts were destroyed during the operation."',
    quote: 'dozens of tunnel shafts',
    want: { name: 'Israel Defense Forces' },
  },
  {
    what: 'The firm, NAME, confirmed that … “…”',
    text: 'The firm, Oceanic Marine Services, confirmed that its tanker had been "hit twice by drones off the coast" but said the crew were safe.',
    quote: 'hit twice by drones',
    want: { name: 'Oceanic Marine Services' },
  },
  {
    what: 'G issued a statement. ¶ “…” alone',
    text: 'Ansar al-Islam issued a statement on Sunday evening.\n\n"The apostate soldiers were killed in their camp and their vehicles burned."',
    quote: 'The apostate soldiers were killed',
    want: { name: 'Ansar al-Islam' },
  },
  {
    what: 'G released a video. ¶ “…” alone',
    text: 'Boko Haram released a new video on Thursday showing some of the abducted students.\n\n"We are the ones who took them and we will keep them until our demands are met."',
    quote: 'We are the ones who took them',
    want: { name: 'Boko Haram' },
  },
  {
    what: 'The statement added: “…” (group named before)',
    text: 'The Pakistani Taliban said they had killed four soldiers in North Waziristan. The statement added: "Our campaign against the army will continue across the province."',
    quote: 'Our campaign against the army',
    want: { name: 'Pakistani Taliban' },
  },
  {
    what: '“…,” Mr X told a press conference (surname with Mr)',
    text: 'Home Minister Mir Ziaullah Langove said the men had been trained in Afghanistan. "They were given explosives and money before they crossed," Mr Langove told a press conference in Quetta.',
    quote: 'They were given explosives',
    want: { name: 'Mir Ziaullah Langove' },
  },
  {
    what: 'In a video posted online, a man identified as X said: “…”',
    text: 'In a video posted online, a man identified as Kachalla Dogo Gide said: "We will release the pupils when the government frees our men."',
    quote: 'We will release the pupils',
    want: { name: 'Dogo Gide' },
  },
  {
    what: '“…,” said X. She added: “…”',
    text: '"The soldiers arrived three hours after the attack," said Fatima Hassan Abdi, a teacher in Garissa. She added: "By then the gunmen had crossed the border."',
    quote: 'By then the gunmen',
    want: { name: 'Fatima Hassan Abdi' },
  },
  {
    what: '“…,” the group said in a statement. “…” (a second quote goes on)',
    text: '"We carried out this operation in response to the raids on our villages," the Ambazonia Defence Forces said in a statement. "More attacks will follow if the raids continue."',
    quote: 'More attacks will follow',
    want: { name: 'Ambazonia Defence Forces' },
  },

  {
    what: '“…,” the statement said (the group spoke the sentence before, no statement told of)',
    text: 'Hamas said on Tuesday it had accepted the proposal of the mediators. "We are ready to begin the exchange as soon as the fighting stops," the statement said.',
    quote: 'We are ready to begin',
    want: { name: 'Hamas' },
  },

  // ---- batch 6: words quoted inside reported speech
  {
    what: 'X told AFP the attackers “…” (reported speech)',
    text: 'Police commissioner Musa Bello told AFP the attackers "were wearing army uniforms and spoke Fulfulde."',
    quote: 'were wearing army uniforms',
    want: { name: 'Musa Bello' },
  },
  {
    what: 'The army described the raid as “…”',
    text: 'The Nigerian Army described the raid on the camp as "a decisive blow against the terrorists in the Sambisa forest."',
    quote: 'a decisive blow',
    want: { name: 'Nigerian Army' },
  },
  {
    what: 'X denied …, calling the reports “…”',
    text: 'Ali Mohamud Rage denied that the group had targeted civilians in the market, calling the reports "baseless propaganda by the enemy."',
    quote: 'baseless propaganda',
    want: { name: 'Ali Mohamud Rage' },
  },
  {
    what: 'X vowed that the fighters would continue “…”',
    text: 'Abu Ubaida vowed that the fighters would continue "until the last occupier leaves our land."',
    quote: 'until the last occupier',
    want: { name: 'Abu Ubaida' },
  },
  {
    what: 'the UN said the attack “…” and called for an inquiry',
    text: 'The United Nations said the shelling of the camp "may amount to a war crime" and called for an independent inquiry.',
    quote: 'may amount to a war crime',
    want: { name: 'United Nations' },
  },
  {
    what: 'X, who leads G, said in an interview that his men “…”',
    text: 'Sami al-Oraidi, who leads a faction in Idlib, said in an interview that his men "have never attacked civilians and never will."',
    quote: 'have never attacked civilians',
    want: { name: 'Sami al-Oraidi' },
  },
  {
    what: 'A spokesman for the militia, who declined to be named, said the fighters had “…”',
    text: 'A spokesman for the militia, who declined to be named, said the fighters had "no choice but to defend our people from the raiders."',
    quote: 'no choice but to defend',
    want: { desc: 'a spokesman for the militia' },
  },
  {
    what: '“…,” said X (surname), whose brother was killed',
    text: 'Hodan Abdi Warsame runs a tea stall near the hotel. "We heard the blast and then the shooting went on for hours," said Warsame, whose brother was killed in the siege.',
    quote: 'We heard the blast',
    want: { name: 'Hodan Abdi Warsame' },
  },
  {
    what: 'Said one officer: “…” (inverted)',
    text: 'The patrol had not been warned about the mines. Said one officer: "We drove straight into them because nobody had cleared the road."',
    quote: 'We drove straight into them',
    want: { desc: 'one officer' },
  },
  {
    what: 'Asked whether …, the spokesman replied: “…”',
    text: 'Jamal Nasser, the spokesman of the movement, spoke to reporters in Doha. Asked whether the group would negotiate, the spokesman replied: "Our door is open, but not at the price of our weapons."',
    quote: 'Our door is open',
    want: { name: 'Jamal Nasser' },
  },

  // ---- "the army" is no militia or paramilitary named with "Force(s)"
  {
    what: '“…,” it said after "The army said" (a militia "Task Force" named before)',
    text: 'Members of the Civilian Joint Task Force, a militia that helps the army, found the bodies. The army said troops had been sent to the area. "Efforts are ongoing to find the attackers," it said.',
    quote: 'Efforts are ongoing',
    want: { desc: 'army' },
  },
  {
    what: '“…,” the army said (a paramilitary "Forces" named before)',
    text: 'The Rapid Support Forces seized the market in El Fasher on Monday. "Our soldiers pushed the paramilitaries out of two districts by nightfall," the army said.',
    quote: 'Our soldiers pushed',
    want: { desc: 'army' },
  },

  // ---- a relative clause, a name given "as", a plural before "he"
  {
    what: "X's father, who travelled from P, told journalists: “…”",
    text: 'The defendant\'s father, who travelled from Hamburg for the hearing, told journalists: "My son is not a terrorist, he is a lost boy."',
    quote: 'My son is not a terrorist',
    want: { desc: 'father' },
  },
  {
    what: 'Her sister, who lives in P, said: “…”',
    text: 'Her sister, who lives in Kano with four children, said: "We begged the police to search the forest, but they refused."',
    quote: 'We begged the police',
    want: { desc: 'sister' },
  },
  {
    what: 'the defendant, identified only as X under privacy rules, wrote: “…”',
    text: 'According to the indictment, the defendant, identified only as Tarek S. under national privacy law, wrote to a contact in Syria: "I am ready, just tell me where and when."',
    quote: 'I am ready',
    want: { name: 'Tarek S.' },
  },
  {
    what: 'the gunman, identified by police as X, wrote in a post: “…”',
    text: 'The gunman, identified by police as Brenton Moss of Dunedin, wrote in a post an hour before the shooting: "Nobody will stop what is coming."',
    quote: 'Nobody will stop',
    want: { name: 'Brenton Moss' },
  },
  {
    what: '“…,” he says in a video (prosecutors, a plural, between)',
    text: 'According to the charges, Tarek S. travelled to Vienna twice. Federal prosecutors say he bought two knives. In the video, he says: "I will kill the enemies of God in this country."',
    quote: 'I will kill the enemies',
    want: { name: 'Tarek S.' },
  },
  {
    what: '“…,” he told officers (detectives, a plural, between)',
    text: 'Ahmed Yusuf, 23, was arrested in Leeds in May. Detectives say he had downloaded bomb-making manuals. "I only wanted to read about it," he told officers.',
    quote: 'I only wanted to read',
    want: { name: 'Ahmed Yusuf' },
  },
];

describe('quotes23: the speaker of ordinary news constructions', () => {
  it.each(BATTERY.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    check(c);
  });
});

import { reading } from './reading-record.js';

// Two events told by five outlets, one of them a word-for-word copy: a batch
// to group (src/service/group-batch.test.ts, batch-planner.test.ts).
const WIRE = [
  'Russian-led troops will begin leaving Kazakhstan in two days, President Kassym-Jomart Tokayev said on Tuesday,',
  "after the alliance sent more than 2,000 soldiers to the country during last week's unrest.",
  'The withdrawal will take no more than ten days, he told parliament in the capital Nur-Sultan.',
  'Tokayev also named Alikhan Smailov as prime minister, and said the government would review tax policy.',
  'Officials said about 10,000 people had been detained since protests over fuel prices turned violent.',
].join(' ');
const RETOLD = [
  'Kazakhstan President Kassym-Jomart Tokayev told parliament in Nur-Sultan that the Russian-led CSTO force would start its withdrawal from Kazakhstan in two days.',
  'The pull-out of the 2,000 troops sent during the unrest would be completed within ten days, Tokayev said.',
].join(' ');
const FLOODS = 'Heavy rain flooded the coastal town of Valparaiso on Sunday, cutting power to 40,000 homes, officials said, and schools will stay closed until Wednesday while crews clear the roads.';
const FLOODS_AGAIN = 'Floods in Valparaiso left 40,000 homes without power on Sunday after heavy rain; officials said schools in the coastal town stay closed until Wednesday as crews clear roads.';

export const BATCH = [
  reading({ id: 'k-copy', outlet: 'Press TV', text: `${WIRE} Press TV contributed.`, publishedAt: '2022-01-11T12:00:00Z' }),
  reading({ id: 'k-wire', outlet: 'AP', text: WIRE, publishedAt: '2022-01-11T09:00:00Z' }),
  reading({ id: 'k-retold', outlet: 'Reuters', title: 'CSTO troops to leave Kazakhstan', text: RETOLD, publishedAt: '2022-01-11T15:00:00Z' }),
  reading({ id: 'f-first', outlet: 'AP', title: 'Floods in Valparaiso', text: FLOODS, publishedAt: '2022-01-11T10:00:00Z' }),
  reading({ id: 'f-second', outlet: 'BBC', title: 'Valparaiso floods cut power', text: FLOODS_AGAIN, publishedAt: '2022-01-11T11:00:00Z' }),
];

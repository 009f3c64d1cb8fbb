/**
 * Dumps as a graphical browser copies a page (select all, copy): no
 * indentation marks a list, teasers come glued to their headlines, a ticker is
 * one line, comments follow the article with nothing but their timestamps
 * between them. A text browser's dumps set these apart; these must too.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

const ARTICLE = [
  'ST. JOSEPH, Mich. (AP) — Health authorities are reporting a sixth death linked to a mosquito-borne virus, the worst season the state has seen in more than a decade.',
  'County health officials said Monday the victim was one of two people who contracted the virus in the area this autumn. The death occurred on Saturday.',
  'Cases first appeared in the west of the state at the end of August, and the virus has since been reported in animals in more than twenty counties.',
  'The state health director says the risk continues because there has not yet been a hard frost, and she urged residents to keep using insect repellent outdoors.',
];

const MENU = ['Video', 'All Videos', 'Local', 'Weather', 'Autos', 'Station Info', 'Advertise', 'Contests', 'Travel', 'More', 'Entertainment'];

const teasers = [
  'Police Arrest Two After Death Of Student-AthleteTwo people, a 24-year-old woman and a 28-year-old man have been arrested in connection with the death of a college athlete found last week.',
  'Customers Leave Without Paying Bill At SteakhouseDiners at a party of six left the restaurant without paying their bill after a fight broke out over the service and the prices.',
  'State To Mail Redistricting Panel Applications To VotersThe state will mail 250,000 applications encouraging voters to apply to serve on the new redistricting commission.',
  'The Best Vegan Spots Around DetroitHoodline crunched the numbers to find the top vegan spots around the city, using both review data and our own secret sauce to rank them.',
  'Say Cheese? The Top Cheese Shops In DetroitWondering where to find the best cheese near you? We crunched the numbers to find the top cheese shops in the city this year.',
  'Find Burgers And More At The New Cuban RestaurantThe new Cuban spot, offering burgers and more, has opened its doors in the neighborhood, serving lunch and dinner every day.',
  'The Best Spots For Desserts In DetroitNeed more desserts in your life? We crunched the numbers to find the best affordable dessert spots in the city for this season.',
  'Fantasy Football Waiver Wire: Rookies Emerging As Strong OptionsThe rookies of two teams have seen their roles in the offense grow over the past few weeks of the season.',
  'Violence In Sports On The Rise? A Look At The NumbersViolence is part of the game in many sports, but one player crossed a line that attracts the attention of the authorities.',
  'Auto Union Opens Talks With Carmaker; Strike PossibleThe union on Monday turned its bargaining focus to the third carmaker, raising the possibility of a strike this month.',
  'Carmaker Recalls Pickups; Loose Cable Can Cause StallingThe carmaker is recalling over 168,000 pickup trucks in North America to fix an electrical problem that can cause fires.',
];

describe('extractText on a browser copy', () => {
  it('takes the article over a longer run of teasers glued to their headlines, a menu away', () => {
    const dump = ['Menu', 'News', 'Sports', 'Latest Headlines', ...teasers, ...MENU, 'Mosquito-Borne Virus Claims A Sixth Life', 'November 19, 2019 at 9:45 am', '', ARTICLE.join('\n\n'), '', 'Comments', 'Follow Us'].join('\n');
    expect(extractText(dump, { url: null }).paragraphs).toEqual(ARTICLE);
  });

  it('takes the article, not a news ticker of cut-off teasers printed on one line', () => {
    const ticker =
      'Rights panel voices concern over the citizens register, says 1.9 million residents may soon be deemed stateless WASHINGTON: Expressing concern over the register, an independent US government body has said that close to two million residents may soon... ' +
      'Man pleads guilty to fraud scheme at his bank NEW YORK: A man has pleaded guilty to theft, embezzlement and misapplication of bank funds in connection with a scheme to make loans to his friends and relatives over many years, prosecutors said... ' +
      'Secretary general regrets the new position on settlements UNITED NATIONS: The secretary general has regretted the announcement of the new position and said it would not help the search for peace in the region, his spokesman told reporters at the daily... ' +
      'Ministers meet to discuss the budget LONDON: Finance ministers from across the region met on Tuesday to discuss next year\u2019s budget, with many of them warning that the cost of borrowing would rise further before the end of the year...';
    const dump = ['Home', 'World', 'Breaking News', ticker, 'Mosquito-borne virus claims a sixth life in the state', 'Print This Article', 'by News Weekly', '', ARTICLE.join('\n\n'), '', 'Subscribe', ticker].join('\n');
    expect(extractText(dump, { url: null }).paragraphs).toEqual(ARTICLE);
  });

  it('stops at the comments under the article, even when nothing but their timestamps and votes parts them', () => {
    const comments = [
      'I think we will see the same updates the larger model received this year. The bezels on the small one are large, and it is due for a redesign of its own anyway, in my opinion.',
      'Even if it makes the machine slightly heavier, this is a professional machine and I would like the better keyboard and the longer battery life that would come with it, frankly.',
      'It would be nice if they switched to a slightly larger screen with slimmer bezels, just like they did with the bigger model last week, and kept the same price as before.',
      'No surprise they are keeping the smaller size. The analysts are also predicting the return of the middle size with the new keyboard next year, which makes the lineup more complete.',
      'Before he left, the designer had a tremendous amount of veto power inside the company, and many of the decisions people complain about today were his to make, not the engineers.',
    ];
    const thread = comments.flatMap((c, k) => [`${k + 2} days ago at 07:5${k} am`, c, `Rating: ${30 - k * 4} Votes`]);
    const guides = [
      'Night Mode',
      'Night mode is an automatic setting which takes advantage of the new wide-angle camera that is in the new phones, and it brightens the photos you take in the dark a great deal.',
      'Phone Versus Phone Pro',
      'The company is separating the new smartphones into its usual low-cost versus high-cost categories, with the cheaper model taking the place of last year\u2019s cheapest phone in the range.',
    ];
    const dump = ['Got a tip for us?', 'Mosquito-borne virus claims a sixth life in the state', 'Monday November 18, 2019 7:45 am PST by Joe Writer', ...ARTICLE, 'Related Roundup: Health', '[ 167 comments ]', 'Top Rated Comments', ...thread, '[ Read All Comments ]', ...guides, 'See More Guides'].join('\n');
    expect(extractText(dump, { url: null }).paragraphs).toEqual(ARTICLE);
  });

  it('ends the article at a comment form, whose notes a browser copies as sentences, but not at a link to it above the article', () => {
    const longer = [
      ...ARTICLE,
      'Officials said the latest victim was a retired teacher from a small town near the lake, who fell ill after spending several evenings working in his garden in September.',
      'The virus is spread by the bite of an infected mosquito, and about a third of the people who develop the severe form of the illness die of it, according to federal health data.',
      'Aerial spraying was carried out over fourteen counties in the early autumn, a measure the state had not taken in decades, and officials say it reduced the number of infected insects.',
      'Residents are advised to avoid being outdoors at dusk and dawn, to wear long sleeves and trousers, and to empty standing water from buckets, gutters and old tyres near their homes.',
    ];
    const form = [
      'Leave a Reply',
      'Please be mindful of our community standards.',
      'Your email address will not be published. Required fields are marked *',
      'Save my name, email, and website in this browser for the next time I comment.',
      'By submitting this form you agree to our using your data for the purposes of publishing your comment, as our policy on the handling of personal data explains.',
      'Your personal data will only be disclosed to third parties for the purposes of spam filtering or if this is necessary for the technical maintenance of the website.',
    ];
    const dump = ['Home', 'Leave a comment', 'Mosquito-borne virus claims a sixth life in the state', 'By Joe Writer', ...longer, 'More articles from Joe Writer', ...form].join('\n');
    expect(extractText(dump, { url: null }).paragraphs).toEqual(longer);
  });

  it("keeps the article's own list that ends it, copied without its bullets", () => {
    const body = [
      'Eight more teams booked their places at next summer\u2019s European Championship this week, leaving only the four spots decided by the playoffs in March.',
      'Finland qualified for its first major tournament, beating Liechtenstein 3-0 in Helsinki, while Croatia, Austria, the Netherlands, Germany, Switzerland and Denmark also went through.',
      'Wales needed a win over Hungary in Cardiff on Tuesday and got it, as two goals from Aaron Ramsey sent them to their second straight European Championship.',
      'The playoff draw on Friday will decide which of the teams that missed out go into each of the four paths, with the winners joining the twenty already qualified.',
      'Here is every qualified team so far, with the group it won or finished second in.',
    ];
    const list = ['Qualified teams', 'Finland (Group J): first appearance', 'Croatia (Group E): sixth appearance', 'Austria (Group G): third appearance', 'Netherlands (Group C): tenth appearance', 'Wales (Group E): second appearance'];
    const dump = ['Soccer', 'Scores', 'Schedule', 'Eight more teams qualify for the European Championship', 'By Roger Writer', ...body, ...list, 'Roger Writer', 'Soccer Writer', 'follow', 'Our Latest Stories', 'Coach fired by his club', 'Striker out for the season'].join('\n');
    expect(extractText(dump, { url: null }).paragraphs).toEqual([...body, ...list]);
  });

  it('keeps every entry of a live page, whose entries each open on a time of day', () => {
    const entries = [
      'Winds of up to 90 miles per hour have been recorded on the coast this morning, and the coastguard has asked people to stay away from the seafront until the evening.',
      'The Environment Agency has issued 40 flood warnings across the region, with the river expected to peak at around midday according to its latest forecast for the coast.',
      'Rail services between the two cities have been suspended after a tree fell on the line near the station, the operator said in a statement on its website this morning.',
      'Thousands of homes on the coast are without power, and engineers say they hope to reconnect most of them before nightfall, although some rural areas may wait until tomorrow.',
      'The council has opened three rest centres for people who had to leave their homes on the coast, and volunteers are handing out blankets, hot drinks and food to them.',
      'Forecasters say the worst of the wind should pass the coast by the early afternoon, but heavy showers could follow and bring more flood warnings and power cuts.',
      'Schools along the coast have closed for the day, and parents have been told to check the council website for news of any closures that continue into next week.',
      'Police are urging drivers to avoid unnecessary journeys on the coast road, after several roads were blocked by fallen trees and debris overnight, including the main road.',
      'A ferry carrying 200 passengers was unable to dock and had to wait offshore for several hours before the wind eased enough for it to reach the harbour safely this morning.',
      'The airport says a number of flights have been cancelled or diverted because of the wind, and passengers are advised to contact their airlines before setting off.',
      'Emergency services attended more than 300 incidents along the coast overnight, most of them involving fallen trees, loose roofing and flooding, the fire service said.',
      'The government emergency committee will meet later today to discuss the response to the storm, and ministers are expected to visit the worst affected coast towns tomorrow.',
    ];
    const live = entries.flatMap((e, k) => [`11:${String(59 - k * 5).padStart(2, '0')} am`, e, '']);
    const dump = ['Home', 'News', 'Weather', 'Storm hits the coast as thousands lose power', 'By Jane Doe', '', ...live, 'Share this page', 'Facebook', 'Twitter', 'Terms of use', 'Privacy', 'Cookies', 'Contact us'].join('\n');
    const article = extractText(dump, { url: null });
    expect(article.title).toBe('Storm hits the coast as thousands lose power');
    expect(article.paragraphs).toEqual(entries);
  });
});

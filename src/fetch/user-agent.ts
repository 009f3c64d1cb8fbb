/** How Readings names itself to the sites it fetches from. */
export const DEFAULT_FETCH_USER_AGENT = 'Readings/0.1 (+https://github.com/readings; self-hosted news reader)';

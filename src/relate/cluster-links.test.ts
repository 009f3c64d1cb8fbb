import { describe, expect, it } from 'vitest';
import { ClusterLinks } from './cluster-links.js';

const linksOf = (size: number, edges: [number, number, number][]): ClusterLinks =>
  new ClusterLinks(size, Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), Float64Array.from(edges, (e) => e[2]));

const gathered = (links: ClusterLinks, x: number): [number, number][] => {
  const count = links.gather(x);
  return Array.from({ length: count }, (_, k) => [links.neighbours(x)[k]!, links.sums(x)[k]!]);
};

describe('ClusterLinks', () => {
  it('sums repeated pairs, leaves self-loops out and lists both ends of each edge', () => {
    const links = linksOf(3, [[0, 1, 0.5], [1, 1, 9], [0, 2, 0.25], [1, 0, 0.125]]);
    expect(gathered(links, 0)).toEqual([[1, 0.625], [2, 0.25]]);
    expect(gathered(links, 1)).toEqual([[0, 0.625]]);
    expect(gathered(links, 2)).toEqual([[0, 0.25]]);
  });

  it('after a merge, sums links by the clusters they lead to now, in neighbours not yet gathered too', () => {
    const links = linksOf(4, [[0, 1, 0.5], [0, 2, 0.25], [1, 2, 0.125], [2, 3, 1], [1, 3, 2]]);
    links.merge(1, 2);
    expect(links.find(2)).toBe(1);
    // 1 absorbed 2: its link to 0 is 0.5 + 0.25, to 3 is 2 + 1, and its link to 2 became a self-loop.
    expect(gathered(links, 1)).toEqual([[0, 0.75], [3, 3]]);
    expect(gathered(links, 0)).toEqual([[1, 0.75]]);
    expect(gathered(links, 3)).toEqual([[1, 3]]);
    links.merge(3, 1);
    expect(links.find(2)).toBe(3);
    expect(gathered(links, 0)).toEqual([[3, 0.75]]);
    expect(gathered(links, 3)).toEqual([[0, 0.75]]);
  });
});

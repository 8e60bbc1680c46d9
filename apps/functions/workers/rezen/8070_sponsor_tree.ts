// Function 8070 "Workers/reZEN - Onboarding Process Agent Sponsor Tree" (reference: the seed's workers,
// domain §1.4; `sponsor_tree` is not a V2 table, §1.1, network_hierarchy is its closure table, §6):
// the user's reZEN down-network (`/yenta/api/v1/network/{yentaId}/down-network`) read whole, then for
// every member one network_hierarchy row per ancestor on its sponsor line (`sponsorYentaId` up to the
// first sponsor outside the list, which is the user: the user's own agent is the root), with the depth
// and the path of yentaIds from the ancestor down. Upsert on `<user_id>:<ancestor>:<descendant>`.
// A sponsor line longer than the list (a cycle in the data) is cut there and hung from the root.
import { now, type ArrT, type Shape, type Stack, type Val, type X } from '@xac/xanoscript-dsl/dsl';
import { networkHierarchy } from '../../tables/network_hierarchy.ts';
import { downNetworkList, fetchPages, onboardingWorker } from './shared_onboarding.ts';

export const onboardingSponsorTree = onboardingWorker({
  name: 'Workers/reZEN - Onboarding Process Agent Sponsor Tree',
  description: 'Onboarding step: writes the user\'s reZEN sponsor tree to network_hierarchy (one row per ancestor and descendant).',
  flag: 'sponsor_tree',
  entity: 'sponsor_tree',
  run: (s, ctx) => {
    // yentaId → sponsor's yentaId ("" for none), and the members in the order served.
    const sponsorOf = s.var('tree_sponsor_of', {} as unknown as X<'json'>);
    const members = s.var('tree_members', [] as unknown as X<ArrT<'text'>>);
    const fetched = fetchPages(s, { ...downNetworkList(s, ctx.yentaId), prefix: 'tree' }, (record, b) => {
      const id = b.var('tree_member_id', record.get('yentaId', ''));
      b.update(sponsorOf, sponsorOf.set(id, record.get('sponsorYentaId', '').firstNotNull('')));
      b.update(members, members.push(id));
    }, (error, b) => ctx.fail(b, error));
    const written = s.var('tree_written', 0);
    s.foreach<'text'>(members, 'tree_member', (member, f) => {
      // Built with push: an array literal holding a variable is the seed's pattern 6 (domain §7).
      const path = f.var('tree_path', [] as unknown as X<ArrT<'text'>>);
      f.update(path, path.push(member));
      const current = f.var('tree_current', member);
      const depth = f.var('tree_depth', 0);
      const climbing = f.var('tree_climbing', true);
      f.while(climbing, (w) => {
        const sponsor = w.var('tree_sponsor', sponsorOf.get(current, ''));
        const inside = w.var('tree_inside', sponsor.ne('').and(sponsorOf.has(sponsor)).and(depth.lt(fetched)));
        const ancestor = w.var('tree_ancestor', inside.then(sponsor, ctx.yentaId));
        w.update(depth, depth.add(1));
        w.update(path, path.push(ancestor));
        writeEdge(w, ctx.userId, { ancestor, descendant: member, depth, path: path.reverse() });
        w.update(written, written.add(1));
        w.update(current, ancestor);
        w.update(climbing, inside);
      });
    });
    return { records: written, data: { fetched, written } };
  },
});

function writeEdge<I extends Shape>(b: Stack<I>, userId: X<'int'>, e: { ancestor: X<'text'>; descendant: X<'text'>; depth: X<'int'>; path: Val }): void {
  const rawId = b.var('tree_edge_id', userId.toText().concat(':', e.ancestor, ':', e.descendant));
  b.db.addOrEdit(networkHierarchy, {
    field_name: 'network_hierarchy_id_raw',
    field_value: rawId,
    data: { network_hierarchy_id_raw: rawId, user_id: userId, ancestor_agent_id_raw: e.ancestor, descendant_agent_id_raw: e.descendant, depth: e.depth, path_json: e.path, updated_at: now },
  });
}

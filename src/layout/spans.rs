//! Finding flows by the columns they cross. A flow's path may span the whole blueprint; keeping
//! it in a list per column it crosses costs the sum of all spans (the flows times the columns,
//! when many flows are long), so the spans live in a segment tree instead.

/// Items (flow indices) over ranges of buckets (columns), found by the buckets they overlap.
///
/// A segment tree over the buckets: node 1 covers all of them, node `k`'s children are `2k` and
/// `2k + 1`, the leaves are `size..2 * size`. A range is kept at the few nodes that exactly cover
/// it (at most two a level), so adding costs the log of the buckets however long the range is,
/// and a query visits the nodes above the buckets it asks for: about twice their number plus
/// twice the log, and what it finds.
#[derive(Clone, Debug, Default)]
pub(super) struct Spans {
    buckets: usize,
    size: usize,
    nodes: Vec<Vec<u32>>,
}

impl Spans {
    /// An empty tree over `buckets` buckets.
    pub fn new(buckets: usize) -> Self {
        let size = buckets.max(1).next_power_of_two();
        Self { buckets, size, nodes: vec![Vec::new(); 2 * size] }
    }

    /// Adds `item` over the buckets `first..=last` (nothing when the range is empty).
    pub fn insert(&mut self, first: usize, last: usize, item: u32) {
        if first > last || last >= self.buckets {
            return;
        }
        let (mut l, mut r) = (first + self.size, last + 1 + self.size);
        while l < r {
            if l & 1 == 1 {
                self.nodes[l].push(item);
                l += 1;
            }
            if r & 1 == 1 {
                r -= 1;
                self.nodes[r].push(item);
            }
            l >>= 1;
            r >>= 1;
        }
    }

    /// Appends to `out` every item over any of the buckets `first..=last` (buckets past the last
    /// hold nothing); an item may come more than once, in no particular order.
    pub fn find(&self, first: usize, last: usize, out: &mut Vec<u32>) {
        if first > last || first >= self.buckets {
            return;
        }
        let last = last.min(self.buckets - 1);
        // The nodes that overlap the buckets asked for are their ancestors: on each level, one
        // run of nodes.
        let (mut l, mut r) = (first + self.size, last + self.size);
        while l >= 1 {
            for node in &self.nodes[l..=r] {
                out.extend_from_slice(node);
            }
            l >>= 1;
            r >>= 1;
        }
    }
}

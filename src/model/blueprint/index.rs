//! Lookups that keep finding a lane, an actor or an annotation by id independent of the size of
//! the blueprint: every check of a large file looks parts up by id once per reference, and a
//! search through the list each time makes that work grow with the square of the file.

use crate::model::ids::{ActorId, AnnotationId, LaneId};
use crate::model::types::Target;
use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;

/// Where each lane, actor and annotation sits in its list, and how many annotations each step
/// or flow carries. Derived from the lists alone: [`super::Blueprint::check_invariants`] checks it.
#[derive(Clone, Default)]
pub(super) struct Index {
    pub lanes: HashMap<LaneId, usize>,
    pub actors: HashMap<ActorId, usize>,
    pub annotations: HashMap<AnnotationId, usize>,
    /// The number of annotations on each step or flow that has any.
    pub notes_on: HashMap<Target, usize>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Derived from the lists, which the blueprint prints itself.
        f.debug_struct("Index").finish_non_exhaustive()
    }
}

impl Index {
    /// One more annotation on `on`.
    pub fn note(&mut self, on: Target) {
        *self.notes_on.entry(on).or_default() += 1;
    }

    /// One annotation fewer on `on`.
    pub fn unnote(&mut self, on: Target) {
        if let Some(n) = self.notes_on.get_mut(&on) {
            *n -= 1;
            if *n == 0 {
                self.notes_on.remove(&on);
            }
        }
    }

    /// Whether any annotation sits on `on`.
    pub fn noted(&self, on: Target) -> bool {
        self.notes_on.contains_key(&on)
    }
}

/// Records the positions of `items[range]` (after an insertion, removal or move in the list).
pub(super) fn positions<T, K: Hash + Eq>(
    map: &mut HashMap<K, usize>,
    items: &[T],
    range: Range<usize>,
    key: impl Fn(&T) -> K,
) {
    let start = range.start;
    for (i, item) in items[range].iter().enumerate() {
        map.insert(key(item), start + i);
    }
}

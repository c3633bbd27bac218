//! Quick capture from the keyboard: the next sticky note to the right or below, typed at once.

use crate::edit::{Edit, batch};
use crate::model::{Blueprint, Step, StepId};
use crate::ui::state::{Action, EditorState, Selection};

/// Where the next step goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// One column to the right, same lane (a column is inserted when that cell is taken).
    Right,
    /// One lane down, same column (an existing step there is typed into instead).
    Down,
}

/// Adds the next step after `from` (or goes to the one already there) and starts typing it.
pub fn next_step(bp: &Blueprint, st: &mut EditorState, from: StepId, dir: Direction) {
    let Some(step) = bp.step(from) else { return };
    let (lane, column) = match dir {
        Direction::Right => (step.lane, step.column + 1),
        Direction::Down => {
            let below = bp.lane_index(step.lane).and_then(|i| bp.lanes().get(i + 1));
            let Some(below) = below else {
                st.actions.push(Action::Say(crate::i18n::tr("msg-last-lane")));
                return;
            };
            (below.id, step.column)
        }
    };
    if column > crate::model::MAX_COLUMN {
        return;
    }
    match (dir, bp.step_at(lane, column)) {
        (Direction::Down, Some(existing)) => {
            st.selection = Selection::step(existing.id, lane, column);
            st.actions.push(Action::Type { step: existing.id, new: false, key: None });
        }
        (_, taken) => {
            let new = Step::new(lane, column, "");
            let id = new.id;
            let mut edits = Vec::new();
            if taken.is_some() {
                edits.push(Edit::InsertColumn(column));
                // The new column follows `from`: it stays in `from`'s phase even where the next
                // phase started right after it.
                if let Some(p) = bp.phases().iter().find(|p| p.start == column) {
                    edits.push(Edit::UpdatePhase(crate::model::Phase { start: column + 1, ..p.clone() }));
                }
            }
            edits.push(Edit::AddStep(new));
            let key = st.key("new step");
            st.actions.push(Action::Edit {
                edit: batch(edits),
                key: Some(key.clone()),
                then_select: Some(Box::new(Selection::step(id, lane, column))),
            });
            st.actions.push(Action::Type { step: id, new: true, key: Some(key) });
        }
    }
}

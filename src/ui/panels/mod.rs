//! The side panels: every field of the selection (inspector, with the measures), the outline,
//! the actors, the analysis, the ranking of votes, the field view and the comparison summary.

pub mod actions;
pub mod actors;
pub mod analysis;
pub mod compare;
pub mod conflicts;
pub mod field;
pub mod inbox;
pub mod inspector;
pub mod matrix;
pub mod measures;
pub mod outline;
pub mod ranking;
pub mod rounds;

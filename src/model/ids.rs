//! Typed identifiers. Every object in a blueprint is named by a uuid; the newtypes keep a lane id
//! from being passed where a step id is meant.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh random (v4) id.
            #[must_use]
            pub fn random() -> Self {
                Self(Uuid::new_v4())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// The id of a whole blueprint document.
    BlueprintId
);
id_type!(
    /// The id of a lane.
    LaneId
);
id_type!(
    /// The id of a phase.
    PhaseId
);
id_type!(
    /// The id of a step (a node of the flow graph).
    StepId
);
id_type!(
    /// The id of a flow (an edge of the flow graph).
    FlowId
);
id_type!(
    /// The id of an annotation.
    AnnotationId
);
id_type!(
    /// The id of an actor (a person, team, organisation, system or information object).
    ActorId
);

//! Annotations on steps and flows.

use super::{Blueprint, check_annotation_detail, positions};
use crate::model::error::ModelError;
use crate::model::ids::{AnnotationId, FlowId, StepId};
use crate::model::types::{Annotation, Target};
use std::collections::HashSet;
use uuid::Uuid;

impl Blueprint {
    // ----- annotations -----

    /// Annotations, in the order they were added.
    #[must_use]
    pub fn annotations(&self) -> &[Annotation] {
        &self.annotations
    }

    #[must_use]
    pub fn annotation(&self, id: AnnotationId) -> Option<&Annotation> {
        self.index.annotations.get(&id).map(|&i| &self.annotations[i])
    }

    /// The annotations on a step or a flow, in order. This looks through the list up to the last
    /// of them (nothing when there are none): to visit the annotations of many steps, group
    /// [`Blueprint::annotations`] by `on` once.
    pub fn annotations_on(&self, on: Target) -> impl Iterator<Item = &Annotation> + '_ {
        self.annotations.iter().filter(move |a| a.on == on).take(self.annotation_count_on(on))
    }

    /// How many annotations sit on a step or a flow (without looking through the list).
    #[must_use]
    pub fn annotation_count_on(&self, on: Target) -> usize {
        self.index.notes_on.get(&on).copied().unwrap_or(0)
    }

    /// What an id names, when it is a step or a flow.
    #[must_use]
    pub fn target_of(&self, id: Uuid) -> Option<Target> {
        if self.step_nodes.contains_key(&StepId(id)) {
            Some(Target::Step(StepId(id)))
        } else if self.flow_edges.contains_key(&FlowId(id)) {
            Some(Target::Flow(FlowId(id)))
        } else {
            None
        }
    }

    pub(super) fn target_exists(&self, on: Target) -> bool {
        match on {
            Target::Step(s) => self.step_nodes.contains_key(&s),
            Target::Flow(f) => self.flow_edges.contains_key(&f),
        }
    }

    /// Inserts an annotation at `index` in the list (use `annotations().len()` to append).
    pub fn insert_annotation(&mut self, index: usize, annotation: Annotation) -> Result<(), ModelError> {
        if index > self.annotations.len() {
            return Err(ModelError::IndexOutOfRange(index));
        }
        if !self.target_exists(annotation.on) {
            return Err(ModelError::UnknownTarget(annotation.on.uuid()));
        }
        check_annotation_detail(&annotation)?;
        self.claim(annotation.id.0)?;
        self.index.note(annotation.on);
        self.annotations.insert(index, annotation);
        positions(&mut self.index.annotations, &self.annotations, index..self.annotations.len(), |a| a.id);
        Ok(())
    }

    /// Appends an annotation.
    pub fn add_annotation(&mut self, annotation: Annotation) -> Result<(), ModelError> {
        self.insert_annotation(self.annotations.len(), annotation)
    }

    /// Changes an annotation's kind, text, detail or votes (not its id or what it sits on).
    pub fn update_annotation(&mut self, id: AnnotationId, f: impl FnOnce(&mut Annotation)) -> Result<(), ModelError> {
        let index = *self.index.annotations.get(&id).ok_or(ModelError::UnknownAnnotation(id))?;
        let mut changed = self.annotations[index].clone();
        f(&mut changed);
        if changed.id != id || changed.on != self.annotations[index].on {
            return Err(ModelError::IdentityChanged);
        }
        check_annotation_detail(&changed)?;
        self.annotations[index] = changed;
        Ok(())
    }

    /// Deletes an annotation; returns it with its former index.
    pub fn remove_annotation(&mut self, id: AnnotationId) -> Result<(usize, Annotation), ModelError> {
        let index = *self.index.annotations.get(&id).ok_or(ModelError::UnknownAnnotation(id))?;
        self.used_ids.remove(&id.0);
        let annotation = self.annotations.remove(index);
        self.index.annotations.remove(&id);
        self.index.unnote(annotation.on);
        positions(&mut self.index.annotations, &self.annotations, index..self.annotations.len(), |a| a.id);
        Ok((index, annotation))
    }

    /// Takes out every annotation on one of `targets`, with its index, in list order. Costs
    /// nothing more than a look at each target when none of them carries an annotation.
    pub(super) fn take_annotations(&mut self, targets: &[Target]) -> Vec<(usize, Annotation)> {
        if !targets.iter().any(|&t| self.index.noted(t)) {
            return Vec::new();
        }
        let on: HashSet<Target> = targets.iter().copied().filter(|&t| self.index.noted(t)).collect();
        let mut taken = Vec::new();
        let mut kept = Vec::with_capacity(self.annotations.len());
        for (i, a) in std::mem::take(&mut self.annotations).into_iter().enumerate() {
            if on.contains(&a.on) {
                self.used_ids.remove(&a.id.0);
                self.index.annotations.remove(&a.id);
                self.index.unnote(a.on);
                taken.push((i, a));
            } else {
                kept.push(a);
            }
        }
        self.annotations = kept;
        if let Some(&(first, _)) = taken.first() {
            positions(&mut self.index.annotations, &self.annotations, first..self.annotations.len(), |a| a.id);
        }
        taken
    }

    pub(super) fn restore_annotations(&mut self, annotations: Vec<(usize, Annotation)>) -> Result<(), ModelError> {
        for (index, annotation) in annotations {
            self.insert_annotation(index.min(self.annotations.len()), annotation)?;
        }
        Ok(())
    }
}

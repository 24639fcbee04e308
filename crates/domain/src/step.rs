//! A record's steps: each kind's flow is a domain enum, and its transition function says what
//! state a step leads to or why the state refuses it. The API's record kernel takes the step,
//! names it in the audit trail and the revision history, and applies the transition; no
//! handler sets a state itself.

/// A step of a record's flow, named as the audit trail (`<entity>.<name>`) and the revision
/// history call it.
pub trait Step {
    fn name(&self) -> &'static str;
}

/// A step the record's state does not allow (the API answers 409 naming the state's field).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// The one step of records that are only edited (a program, a cohort, a district, an account,
/// an attendance mark corrected).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Updated,
    /// An attendance mark changed after it was recorded.
    Corrected,
}

impl Step for Edit {
    fn name(&self) -> &'static str {
        match self {
            Edit::Updated => "updated",
            Edit::Corrected => "corrected",
        }
    }
}

/// Declares a step enum without data and its names.
macro_rules! steps {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $crate::step::Step for $name {
            fn name(&self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
    };
}
pub(crate) use steps;

/// The state an edit leaves, while the record is in one of the `editable` states.
pub(crate) fn editable<S: PartialEq + Copy + std::fmt::Display>(now: S, editable: &[S]) -> Result<S, Refused> {
    if editable.contains(&now) {
        Ok(now)
    } else {
        Err(Refused(format!("it is {now}; it can no longer be changed")))
    }
}

/// The state after a "submit" of a draft → submitted flow, or why not.
pub(crate) fn submitted<S: PartialEq + std::fmt::Display>(now: S, draft: &[S], submitted: S) -> Result<S, Refused> {
    if draft.contains(&now) {
        Ok(submitted)
    } else {
        Err(Refused(format!("it is {now}; it cannot be submitted again")))
    }
}

//! The versioned-record kernel: every change to an editable record goes through [`update`],
//! so no record kind can forget a step. The sequence:
//!
//! 1. the caller loads the record and checks access (the kind's `load`, through `policy`);
//! 2. `If-Match` must name the stored version, else 412 with the record as it is now;
//! 3. the change is applied and validated (the handler's closure), then the step moves the
//!    record's state by its kind's domain transition (`Record::advance`; no handler sets a
//!    state), and a change that changes nothing writes nothing;
//! 4. a kind that keeps revisions stores the record as it read before;
//! 5. the one versioned write (`coachfolio_persistence::save`): version + 1, written only if
//!    nobody wrote meanwhile, else 412 with the record as it is now;
//! 6. the audit trail gets the change, and the outbox the notices the step causes
//!    (`Record::notices`); the record comes back as the caller now sees it (with what they may
//!    do with it), for the handler to send with its ETag.
//!
//! `docs/architecture.md` walks through the coaching log as the example to copy.

use crate::audit;
use crate::current_user::CurrentUser;
use crate::error::{ApiError, OrNotFound};
use crate::etag::IfMatch;
use crate::notify::{self, Notice};
use coachfolio_domain::ids::{ProgramId, RevisionId, UserId};
use coachfolio_domain::step::Step;
use coachfolio_persistence::revisions::{self, RevisionRow};
use coachfolio_persistence::{save, DbConnection, Json, Saved, Versioned};
use serde::Serialize;
use serde_json::Value;
use time::PrimitiveDateTime;

/// A kind of editable record: how it is stored, shown to a caller, audited and kept.
pub(crate) trait Record {
    type Row: Versioned + Clone;
    /// What the view and the rules need beside the row: who is asking and how they relate to
    /// the record (the view says what they may do with it now), what was loaded with it.
    type Context;
    type View: Serialize;
    /// The kind's steps, a domain enum (`coachfolio_domain::step`), named in the trail as
    /// `<entity>.<step>` and in the revision history.
    type Step: Step;
    /// The audit trail's entity name, also the revision kind ("coaching_log").
    const ENTITY: &'static str;
    /// Confidential to the people DOMAIN.md names: its audit entries are kept from other
    /// readers of the program's trail (the installation administrator).
    const CONFIDENTIAL: bool = false;
    /// What its creation and its removal are called in the trail (`<entity>.<created>`), kept
    /// as the trail has always named them.
    const CREATED: &'static str = "created";
    const REMOVED: &'static str = "discarded";

    fn program_id(row: &Self::Row) -> Option<ProgramId>;

    /// Whether this record is confidential (a kind whose confidentiality depends on the record,
    /// as a document's on its type, says so per row).
    fn confidential(_row: &Self::Row) -> bool {
        Self::CONFIDENTIAL
    }
    fn view(c: &mut DbConnection, row: &Self::Row, ctx: &Self::Context) -> Result<Self::View, ApiError>;

    /// What the audit trail keeps of a change: by default the record before and after.
    /// Confidential kinds keep less (a coaching log keeps its state, never its text).
    fn audited(before: &Self::View, after: &Self::View, _changed: &[&str]) -> (Option<Value>, Option<Value>) {
        (serde_json::to_value(before).ok(), serde_json::to_value(after).ok())
    }

    /// Moves the row's state for `step` by the kind's domain transition function (a state that
    /// refuses the step answers 409, a requirement not met 422) and answers the fields it
    /// moved. An edit moves nothing, or (a coaching log's) only when the change changed the
    /// record.
    fn advance(_row: &mut Self::Row, _step: &Self::Step, _moving: &Moving<'_>) -> Result<Vec<&'static str>, ApiError> {
        Ok(Vec::new())
    }

    /// Whether a step keeps the record as it read before (`after`: as it will read) as a revision.
    fn keeps_revision(_before: &Self::Row, _after: &Self::Row, _step: &Self::Step) -> bool {
        false
    }

    /// Whether a step is written to the audit trail (a coaching log's draft autosaves are not).
    fn audits_change(_before: &Self::Row, _step: &Self::Step) -> bool {
        true
    }

    /// Whom a step tells, and what: written to the outbox in the change's transaction (a
    /// notice to the person who took the step is left out). `after` is the record as stored,
    /// `view` as the caller now sees it.
    fn notices(
        _c: &mut DbConnection,
        _before: &Self::Row,
        _after: &Self::Row,
        _view: &Self::View,
        _step: &Self::Step,
    ) -> Result<Vec<Notice>, ApiError> {
        Ok(Vec::new())
    }

    /// Whom a new record tells.
    fn created_notices(_c: &mut DbConnection, _row: &Self::Row, _ctx: &Self::Context) -> Result<Vec<Notice>, ApiError> {
        Ok(Vec::new())
    }
}

/// Who takes a step, when, with what note, and whether the change before it changed anything.
pub(crate) struct Moving<'a> {
    pub by: UserId,
    pub at: PrimitiveDateTime,
    pub note: Option<&'a str>,
    pub changed: bool,
}

/// What the caller may do with a record whose only change is an edit (a program, a cohort, a
/// district).
#[derive(Debug, Clone, Copy, Serialize, utoipa::ToSchema)]
pub struct EditAction {
    /// Change it (the program's coordinators).
    pub edit: bool,
}

/// A record loaded for a request, with its context.
pub(crate) struct Loaded<K: Record> {
    pub row: K::Row,
    pub context: K::Context,
}

/// A step taken, with a note the record's history keeps (a reason, a reviewer's words).
pub(crate) struct Taken<S> {
    pub step: S,
    pub note: Option<String>,
}

impl<S: Step> From<S> for Taken<S> {
    fn from(step: S) -> Taken<S> {
        Taken { step, note: None }
    }
}

/// Changes a record by one of its kind's steps: `change` edits the row (with the record's
/// context at hand for its checks) and returns the names of the fields it changed; then the
/// step moves its state.
pub(crate) fn update<K: Record>(
    c: &mut DbConnection,
    me: &CurrentUser,
    if_match: IfMatch,
    loaded: Loaded<K>,
    taken: impl Into<Taken<K::Step>>,
    change: impl FnOnce(&mut DbConnection, &mut K::Row, &K::Context) -> Result<Vec<&'static str>, ApiError>,
) -> Result<K::View, ApiError> {
    let Taken { step, note } = taken.into();
    let Loaded { mut row, context } = loaded;
    if if_match.0 != row.version() {
        return Err(ApiError::stale(row.version(), &K::view(c, &row, &context)?));
    }
    let before = row.clone();
    let mut changed = change(c, &mut row, &context)?;
    let moving =
        Moving { by: me.id(), at: coachfolio_persistence::now(), note: note.as_deref(), changed: !changed.is_empty() };
    for field in K::advance(&mut row, &step, &moving)? {
        if !changed.contains(&field) {
            changed.push(field);
        }
    }
    if changed.is_empty() {
        return K::view(c, &row, &context);
    }
    let action = step.name();
    let (revision, audited) = (K::keeps_revision(&before, &row, &step), K::audits_change(&before, &step));
    // The record as it read before is built only for the history that keeps it (an autosave
    // keeps neither, and saves the queries).
    let before_view = if revision || audited { Some(K::view(c, &before, &context)?) } else { None };
    if let (true, Some(view)) = (revision, &before_view) {
        keep_revision::<K>(c, me, &before, view, action, &changed)?;
    }
    if let Saved::Stale(current) = save(c, &mut row)? {
        return Err(ApiError::stale(current.version(), &K::view(c, &current, &context)?));
    }
    let after_view = K::view(c, &row, &context)?;
    if let (true, Some(before_view)) = (audited, &before_view) {
        let (b, mut a) = K::audited(before_view, &after_view, &changed);
        // A note is the author's text: the trail keeps it only for records that are not
        // confidential (a confidential record keeps it in its own history).
        if let (Some(note), Some(Value::Object(after)), false) = (note, a.as_mut(), K::confidential(&row)) {
            after.insert("note".into(), note.into());
        }
        let entity = K::ENTITY;
        let change = audit::Change {
            program_id: K::program_id(&row),
            action: &format!("{entity}.{action}"),
            entity,
            entity_id: row.id().to_string(),
            confidential: K::confidential(&row),
        };
        audit::record(c, me, change, b.as_ref(), a.as_ref())?;
    }
    let notices = K::notices(c, &before, &row, &after_view, &step)?;
    notify::enqueue(c, me.id(), notices)?;
    Ok(after_view)
}

/// Audits a record just inserted and returns it as the caller sees it.
pub(crate) fn created<K: Record>(
    c: &mut DbConnection,
    me: &CurrentUser,
    row: &K::Row,
    ctx: &K::Context,
) -> Result<K::View, ApiError> {
    let view = K::view(c, row, ctx)?;
    let (_, after) = K::audited(&view, &view, &[]);
    let entity = K::ENTITY;
    let change = audit::Change {
        program_id: K::program_id(row),
        action: &format!("{entity}.{}", K::CREATED),
        entity,
        entity_id: row.id().to_string(),
        confidential: K::confidential(row),
    };
    audit::record(c, me, change, None::<&Value>, after.as_ref())?;
    let notices = K::created_notices(c, row, ctx)?;
    notify::enqueue(c, me.id(), notices)?;
    Ok(view)
}

/// Keeps the record as it read before a change. The snapshot leaves out `can`: what someone
/// could do with the record then is no part of its history.
fn keep_revision<K: Record>(
    c: &mut DbConnection,
    me: &CurrentUser,
    before: &K::Row,
    view: &K::View,
    action: &str,
    changed: &[&str],
) -> Result<(), ApiError> {
    let mut snapshot = serde_json::to_value(view).map_err(|e| ApiError::Internal(format!("revision: {e}")))?;
    if let Value::Object(fields) = &mut snapshot {
        fields.remove("can");
    }
    revisions::add(
        c,
        &RevisionRow {
            id: RevisionId::new(),
            record_kind: K::ENTITY.into(),
            record_id: before.id().to_string(),
            version: before.version(),
            at: coachfolio_persistence::now(),
            by_id: me.id(),
            action: action.into(),
            changed_fields: Json(changed.iter().map(|f| f.to_string()).collect()),
            before_json: Json(snapshot),
        },
    )?;
    Ok(())
}

/// Removes a record still at the version the caller read (a draft, a document): If-Match, then
/// `delete`, which answers `None` when the stored row had moved on (412 with it as it is now)
/// or what is left to do once the transaction commits (a document's files to remove), which
/// this answers in turn; then the audit entry.
pub(crate) fn discard<K: Record, T>(
    c: &mut DbConnection,
    me: &CurrentUser,
    if_match: IfMatch,
    loaded: Loaded<K>,
    delete: impl FnOnce(&mut DbConnection, &K::Row) -> Result<Option<T>, ApiError>,
) -> Result<T, ApiError> {
    let Loaded { row, context } = loaded;
    let view = K::view(c, &row, &context)?;
    if_match.check(row.version(), &view)?;
    let Some(after_commit) = delete(c, &row)? else {
        // Someone wrote first: the answer of every lost race, with the record as it is now.
        let current = <K::Row as Versioned>::find(c, row.id()).or_not_found(K::ENTITY)?;
        return Err(ApiError::stale(current.version(), &K::view(c, &current, &context)?));
    };
    let (_, after) = K::audited(&view, &view, &[]);
    let entity = K::ENTITY;
    let change = audit::Change {
        program_id: K::program_id(&row),
        action: &format!("{entity}.{}", K::REMOVED),
        entity,
        entity_id: row.id().to_string(),
        confidential: K::confidential(&row),
    };
    audit::record(c, me, change, None::<&Value>, after.as_ref())?;
    Ok(after_commit)
}

/// Declares a kind's revision wire type (a concrete type, so the contract names each kind's
/// history and what its `before` is) and how `history` fills it.
macro_rules! revision_type {
    ($(#[$doc:meta])* $name:ident, $view:ty) => {
        $(#[$doc])*
        #[derive(Debug, serde::Serialize, utoipa::ToSchema)]
        pub struct $name {
            pub id: uuid::Uuid,
            /// The version this revision replaced.
            pub version: i32,
            #[serde(with = "time::serde::rfc3339")]
            pub at: time::OffsetDateTime,
            pub by: coachfolio_domain::user::UserRef,
            #[schema(example = "edited")]
            pub action: String,
            pub changed_fields: Vec<String>,
            pub before: $view,
        }

        impl From<$crate::kernel::Revision<$view>> for $name {
            fn from(r: $crate::kernel::Revision<$view>) -> Self {
                $name { id: r.id, version: r.version, at: r.at, by: r.by, action: r.action, changed_fields: r.changed_fields, before: r.before }
            }
        }
    };
}
pub(crate) use revision_type;

/// An earlier version of a record: who changed it, when, which fields, and how it read before.
pub(crate) struct Revision<T> {
    pub id: uuid::Uuid,
    pub version: i32,
    pub at: time::OffsetDateTime,
    pub by: coachfolio_domain::user::UserRef,
    pub action: String,
    pub changed_fields: Vec<String>,
    pub before: T,
}

/// A record's revision history, newest first, with who made each change.
pub(crate) fn history<K: Record>(c: &mut DbConnection, row: &K::Row) -> Result<Vec<Revision<K::View>>, ApiError>
where
    K::View: serde::de::DeserializeOwned,
{
    let revs = revisions::of(c, K::ENTITY, &row.id().to_string())?;
    let ids: Vec<_> = revs.iter().map(|r| r.by_id).collect();
    let people = coachfolio_persistence::users::refs(c, &ids)?;
    revs.into_iter()
        .map(|r| {
            Ok(Revision {
                id: r.id.uuid(),
                version: r.version,
                at: r.at.assume_utc(),
                by: people
                    .iter()
                    .find(|u| u.id == r.by_id.uuid())
                    .cloned()
                    .ok_or_else(|| ApiError::Internal("revision author missing".into()))?,
                action: r.action,
                changed_fields: r.changed_fields.0,
                before: serde_json::from_value(r.before_json.0)
                    .map_err(|e| ApiError::Internal(format!("revision: {e}")))?,
            })
        })
        .collect()
}

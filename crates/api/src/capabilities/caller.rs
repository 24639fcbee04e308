//! The signed-in person, as an extractor that works out their permissions: a handler takes a
//! `Caller` and asks it for their access to a program or an enrollment, in its own transaction.

use super::account::AccountAccess;
use super::cache::{AccessCache, EnrollmentScope};
use super::enrollment::EnrollmentAccess;
use super::program::ProgramAccess;
use crate::current_user::CurrentUser;
use crate::error::ApiError;
use crate::state::AppState;
use actix_web::{dev::Payload, web, FromRequest, HttpRequest};
use coachfolio_domain::ids::{EnrollmentId, ProgramId};
use coachfolio_persistence::enrollments::EnrollmentRow;
use coachfolio_persistence::DbConnection;
use futures_util::future::LocalBoxFuture;
use std::ops::Deref;
use std::sync::Arc;

/// Who asks, and the access kept across requests that their enrollment access is read through.
#[derive(Clone)]
pub struct Caller {
    user: CurrentUser,
    cache: Arc<AccessCache>,
}

impl Deref for Caller {
    type Target = CurrentUser;
    fn deref(&self) -> &CurrentUser {
        &self.user
    }
}

impl Caller {
    /// Their access to program `id` (ask it `require`/`allows`).
    pub fn program(&self, c: &mut DbConnection, id: ProgramId) -> Result<ProgramAccess, ApiError> {
        ProgramAccess::load(c, &self.user, id)
    }

    /// Their relation to an enrollment already read; 404 when they have none.
    pub fn enrollment(&self, c: &mut DbConnection, e: &EnrollmentRow) -> Result<EnrollmentAccess, ApiError> {
        EnrollmentAccess::load(c, &self.user, e)
    }

    /// The enrollment `id` with their access, its cohort and program, from the kept scopes
    /// while nothing they were built from has changed; 404 out of their reach. Call it before
    /// the transaction writes anything.
    pub(crate) fn scope(&self, c: &mut DbConnection, id: EnrollmentId) -> Result<Arc<EnrollmentScope>, ApiError> {
        self.cache.scope(c, &self.user, id)
    }

    /// What they may do across the installation.
    pub fn installation(&self, c: &mut DbConnection) -> Result<AccountAccess, ApiError> {
        AccountAccess::load(c, &self.user.user)
    }

    /// Runs `build` in a read with their access to program `id`: a program's tables and their
    /// CSV show the rows that access allows.
    pub async fn read_program<T, F>(self, state: &AppState, id: ProgramId, build: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection, &Caller, &ProgramAccess) -> Result<T, ApiError> + Send + 'static,
    {
        state
            .read(move |c| {
                let access = self.program(c, id)?;
                build(c, &self, &access)
            })
            .await
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Caller, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let user = CurrentUser::from_request(req, payload);
        let cache = req.app_data::<web::Data<AccessCache>>().map(|d| d.clone().into_inner());
        Box::pin(async move {
            let cache = cache.ok_or_else(|| ApiError::Internal("the access cache is missing".into()))?;
            Ok(Caller { user: user.await?, cache })
        })
    }
}

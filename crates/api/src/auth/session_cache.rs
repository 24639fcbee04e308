//! Live sessions seen recently, so most authenticated requests skip a database round trip and
//! a thread hop. Anything in this process that ends a session or changes an account clears the
//! cache at once; the short lifetime bounds how long another server process may still accept a
//! session revoked elsewhere (access tokens themselves live 15 minutes).

use coachfolio_persistence::users::UserRow;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const LIFETIME: Duration = Duration::from_secs(10);
const MAX_ENTRIES: usize = 50_000;

#[derive(Default)]
pub struct SessionCache {
    entries: Mutex<HashMap<String, (UserRow, Instant)>>,
}

impl SessionCache {
    /// The session's user if it was seen live within [`LIFETIME`].
    pub fn get(&self, session_id: &str) -> Option<UserRow> {
        let entries = self.entries.lock().expect("session cache lock");
        entries.get(session_id).filter(|(_, at)| at.elapsed() < LIFETIME).map(|(u, _)| u.clone())
    }

    pub fn put(&self, session_id: &str, user: UserRow) {
        let mut entries = self.entries.lock().expect("session cache lock");
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, (_, at)| at.elapsed() < LIFETIME);
        }
        entries.insert(session_id.to_string(), (user, Instant::now()));
    }

    /// Forgets everything: called whenever a session ends or an account changes.
    pub fn clear(&self) {
        self.entries.lock().expect("session cache lock").clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use coachfolio_domain::ids::UserId;
    use coachfolio_domain::user::UserStatus;

    fn user(id: UserId) -> UserRow {
        let at = coachfolio_persistence::now();
        UserRow {
            id,
            email: "e".into(),
            email_key: "e".into(),
            username: "n".into(),
            username_key: "n".into(),
            display_name: "N".into(),
            password_hash: String::new(),
            status: UserStatus::Active,
            must_change_password: false,
            is_admin: false,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn remembers_until_cleared() {
        let c = SessionCache::default();
        assert!(c.get("s").is_none());
        let id = UserId::new();
        c.put("s", user(id));
        assert_eq!(c.get("s").unwrap().id, id);
        c.clear();
        assert!(c.get("s").is_none());
    }
}

//! Live sessions seen recently, so most authenticated requests skip a database round trip and
//! a thread hop. Each entry remembers the session generation (`sessions::generation`: revoked
//! sessions and changed accounts, counted by triggers) read before its session was; every
//! server reads the count every [`WATCH_EVERY`] (`AppState::watch_sessions`) and stops using entries older than
//! a change. So a sign-out, a password change or a disabled account on one server refuses the
//! token on every other within a fraction of a second; this process clears at once.
//! [`LIFETIME`] bounds an entry's use should the watch be unable to read the database.

use coachfolio_persistence::users::UserRow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const LIFETIME: Duration = Duration::from_secs(10);
/// How often each server reads the session generation.
pub const WATCH_EVERY: Duration = Duration::from_millis(200);
const MAX_ENTRIES: usize = 50_000;

struct Entry {
    user: UserRow,
    generation: i64,
    at: Instant,
}

#[derive(Default)]
pub struct SessionCache {
    entries: Mutex<HashMap<String, Entry>>,
    /// The latest session generation this process knows of.
    generation: AtomicI64,
}

impl SessionCache {
    /// The session's user if it was seen live within [`LIFETIME`] and no session or account
    /// changed since.
    pub fn get(&self, session_id: &str) -> Option<UserRow> {
        let current = self.generation.load(Ordering::Acquire);
        let entries = self.entries.lock().expect("session cache lock");
        entries.get(session_id).filter(|e| e.generation >= current && e.at.elapsed() < LIFETIME).map(|e| e.user.clone())
    }

    /// Remembers a session seen live, with the generation read before it was.
    pub fn put(&self, session_id: &str, user: UserRow, generation: i64) {
        let current = self.generation.load(Ordering::Acquire);
        let mut entries = self.entries.lock().expect("session cache lock");
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, e| e.generation >= current && e.at.elapsed() < LIFETIME);
        }
        entries.insert(session_id.to_string(), Entry { user, generation, at: Instant::now() });
    }

    /// Learns the session generation read from the database; a newer one retires every entry
    /// seen before it.
    pub fn observe(&self, generation: i64) {
        if self.generation.fetch_max(generation, Ordering::AcqRel) < generation {
            self.entries.lock().expect("session cache lock").retain(|_, e| e.generation >= generation);
        }
    }

    /// Forgets everything: called whenever a session ends or an account changes in this process.
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
        c.put("s", user(id), 0);
        assert_eq!(c.get("s").unwrap().id, id);
        c.clear();
        assert!(c.get("s").is_none());
    }

    #[test]
    fn a_change_seen_elsewhere_retires_what_was_seen_before_it() {
        let c = SessionCache::default();
        c.observe(4);
        let (before, after) = (UserId::new(), UserId::new());
        c.put("before", user(before), 4);
        c.observe(5);
        assert!(c.get("before").is_none(), "seen live before the sign-out elsewhere");
        // A request that read the count before the change but stored after it learned of it.
        c.put("late", user(before), 4);
        assert!(c.get("late").is_none());
        c.put("after", user(after), 5);
        assert_eq!(c.get("after").unwrap().id, after);
        c.observe(3);
        assert_eq!(c.get("after").unwrap().id, after, "an older reading changes nothing");
    }
}

//! Slows down repeated failed sign-ins, then refuses them for a while: per sign-in name (so an
//! attacker cannot try many passwords on one account) and per client address (so one client
//! cannot try many accounts). Unknown names count like known ones, so the answers never tell
//! whether an account exists. Kept in memory: a restart forgets, which only helps a user.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures after which each further attempt is delayed.
pub const SLOW_AFTER: u32 = 5;
/// Failures after which attempts are refused with 429.
pub const REFUSE_AFTER: u32 = 10;
/// Client-address keys tolerate this many times more failures: many people share one school
/// network's address.
pub const ADDRESS_FACTOR: u32 = 5;
/// How long failures are remembered after the last one.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// How long a refused key must wait.
pub const LOCKOUT: Duration = Duration::from_secs(60);

#[derive(Default)]
pub struct Throttle {
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

pub enum Verdict {
    Go { delay: Duration },
    Refuse { retry_after: Duration },
}

impl Throttle {
    pub fn check(&self, keys: &[String]) -> Verdict {
        let map = self.failures.lock().expect("throttle lock");
        let now = Instant::now();
        let mut worst = 0;
        for key in keys {
            if let Some((count, last)) = map.get(key) {
                if now.duration_since(*last) > WINDOW {
                    continue;
                }
                let count = &(count / if key.starts_with("ip:") { ADDRESS_FACTOR } else { 1 });
                if *count >= REFUSE_AFTER && now.duration_since(*last) < LOCKOUT {
                    return Verdict::Refuse { retry_after: LOCKOUT - now.duration_since(*last) };
                }
                worst = worst.max(*count);
            }
        }
        let over = worst.saturating_sub(SLOW_AFTER - 1);
        Verdict::Go { delay: Duration::from_millis(u64::from(over.min(8)) * 250) }
    }

    pub fn failed(&self, keys: &[String]) {
        let mut map = self.failures.lock().expect("throttle lock");
        let now = Instant::now();
        map.retain(|_, (_, last)| now.duration_since(*last) <= WINDOW);
        for key in keys {
            let entry = map.entry(key.clone()).or_insert((0, now));
            entry.0 += 1;
            entry.1 = now;
        }
    }

    pub fn succeeded(&self, keys: &[String]) {
        let mut map = self.failures.lock().expect("throttle lock");
        for key in keys {
            map.remove(key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slows_then_refuses_then_forgets_on_success() {
        let t = Throttle::default();
        let keys = vec!["login:maya".to_string()];
        for _ in 0..SLOW_AFTER - 1 {
            t.failed(&keys);
        }
        assert!(matches!(t.check(&keys), Verdict::Go { delay } if delay.is_zero()));
        t.failed(&keys);
        assert!(matches!(t.check(&keys), Verdict::Go { delay } if !delay.is_zero()));
        for _ in SLOW_AFTER..REFUSE_AFTER {
            t.failed(&keys);
        }
        assert!(matches!(t.check(&keys), Verdict::Refuse { .. }));
        assert!(matches!(t.check(&["login:other".to_string()]), Verdict::Go { .. }));
        let address = vec!["ip:10.0.0.1".to_string()];
        for _ in 0..REFUSE_AFTER {
            t.failed(&address);
        }
        assert!(matches!(t.check(&address), Verdict::Go { .. }), "one address is many people");
        for _ in REFUSE_AFTER..REFUSE_AFTER * ADDRESS_FACTOR {
            t.failed(&address);
        }
        assert!(matches!(t.check(&address), Verdict::Refuse { .. }));
        t.succeeded(&keys);
        assert!(matches!(t.check(&keys), Verdict::Go { delay } if delay.is_zero()));
    }
}

//! Signed one-click unsubscribe links (RFC 8058): every notification email carries one for its
//! kind (a digest, for the digest), which turns that email off for its recipient without
//! signing in. The signature is an HMAC-SHA256 of the person and what they leave, keyed with
//! the installation's signing secret, so nobody can make one for someone else.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use coachfolio_domain::ids::UserId;
use coachfolio_domain::notification::NoticeKind;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// What an unsubscribe link turns off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// One kind's emails.
    Kind(NoticeKind),
    /// The daily digest: every kind the person gets in it.
    Digest,
}

/// The text of "the digest" in a link, beside the kinds' own.
pub const DIGEST: &str = "daily_digest";

impl Leave {
    pub fn as_str(self) -> &'static str {
        match self {
            Leave::Kind(k) => k.as_str(),
            Leave::Digest => DIGEST,
        }
    }

    pub fn parse(s: &str) -> Option<Leave> {
        if s == DIGEST {
            return Some(Leave::Digest);
        }
        s.parse().ok().filter(|k: &NoticeKind| !k.carries_secret()).map(Leave::Kind)
    }
}

/// Signs and checks unsubscribe links.
#[derive(Clone)]
pub struct Signer {
    key: Vec<u8>,
}

impl Signer {
    pub fn new(secret: &[u8]) -> Signer {
        Signer { key: secret.to_vec() }
    }

    fn mac(&self, user: UserId, leave: Leave) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes a key of any length");
        mac.update(format!("coachfolio-unsubscribe\n{user}\n{}", leave.as_str()).as_bytes());
        mac
    }

    pub fn sign(&self, user: UserId, leave: Leave) -> String {
        URL_SAFE_NO_PAD.encode(self.mac(user, leave).finalize().into_bytes())
    }

    /// Whether `signature` is this link's (compared in constant time).
    pub fn verify(&self, user: UserId, leave: Leave, signature: &str) -> bool {
        URL_SAFE_NO_PAD.decode(signature).is_ok_and(|bytes| self.mac(user, leave).verify_slice(&bytes).is_ok())
    }

    /// The link's query: `user=…&kind=…&sig=…`.
    pub fn query(&self, user: UserId, leave: Leave) -> String {
        format!("user={user}&kind={}&sig={}", leave.as_str(), self.sign(user, leave))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_works_for_its_person_and_kind_only() {
        let signer = Signer::new(b"the-installation-secret-0123456789abcdef");
        let (maya, sofia) = (UserId::new(), UserId::new());
        let leave = Leave::Kind(NoticeKind::LogSubmitted);
        let sig = signer.sign(maya, leave);
        assert!(signer.verify(maya, leave, &sig));
        assert!(!signer.verify(sofia, leave, &sig), "another person");
        assert!(!signer.verify(maya, Leave::Kind(NoticeKind::FollowUp), &sig), "another kind");
        assert!(!signer.verify(maya, Leave::Digest, &sig));
        assert!(!Signer::new(b"another-installation").verify(maya, leave, &sig), "another secret");
        assert!(!signer.verify(maya, leave, "not base64!"));
    }

    #[test]
    fn account_emails_cannot_be_left() {
        assert_eq!(Leave::parse("daily_digest"), Some(Leave::Digest));
        assert_eq!(Leave::parse("follow_up"), Some(Leave::Kind(NoticeKind::FollowUp)));
        assert_eq!(Leave::parse("password_reset"), None);
        assert_eq!(Leave::parse("spam"), None);
    }
}

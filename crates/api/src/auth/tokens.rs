//! Access tokens: HS256 JWTs with the algorithm pinned and `exp`, `iat`, `iss`, `aud` required.
//! Refresh tokens: 256 random bits, stored only as SHA-256.

use crate::notify::unsubscribe::Signer;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::Path;

pub const ISSUER: &str = "coachfolio";
pub const AUDIENCE: &str = "coachfolio-api";

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    /// The sign-in session, checked live on every request.
    pub sid: String,
    pub iat: i64,
    pub exp: i64,
    pub iss: String,
    pub aud: String,
}

pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    pub access_seconds: i64,
    pub refresh_seconds: i64,
    /// Signs the emails' unsubscribe links with the same secret.
    pub unsubscribe: Signer,
}

impl Keys {
    pub fn new(secret: &[u8], access_seconds: i64, refresh_seconds: i64) -> Keys {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
        validation.leeway = 5;
        Keys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            access_seconds,
            refresh_seconds,
            unsubscribe: Signer::new(secret),
        }
    }

    pub fn issue(&self, user_id: &str, session_id: &str) -> String {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let claims = Claims {
            sub: user_id.into(),
            sid: session_id.into(),
            iat: now,
            exp: now + self.access_seconds,
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding).expect("HS256 signing cannot fail")
    }

    /// The claims of a valid token; `None` for expired, forged, `alg: none`, other-algorithm or
    /// wrong-audience tokens alike.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        decode::<Claims>(token, &self.decoding, &self.validation).ok().map(|d| d.claims)
    }
}

/// The signing key from the environment, or the one kept in `data_dir` (created on first start,
/// readable by its owner only).
pub fn load_or_create_secret(data_dir: &Path) -> std::io::Result<Vec<u8>> {
    let path = data_dir.join("jwt-secret");
    match std::fs::read(&path) {
        Ok(bytes) if bytes.len() >= 32 => return Ok(bytes),
        Ok(_) => return Err(std::io::Error::other(format!("{} is shorter than 32 bytes", path.display()))),
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        Err(_) => {}
    }
    std::fs::create_dir_all(data_dir)?;
    let secret = URL_SAFE_NO_PAD.encode(random_bytes::<48>()).into_bytes();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    std::io::Write::write_all(&mut options.open(&path)?, &secret)?;
    Ok(secret)
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

/// A new secret (a refresh token, a calendar feed's) and the hash that is stored: the secret
/// itself is shown once and never kept.
pub fn new_secret() -> (String, String) {
    let token = URL_SAFE_NO_PAD.encode(random_bytes::<32>());
    let hash = hash_secret(&token);
    (token, hash)
}

pub fn hash_secret(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

/// A random temporary password for a bootstrap administrator.
pub fn random_password() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<15>())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::new(b"0123456789abcdef0123456789abcdef", 60, 600)
    }

    #[test]
    fn issued_tokens_verify() {
        let k = keys();
        let c = k.verify(&k.issue("u1", "s1")).unwrap();
        assert_eq!((c.sub.as_str(), c.sid.as_str()), ("u1", "s1"));
    }

    #[test]
    fn other_keys_algorithms_and_audiences_are_refused() {
        let k = keys();
        let other = Keys::new(b"another secret another secret 123", 60, 600);
        assert!(k.verify(&other.issue("u1", "s1")).is_none());
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let claims = |aud: &str, exp: i64| Claims {
            sub: "u1".into(),
            sid: "s1".into(),
            iat: now,
            exp,
            iss: ISSUER.into(),
            aud: aud.into(),
        };
        let enc = EncodingKey::from_secret(b"0123456789abcdef0123456789abcdef");
        let wrong_aud = encode(&Header::new(Algorithm::HS256), &claims("elsewhere", now + 60), &enc).unwrap();
        assert!(k.verify(&wrong_aud).is_none());
        let expired = encode(&Header::new(Algorithm::HS256), &claims(AUDIENCE, now - 60), &enc).unwrap();
        assert!(k.verify(&expired).is_none());
        let hs512 = encode(&Header::new(Algorithm::HS512), &claims(AUDIENCE, now + 60), &enc).unwrap();
        assert!(k.verify(&hs512).is_none());
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims(AUDIENCE, now + 60)).unwrap());
        let none = format!("{}.{payload}.", URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#));
        assert!(k.verify(&none).is_none());
    }

    #[test]
    fn refresh_tokens_are_stored_hashed() {
        let (token, hash) = new_secret();
        assert_ne!(token, hash);
        assert_eq!(hash_secret(&token), hash);
    }
}

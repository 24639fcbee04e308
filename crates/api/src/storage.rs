//! Where the e-portfolio's files are kept: a folder of the data directory (outside anything
//! served statically), each file under a generated name. An upload streams into a temporary
//! file beside them, counted and hashed as it comes and refused past the limit; it becomes a
//! stored file only once it has proved to be a PDF (its header and its parsed structure), by an
//! atomic rename. A temporary file that is not kept is removed when dropped, so a failed or
//! interrupted upload leaves nothing behind.

use crate::error::ApiError;
use actix_multipart::Field;
use coachfolio_domain::document::has_pdf_header;
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;
use tempfile::NamedTempFile;

pub struct Storage {
    root: PathBuf,
    /// The largest file accepted, in bytes.
    pub max_bytes: u64,
}

/// An upload received whole, not yet checked nor kept.
pub(crate) struct Received {
    file: NamedTempFile,
    size: u64,
    sha256: String,
}

/// A file kept in the storage.
pub(crate) struct Stored {
    pub key: String,
    pub size: u64,
    pub sha256: String,
}

impl Storage {
    /// The storage in `root` (created if missing), accepting files up to `max_bytes`.
    pub fn local(root: PathBuf, max_bytes: u64) -> std::io::Result<Storage> {
        std::fs::create_dir_all(root.join("incoming"))?;
        Ok(Storage { root, max_bytes })
    }

    /// Where a stored file is (to serve it).
    pub(crate) fn path(&self, key: &str) -> PathBuf {
        self.root.join(key)
    }

    /// Streams a multipart field into a temporary file: 413 naming `field` past the limit, 400
    /// when the upload is cut short. Writes go to the page cache in small chunks, so they are
    /// done in place rather than handed to a blocking thread each.
    pub(crate) async fn receive(&self, field: &mut Field, name: &'static str) -> Result<Received, ApiError> {
        let io = |e: std::io::Error| ApiError::Internal(format!("upload: {e}"));
        let mut file = NamedTempFile::new_in(self.root.join("incoming")).map_err(io)?;
        let (mut size, mut hash) = (0u64, Sha256::new());
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| ApiError::BadRequest {
                detail: format!("the upload was cut short: {e}"),
                errors: vec![coachfolio_domain::FieldError::new(name, "the upload was cut short; send it again")],
            })?;
            size += chunk.len() as u64;
            if size > self.max_bytes {
                return Err(ApiError::FileTooLarge {
                    field: name,
                    message: format!("is larger than the {} MB limit", self.max_bytes / (1024 * 1024)),
                });
            }
            hash.update(&chunk);
            file.write_all(&chunk).map_err(io)?;
        }
        file.flush().map_err(io)?;
        let sha256 = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
        Ok(Received { file, size, sha256 })
    }

    /// Checks that the upload is a PDF and keeps it under a new generated name (blocking: call
    /// off the async workers). 422 naming `field` when it is empty or not a PDF.
    pub(crate) fn keep(&self, r: Received, field: &'static str) -> Result<Stored, ApiError> {
        if r.size == 0 {
            return Err(ApiError::invalid(field, "is empty"));
        }
        let mut head = [0u8; 5];
        let header = std::fs::File::open(r.file.path())
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
            .is_ok_and(|()| has_pdf_header(&head));
        if !header || lopdf::Document::load(r.file.path()).is_err() {
            return Err(ApiError::invalid(field, "is not a PDF (its content is not, whatever its name says)"));
        }
        let key = format!("{}.pdf", uuid::Uuid::new_v4());
        r.file.persist(self.path(&key)).map_err(|e| ApiError::Internal(format!("keeping an upload: {e}")))?;
        Ok(Stored { key, size: r.size, sha256: r.sha256 })
    }

    /// Removes stored files (a deleted document's, or one whose row was not written). A file
    /// already gone is not an error.
    pub(crate) fn remove(&self, keys: &[String]) {
        for key in keys {
            if let Err(e) = std::fs::remove_file(self.path(key)) {
                if e.kind() != std::io::ErrorKind::NotFound {
                    tracing::warn!(key, error = %e, "could not remove a stored file");
                }
            }
        }
    }
}

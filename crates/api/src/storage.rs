//! Where the e-portfolio's files are kept: a folder of the data directory (outside anything
//! served statically) by default, or an S3-compatible bucket for installations that run
//! several servers; each file under a generated name. An upload streams into a temporary
//! file of the data directory, counted and hashed as it comes and refused past the limit; it
//! is kept only once it has proved to be a PDF (its header and its parsed structure): by an
//! atomic rename into the folder, or by one upload to the bucket. A temporary file that is not
//! kept is removed when dropped, so a failed or interrupted upload leaves nothing behind.

use crate::error::ApiError;
use actix_files::NamedFile;
use actix_multipart::Field;
use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpRequest, HttpResponse};
use coachfolio_domain::document::has_pdf_header;
use futures_util::{StreamExt, TryStreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::buffered::BufWriter;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use tempfile::NamedTempFile;
use tokio::io::AsyncWriteExt;

/// Where the kept files are.
enum Files {
    Local(PathBuf),
    Bucket(Arc<dyn ObjectStore>),
}

pub struct Storage {
    files: Files,
    /// Uploads in progress.
    incoming: PathBuf,
    /// The largest file accepted, in bytes.
    pub max_bytes: u64,
}

/// An S3-compatible bucket: AWS S3 itself, or any server speaking its API (MinIO, Ceph, R2…).
#[derive(Debug, Clone)]
pub struct BucketConfig {
    pub bucket: String,
    /// The server's URL; `None`: AWS S3 of `region`.
    pub endpoint: Option<String>,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
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

fn io(e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(format!("document storage: {e}"))
}

impl Storage {
    /// The storage in `root` (created if missing), accepting files up to `max_bytes`.
    pub fn local(root: PathBuf, max_bytes: u64) -> std::io::Result<Storage> {
        let incoming = root.join("incoming");
        std::fs::create_dir_all(&incoming)?;
        Ok(Storage { files: Files::Local(root), incoming, max_bytes })
    }

    /// The storage in a bucket; uploads in progress wait in `incoming` (created if missing).
    pub fn bucket(config: &BucketConfig, incoming: PathBuf, max_bytes: u64) -> Result<Storage, String> {
        std::fs::create_dir_all(&incoming).map_err(|e| format!("{}: {e}", incoming.display()))?;
        // TLS and request signing use ring; install it as the process's provider once.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut b = AmazonS3Builder::new()
            .with_bucket_name(&config.bucket)
            .with_region(&config.region)
            .with_access_key_id(&config.access_key_id)
            .with_secret_access_key(&config.secret_access_key);
        if let Some(endpoint) = &config.endpoint {
            // A self-hosted server: path-style requests; plain HTTP only when asked for by URL.
            b = b.with_endpoint(endpoint).with_virtual_hosted_style_request(false);
            if endpoint.starts_with("http://") {
                b = b.with_allow_http(true);
            }
        }
        let store = b.build().map_err(|e| format!("the S3 bucket's settings: {e}"))?;
        Ok(Storage { files: Files::Bucket(Arc::new(store)), incoming, max_bytes })
    }

    /// Streams a multipart field into a temporary file: 413 naming `field` past the limit, 400
    /// when the upload is cut short. Writes go to the page cache in small chunks, so they are
    /// done in place rather than handed to a blocking thread each.
    pub(crate) async fn receive(&self, field: &mut Field, name: &'static str) -> Result<Received, ApiError> {
        let mut file = NamedTempFile::new_in(&self.incoming).map_err(io)?;
        let (mut size, mut hash) = (0u64, Sha256::new());
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| upload_error(e, name))?;
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

    /// Checks that an upload is a PDF (blocking: call off the async workers). 422 naming
    /// `field` when it is empty or not a PDF.
    pub(crate) fn check(r: &Received, field: &'static str) -> Result<(), ApiError> {
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
        Ok(())
    }

    /// Keeps a checked upload under a new generated name.
    pub(crate) async fn keep(&self, r: Received) -> Result<Stored, ApiError> {
        let key = format!("{}.pdf", uuid::Uuid::new_v4());
        match &self.files {
            Files::Local(root) => {
                let to = root.join(&key);
                actix_web::web::block(move || r.file.persist(to)).await?.map_err(io)?;
            }
            Files::Bucket(store) => {
                // Streamed from the temporary file: small files in one request, large ones in parts.
                let mut from = tokio::fs::File::open(r.file.path()).await.map_err(io)?;
                let mut to = BufWriter::new(store.clone(), ObjectPath::from(key.as_str()));
                if let Err(e) = tokio::io::copy(&mut from, &mut to).await {
                    let _ = to.abort().await;
                    return Err(io(e));
                }
                to.shutdown().await.map_err(io)?;
            }
        }
        Ok(Stored { key, size: r.size, sha256: r.sha256 })
    }

    /// The stored file as a download named `name`, with `nosniff`.
    pub(crate) async fn serve(&self, req: &HttpRequest, key: &str, name: String) -> Result<HttpResponse, ApiError> {
        let disposition = ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(name)],
        };
        let mut res = match &self.files {
            Files::Local(root) => NamedFile::open_async(root.join(key))
                .await
                .map_err(|e| ApiError::Internal(format!("a stored document is missing: {e}")))?
                .set_content_type("application/pdf".parse().expect("a MIME type"))
                .set_content_disposition(disposition)
                .into_response(req),
            Files::Bucket(store) => {
                let got = store.get(&ObjectPath::from(key)).await.map_err(io)?;
                let size = got.meta.size;
                HttpResponse::Ok()
                    .content_type("application/pdf")
                    .insert_header(disposition)
                    .no_chunking(size)
                    .streaming(got.into_stream().map_err(io))
            }
        };
        res.headers_mut().insert(header::X_CONTENT_TYPE_OPTIONS, header::HeaderValue::from_static("nosniff"));
        Ok(res)
    }

    /// Removes stored files (a deleted document's, or one whose row was not written). A file
    /// already gone is not an error; a failure is logged, never the request's.
    pub(crate) async fn remove(&self, keys: &[String]) {
        for key in keys {
            let failed = match &self.files {
                Files::Local(root) => match tokio::fs::remove_file(root.join(key)).await {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => Some(e.to_string()),
                    _ => None,
                },
                Files::Bucket(store) => match store.delete(&ObjectPath::from(key.as_str())).await {
                    Err(object_store::Error::NotFound { .. }) | Ok(()) => None,
                    Err(e) => Some(e.to_string()),
                },
            };
            if let Some(error) = failed {
                tracing::warn!(key, error, "could not remove a stored file");
            }
        }
    }
}

/// An upload that could not be read: 408 when the client stopped sending it, else 400 naming
/// `field` (cut short or malformed).
pub(crate) fn upload_error(e: actix_multipart::MultipartError, field: &str) -> ApiError {
    match e {
        actix_multipart::MultipartError::Payload(p) => match ApiError::unreadable(&p, "upload") {
            ApiError::BadRequest { .. } => cut_short(field, &p),
            other => other,
        },
        other => cut_short(field, &other),
    }
}

fn cut_short(field: &str, e: &dyn std::fmt::Display) -> ApiError {
    ApiError::BadRequest {
        detail: format!("the upload could not be read: {e}"),
        errors: vec![coachfolio_domain::FieldError::new(field, "the upload was cut short or malformed; send it again")],
    }
}

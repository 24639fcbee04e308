//! A real S3-compatible server for the object-storage suites: s3s-fs (from crates.io) serving
//! the S3 API over HTTP from a temporary folder, checking every request's signature, on its
//! own thread and runtime. Objects land as files under `<root>/<bucket>/`.

use coachfolio_api::storage::BucketConfig;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder;
use s3s::auth::SimpleAuth;
use s3s::service::S3ServiceBuilder;
use std::path::PathBuf;

const BUCKET: &str = "coachfolio-documents";
const ACCESS_KEY: &str = "coachfolio-test";
const SECRET_KEY: &str = "coachfolio-test-secret";

pub struct S3Server {
    root: tempfile::TempDir,
    pub config: BucketConfig,
}

impl S3Server {
    /// Starts a server with one empty bucket on a free loopback port.
    pub fn start() -> S3Server {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join(BUCKET)).unwrap();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let fs = s3s_fs::FileSystem::new(root.path()).unwrap();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
            rt.block_on(async move {
                let mut b = S3ServiceBuilder::new(fs);
                b.set_auth(SimpleAuth::from_single(ACCESS_KEY, SECRET_KEY));
                let service = b.build();
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let http = Builder::new(TokioExecutor::new());
                loop {
                    let Ok((socket, _)) = listener.accept().await else { continue };
                    let conn = http.serve_connection(TokioIo::new(socket), service.clone()).into_owned();
                    tokio::spawn(async move {
                        let _ = conn.await;
                    });
                }
            })
        });
        let config = BucketConfig {
            bucket: BUCKET.into(),
            endpoint: Some(endpoint),
            region: "us-east-1".into(),
            access_key_id: ACCESS_KEY.into(),
            secret_access_key: SECRET_KEY.into(),
        };
        S3Server { root, config }
    }

    /// Where the bucket's objects are.
    pub fn objects(&self) -> PathBuf {
        self.root.path().join(BUCKET)
    }
}

//! A request body must keep arriving: when no byte comes for the configured time, reading it
//! fails and the request is answered 408 (`ApiError::unreadable`), so a client that dribbles
//! or stops its body cannot hold a connection and a worker's attention. A slow but steady
//! upload goes on: the clock restarts with every chunk.

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::middleware::Next;
use actix_web::rt::time::{sleep, Sleep};
use actix_web::web::Bytes;
use actix_web::HttpMessage;
use futures_util::Stream;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

pub async fn limit(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
    idle: Duration,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let payload = req.take_payload();
    let timed = Idle { inner: payload, idle, timer: None, done: false };
    req.set_payload(Payload::Stream { payload: Box::pin(timed) });
    next.call(req).await
}

struct Idle {
    inner: Payload,
    idle: Duration,
    /// Started when the handler first reads: the wait before it (the handler's own lookups)
    /// is not the client's.
    timer: Option<Pin<Box<Sleep>>>,
    done: bool,
}

impl Stream for Idle {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.done {
            return Poll::Ready(None);
        }
        match Pin::new(&mut self.inner).poll_next(cx) {
            Poll::Ready(item) => {
                self.timer = None;
                self.done = item.is_none();
                Poll::Ready(item)
            }
            Poll::Pending => {
                let idle = self.idle;
                match self.timer.get_or_insert_with(|| Box::pin(sleep(idle))).as_mut().poll(cx) {
                    Poll::Ready(()) => {
                        self.done = true;
                        let why = format!("no part of the body arrived for {} s", self.idle.as_secs());
                        Poll::Ready(Some(Err(PayloadError::Io(std::io::Error::new(std::io::ErrorKind::TimedOut, why)))))
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

//! A scripted HTTP server on 127.0.0.1, for the HTTP tests and the example:
//! it answers each request with the script's next reply, whatever the path,
//! and records what it was asked. It stops by itself once the script is
//! answered, when [`Server::finish`] asks it to, or after [`LIMIT`].

use std::collections::VecDeque;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response};
use tokio::sync::Notify;

/// The most a server lives.
pub const LIMIT: Duration = Duration::from_secs(20);

/// One scripted answer.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The JSON body.
    pub body: String,
    /// The `Retry-After` header, as sent.
    pub retry_after: Option<String>,
}

impl Reply {
    /// A 200 with this JSON body.
    pub fn json(body: &str) -> Reply {
        Reply {
            status: 200,
            body: body.to_owned(),
            retry_after: None,
        }
    }

    /// An error status with no body.
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            body: String::new(),
            retry_after: None,
        }
    }

    /// The same reply with a `Retry-After` header.
    pub fn retry_after(mut self, value: &str) -> Reply {
        self.retry_after = Some(value.to_owned());
        self
    }
}

/// One request the server answered.
#[derive(Debug, Clone)]
pub struct Served {
    /// `GET`, `POST`, …
    pub method: String,
    /// The path.
    pub path: String,
    /// When it arrived.
    pub at: Instant,
}

/// A running server.
pub struct Server {
    addr: SocketAddr,
    stop: Arc<Notify>,
    thread: JoinHandle<Vec<Served>>,
}

struct Shared {
    replies: VecDeque<Reply>,
    served: Vec<Served>,
}

impl Server {
    /// Binds 127.0.0.1 on a free port and serves `replies` from a thread of
    /// its own (with its own runtime, so that blocking clients can use it).
    pub fn start(replies: impl IntoIterator<Item = Reply>) -> Server {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("local address");
        let stop = Arc::new(Notify::new());
        let replies: VecDeque<_> = replies.into_iter().collect();
        let thread = {
            let stop = stop.clone();
            std::thread::spawn(move || {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("a runtime for the server")
                    .block_on(serve(listener, replies, stop))
            })
        };
        Server { addr, stop, thread }
    }

    /// `http://127.0.0.1:port{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Stops the server (if the script has not ended it already) and gives
    /// what it served.
    pub fn finish(self) -> Vec<Served> {
        self.stop.notify_one();
        self.thread.join().expect("the server thread")
    }
}

async fn serve(
    listener: std::net::TcpListener,
    replies: VecDeque<Reply>,
    stop: Arc<Notify>,
) -> Vec<Served> {
    let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
    let shared = Arc::new(Mutex::new(Shared {
        replies,
        served: Vec::new(),
    }));
    let mut connections = tokio::task::JoinSet::new();
    let accepting = async {
        loop {
            tokio::select! {
                accepted = listener.accept() => {
                    let Ok((stream, _)) = accepted else { continue };
                    let (shared, stop) = (shared.clone(), stop.clone());
                    connections.spawn(async move {
                        let service = hyper::service::service_fn(move |request| {
                            std::future::ready(answer(&shared, &stop, request))
                        });
                        // One request per connection: each ends once answered.
                        let _ = hyper::server::conn::http1::Builder::new()
                            .keep_alive(false)
                            .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                            .await;
                    });
                }
                () = stop.notified() => break,
            }
        }
    };
    let _ = tokio::time::timeout(LIMIT, accepting).await;
    // Let the answers in flight be written, briefly.
    let _ = tokio::time::timeout(Duration::from_secs(2), async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    let served = std::mem::take(&mut shared.lock().expect("the script").served);
    served
}

fn answer(
    shared: &Mutex<Shared>,
    stop: &Notify,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let mut shared = shared.lock().expect("the script");
    shared.served.push(Served {
        method: request.method().to_string(),
        path: request.uri().path().to_owned(),
        at: Instant::now(),
    });
    let reply = shared.replies.pop_front();
    if shared.replies.is_empty() {
        stop.notify_one();
    }
    let reply = reply.unwrap_or_else(|| Reply {
        status: 500,
        body: r#"{"error":"the script has ended"}"#.to_owned(),
        retry_after: None,
    });
    let mut response = Response::builder()
        .status(reply.status)
        .header("content-type", "application/json");
    if let Some(value) = &reply.retry_after {
        response = response.header("retry-after", value);
    }
    Ok(response
        .body(Full::new(Bytes::from(reply.body)))
        .expect("a valid response"))
}

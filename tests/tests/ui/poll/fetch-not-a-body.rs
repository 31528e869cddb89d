// A fetch must give a response body (or a `Polled` one).
use operation_response::poll::Poller;

fn main() {
    let _ = Poller::blocking(|| Ok::<_, std::io::Error>(String::from("done"))).wait();
}

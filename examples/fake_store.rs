//! The tests' fake store as a program, for trying the API commands by hand on this machine:
//!
//! ```sh
//! cargo run --example fake_store            # prints its URL and API key, then waits
//! cargo run --example fake_store -- 10      # one store minute lasts 10 ms (default 100)
//! ```
//!
//! Point cheese at it with `CHEESE_API_BASE` and `CHEESE_API_KEY` as printed. Type an event
//! type on its standard input (`order.placed`) to publish one to every subscribed webhook;
//! end with Ctrl-C or end of input.

use std::io::BufRead;
use std::time::Duration;

#[allow(unused_imports)]
#[path = "../tests/support/mod.rs"]
mod support;

use support::fake_store::{FakeStore, Options, TEST_KEY};

fn main() {
    let minute_ms = match std::env::args().nth(1).map(|a| a.parse::<u64>()) {
        None => 100,
        Some(Ok(ms)) if ms > 0 => ms,
        Some(_) => {
            eprintln!("usage: fake_store [MILLISECONDS_PER_STORE_MINUTE]");
            std::process::exit(2);
        }
    };
    let store = FakeStore::with_options(Options {
        minute: Duration::from_millis(minute_ms),
        ..Options::default()
    });
    println!("export CHEESE_API_BASE={}", store.url());
    println!("export CHEESE_API_KEY={TEST_KEY}");
    eprintln!(
        "fake store: one store minute lasts {minute_ms} ms; type an event type to publish it, Ctrl-C to stop"
    );
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let event_type = line.trim();
        if event_type.is_empty() {
            continue;
        }
        let id = store.publish(event_type);
        eprintln!("fake store: published {event_type} as {id}");
    }
    // Standard input closed: keep serving until killed.
    loop {
        std::thread::park();
    }
}
